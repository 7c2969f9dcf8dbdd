package id.alur.calendar;

import org.jspecify.annotations.Nullable;

/** The checks every administrative change of the calendar makes of its common fields; bad input names the field. */
final class CalendarInput {

    static final int MAX_NAME = 200;
    static final int MAX_SOURCE = 1000;
    static final int MAX_REASON = 500;
    private static final int MAX_OFFICE_CODE = 64;

    private CalendarInput() {}

    static String requireOfficeCode(@Nullable String officeCode) {
        if (officeCode == null || officeCode.isBlank()) {
            throw new InvalidCalendarDataException("officeCode", "calendar.officeCode.required");
        }
        if (officeCode.length() > MAX_OFFICE_CODE
                || !officeCode.equals(officeCode.strip())
                || officeCode.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidCalendarDataException("officeCode", "calendar.officeCode.invalid", officeCode);
        }
        return officeCode;
    }

    static void requireYear(int year) {
        if (year < 1900 || year > 9999) {
            throw new InvalidCalendarDataException("year", "calendar.year.invalid", String.valueOf(year));
        }
    }

    /** The text stripped; {@code keyPrefix + ".required"} or {@code ".tooLong"} when it is blank or too long. */
    static String requireText(String field, String keyPrefix, @Nullable String text, int maxLength) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new InvalidCalendarDataException(field, keyPrefix + ".required");
        }
        if (clean.length() > maxLength) {
            throw new InvalidCalendarDataException(field, keyPrefix + ".tooLong", maxLength);
        }
        return clean;
    }
}
