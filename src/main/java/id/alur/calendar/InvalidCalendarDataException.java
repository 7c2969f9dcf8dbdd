package id.alur.calendar;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An administrator's change to the working calendar is rejected; nothing was written. {@link #messageKey()} is a key
 * of {@code i18n/calendar.properties}, formatted with {@link #arguments()}.
 */
public class InvalidCalendarDataException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final List<Object> arguments;

    public InvalidCalendarDataException(String field, String messageKey, Object... arguments) {
        super("Invalid calendar data in field '" + field + "': " + messageKey + " " + Arrays.toString(arguments));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
    }

    /** The input field at fault, e.g. {@code name}, {@code source}, {@code date}, {@code zone}. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
