package id.alur.calendar;

/** Why an office works other hours than the regular Perpres 21/2023 schedule for a period. */
public enum OfficeHoursKind {
    /**
     * Ramadan hours, Perpres 21/2023: 32 jam 30 menit a week, from 08.00: Monday–Thursday 08:00–15:00 with a
     * 12:00–12:30 break, Friday 08:00–15:30 with an 11:30–12:30 break (6.5 h net every day).
     */
    RAMADAN,
    /** A shortened day (or days): the hours the administrator gives, e.g. 07:30–12:00 before a holiday. */
    SHORTENED
}
