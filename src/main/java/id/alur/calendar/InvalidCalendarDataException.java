package id.alur.calendar;

import id.alur.platform.InputProblem;
import id.alur.platform.InvalidInputException;
import java.util.List;

/**
 * An administrator's change to the working calendar is rejected; nothing was written. Bad input naming its field; the
 * message key is one of {@code i18n/calendar.properties}.
 */
public class InvalidCalendarDataException extends InvalidInputException {

    public InvalidCalendarDataException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }

    /** Every problem of an imported file, each naming its line. */
    public InvalidCalendarDataException(List<InputProblem> problems) {
        super(problems);
    }

    /** The input field at fault, e.g. {@code name}, {@code source}, {@code date}, {@code zone}. */
    public String field() {
        return problems().getFirst().field();
    }
}
