package id.alur.calendar;

import id.alur.platform.NotFoundException;
import java.util.Arrays;

/**
 * The holiday or office exception to change does not exist (any more): a 404 whose message key is one of
 * {@code i18n/calendar.properties}.
 */
public class CalendarEntryNotFoundException extends NotFoundException {

    public CalendarEntryNotFoundException(String messageKey, Object... arguments) {
        super("Calendar entry not found: " + messageKey + " " + Arrays.toString(arguments), messageKey, arguments);
    }
}
