package id.alur.calendar;

/** Identifies one holiday row. */
public record HolidayId(long value) {}
