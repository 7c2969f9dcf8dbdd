package id.alur.calendar;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The working calendar changed in a way that moves working time: an office's zone, its exceptions or other hours, or
 * the national holidays and cuti bersama (every office's). Published in the change's transaction, once per change (an
 * import once for all its lines); a change that moves no working time (a year's decree) publishes none. Working time
 * already counted by other modules (a closed step's, workflow) may no longer match the calendar for the days named.
 *
 * @param officeCode the office whose calendar changed, {@code null} when the national holidays did (every office's)
 * @param what the part of the calendar that changed
 * @param from the first day (in the office's zone) whose working time may differ, {@code null} for every day (a zone)
 * @param to the last such day, {@code null} exactly when {@code from} is
 */
public record OfficeCalendarChanged(
        @Nullable String officeCode,
        Change what,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    /** The part of the calendar that changed. */
    public enum Change {
        ZONE,
        EXCEPTIONS,
        HOURS,
        HOLIDAYS
    }

    public OfficeCalendarChanged {
        if ((from == null) != (to == null) || (from != null && to.isBefore(from))) {
            throw new IllegalArgumentException("from and to are both null or from <= to: " + from + ".." + to);
        }
    }

    /** Every day of an office's calendar: its zone changed. */
    static OfficeCalendarChanged zoneOf(String officeCode) {
        return new OfficeCalendarChanged(officeCode, Change.ZONE, null, null);
    }

    /** The days {@code a} to {@code b} and {@code c} to {@code d}, as one span (a change in place moves from one to the other). */
    static OfficeCalendarChanged days(
            @Nullable String officeCode, Change what, LocalDate a, LocalDate b, LocalDate c, LocalDate d) {
        LocalDate from = a.isBefore(c) ? a : c;
        LocalDate to = b.isAfter(d) ? b : d;
        return new OfficeCalendarChanged(officeCode, what, from, to);
    }

    /** The days {@code from} to {@code to}. */
    static OfficeCalendarChanged days(@Nullable String officeCode, Change what, LocalDate from, LocalDate to) {
        return new OfficeCalendarChanged(officeCode, what, from, to);
    }

    /** Whether the national calendar changed, so every office's working time may differ. */
    public boolean everyOffice() {
        return officeCode == null;
    }

    /** Whether every day may differ (the office's zone), not a span of days. */
    public boolean everyDay() {
        return from == null;
    }
}
