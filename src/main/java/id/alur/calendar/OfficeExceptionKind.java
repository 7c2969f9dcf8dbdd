package id.alur.calendar;

/** How one office departs from the national working calendar on one date. */
public enum OfficeExceptionKind {
    /** The office is closed although the day would be a working day, e.g. a regional holiday. */
    CLOSED,
    /** The office works although the day would not be a working day, e.g. a Saturday or a cuti bersama on duty. */
    EXTRA_WORKING_DAY
}
