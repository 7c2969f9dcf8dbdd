package id.alur.calendar;

import java.time.LocalDate;

/**
 * A national holiday or cuti bersama day.
 *
 * @param source the decree that declares it, e.g. the SKB 3 Menteri's numbers
 */
public record HolidayView(HolidayId id, LocalDate date, String name, HolidayKind kind, String source) {}
