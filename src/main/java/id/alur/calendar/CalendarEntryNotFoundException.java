package id.alur.calendar;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The holiday or office exception to change does not exist (any more). */
public class CalendarEntryNotFoundException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public CalendarEntryNotFoundException(String messageKey, Object... arguments) {
        super("Calendar entry not found: " + messageKey + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
    }

    /** A key of {@code i18n/calendar.properties}, formatted with {@link #arguments()}. */
    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
