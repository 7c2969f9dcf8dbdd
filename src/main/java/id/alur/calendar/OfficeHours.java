package id.alur.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which days of the week an office works and its hours on each.
 *
 * @param week the schedule of each regular working day of the week; days not in the map are days off
 * @param extraDay the hours of an extra working day (an office exception) that falls on a regular day off
 */
record OfficeHours(Map<DayOfWeek, DaySchedule> week, DaySchedule extraDay) {

    /**
     * Perpres 21/2023 (Hari Kerja dan Jam Kerja Instansi Pemerintah dan Pegawai ASN): five working days, Monday to
     * Friday; 37 jam 30 menit a week not counting breaks; work starts at 07.30 local time; the break is 90 minutes on
     * Friday and 60 minutes on other days. The Perpres leaves the exact schedule to the head of the office; we use the
     * common one: Monday–Thursday 07.30–16.00 with a 12.00–13.00 break, Friday 07.30–16.30 with an 11.30–13.00 break
     * (Friday prayers), 7.5 hours net every day.
     */
    static final OfficeHours PERPRES_21_2023;

    static {
        var mondayToThursday =
                new DaySchedule(LocalTime.of(7, 30), LocalTime.of(12, 0), LocalTime.of(13, 0), LocalTime.of(16, 0));
        var friday =
                new DaySchedule(LocalTime.of(7, 30), LocalTime.of(11, 30), LocalTime.of(13, 0), LocalTime.of(16, 30));
        var week = new EnumMap<DayOfWeek, DaySchedule>(DayOfWeek.class);
        for (var day : new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY}) {
            week.put(day, mondayToThursday);
        }
        week.put(DayOfWeek.FRIDAY, friday);
        PERPRES_21_2023 = new OfficeHours(week, mondayToThursday);
    }

    /**
     * Ramadan hours, Perpres 21/2023: 32 jam 30 menit a week from 08.00 local time; the common schedule (the Menteri
     * PANRB's circular each year): Monday–Thursday 08.00–15.00 with a 12.00–12.30 break, Friday 08.00–15.30 with an
     * 11.30–12.30 break, 6.5 hours net every day. An extra working day on a weekend has the Monday–Thursday hours.
     */
    static final OfficeHours RAMADAN;

    static {
        var mondayToThursday =
                new DaySchedule(LocalTime.of(8, 0), LocalTime.of(12, 0), LocalTime.of(12, 30), LocalTime.of(15, 0));
        var friday =
                new DaySchedule(LocalTime.of(8, 0), LocalTime.of(11, 30), LocalTime.of(12, 30), LocalTime.of(15, 30));
        var week = new EnumMap<DayOfWeek, DaySchedule>(DayOfWeek.class);
        for (var day : new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY}) {
            week.put(day, mondayToThursday);
        }
        week.put(DayOfWeek.FRIDAY, friday);
        RAMADAN = new OfficeHours(week, mondayToThursday);
    }

    OfficeHours {
        Objects.requireNonNull(extraDay, "extraDay");
        week = Map.copyOf(week);
    }

    /** The regular schedule of that day of the week, or {@code null} on a regular day off. */
    DaySchedule on(DayOfWeek day) {
        return week.get(day);
    }

    /** The hours of a working day on {@code day} of the week: its regular ones, or those of an extra working day. */
    DaySchedule working(DayOfWeek day) {
        DaySchedule regular = week.get(day);
        return regular != null ? regular : extraDay;
    }
}
