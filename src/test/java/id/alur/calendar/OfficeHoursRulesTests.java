package id.alur.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Other working hours on some dates (Perpres 21/2023 Ramadan hours, a shortened day): due times count the hours of
 * each day as the office works them. The week of 3–7 November 2025 (no holidays) serves as Ramadan in the examples.
 */
class OfficeHoursRulesTests {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    /** Ramadan hours from Monday 3 to Friday 7 November 2025; the week after has the regular hours. */
    final WorkingTimeRules ramadan = rules(ramadanWeek());

    static Map<LocalDate, DaySchedule> ramadanWeek() {
        Map<LocalDate, DaySchedule> hours = new HashMap<>();
        for (LocalDate day = LocalDate.parse("2025-11-03");
                day.isBefore(LocalDate.parse("2025-11-08"));
                day = day.plusDays(1)) {
            hours.put(day, OfficeHours.RAMADAN.working(day.getDayOfWeek()));
        }
        return hours;
    }

    static WorkingTimeRules rules(Map<LocalDate, DaySchedule> otherHours) {
        return new WorkingTimeRules(OfficeHours.PERPRES_21_2023, WIB, Set.of(), Set.of(), otherHours);
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WIB).toInstant();
    }

    Instant plusMinutes(WorkingTimeRules rules, String start, long minutes) {
        return rules.plusWorkingTime(at(start), Duration.ofMinutes(minutes));
    }

    @Test
    void ramadanHoursAreThirtyTwoAndAHalfHoursAWeekFromEightOClock() {
        assertThat(ramadan.workingTimeBetween(at("2025-11-03T00:00"), at("2025-11-08T00:00")))
                .isEqualTo(Duration.ofMinutes(32 * 60 + 30));
        assertThat(ramadan.workingTimeBetween(at("2025-11-10T00:00"), at("2025-11-15T00:00")))
                .isEqualTo(Duration.ofMinutes(37 * 60 + 30));
    }

    @Test
    void aRamadanStepStartedBeforeEightCountsFromEight() {
        assertThat(plusMinutes(ramadan, "2025-11-03T07:45", 15)).isEqualTo(at("2025-11-03T08:15"));
    }

    @Test
    void theRamadanBreakIsHalfAnHourFromNoonAndAnHourFromHalfPastElevenOnFriday() {
        assertThat(plusMinutes(ramadan, "2025-11-03T11:50", 15)).isEqualTo(at("2025-11-03T12:35"));
        assertThat(plusMinutes(ramadan, "2025-11-07T11:20", 15)).isEqualTo(at("2025-11-07T12:35"));
    }

    @Test
    void ramadanDaysCloseAtThreeAndOnFridayAtHalfPastThree() {
        assertThat(plusMinutes(ramadan, "2025-11-03T14:50", 15)).isEqualTo(at("2025-11-04T08:05"));
        assertThat(plusMinutes(ramadan, "2025-11-07T15:20", 15)).isEqualTo(at("2025-11-10T07:35"));
    }

    @Test
    void oneHariInRamadanKeepsTheWorkingTimePosition() {
        // Thursday 10:00 is 2 h into the day; on Friday 2 h after 08:00 is 10:00.
        assertThat(ramadan.plusWorkingDays(at("2025-11-06T10:00"), 1)).isEqualTo(at("2025-11-07T10:00"));
        // Friday 14:00 is 5 h into the day (the break from 11:30 to 12:30); on Monday, a regular day: 07:30 + 4.5 h
        // is 12:00, the break to 13:00, then 0.5 h: 13:30.
        assertThat(ramadan.plusWorkingDays(at("2025-11-07T14:00"), 1)).isEqualTo(at("2025-11-10T13:30"));
    }

    @Test
    void aPositionLaterThanTheShorterRamadanDayIsDueAtItsClose() {
        // Friday 31 October 16:00 (regular hours) is 4 h + 3 h = 7 h into the day; Monday's Ramadan day has 6.5 h,
        // so one hari later is its closing time.
        assertThat(ramadan.plusWorkingDays(at("2025-10-31T16:00"), 1)).isEqualTo(at("2025-11-03T15:00"));
    }

    @Test
    void aShortenedDayWithoutBreakEndsAtItsClosingTime() {
        var shortened = rules(Map.of(
                LocalDate.parse("2025-11-05"), DaySchedule.of(LocalTime.of(7, 30), null, null, LocalTime.of(12, 0))));
        // Wednesday works 07:30–12:00 only: 1 h left at 11:00, the second hour on Thursday from 07:30.
        assertThat(plusMinutes(shortened, "2025-11-05T11:00", 120)).isEqualTo(at("2025-11-06T08:30"));
        assertThat(plusMinutes(shortened, "2025-11-05T12:30", 15)).isEqualTo(at("2025-11-06T07:45"));
        assertThat(shortened.workingTimeBetween(at("2025-11-05T00:00"), at("2025-11-06T00:00")))
                .isEqualTo(Duration.ofMinutes(4 * 60 + 30));
    }

    @Test
    void otherHoursDoNotMakeADayOffAWorkingDay() {
        var onHoliday = new WorkingTimeRules(
                OfficeHours.PERPRES_21_2023, WIB, Set.of(LocalDate.parse("2025-11-04")), Set.of(), ramadanWeek());
        assertThat(onHoliday.isWorkingDay(LocalDate.parse("2025-11-04"))).isFalse();
        assertThat(onHoliday.isWorkingDay(LocalDate.parse("2025-11-08"))).isFalse();
        assertThat(onHoliday.plusWorkingTime(at("2025-11-03T14:50"), Duration.ofMinutes(15)))
                .isEqualTo(at("2025-11-05T08:05"));
    }
}
