package id.alur.calendar;

/** Whether an amount of time counts the office's working time or plain elapsed time. */
public enum TimeBasis {
    /** Office hours only: breaks, evenings, weekends, holidays, cuti bersama and closed days do not count. */
    WORKING,
    /** Plain elapsed time in the office's zone, as for seed 003's "24 Jam" when read as calendar time. */
    CALENDAR
}
