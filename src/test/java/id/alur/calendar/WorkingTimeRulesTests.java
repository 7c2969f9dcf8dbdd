package id.alur.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingTimeRulesTests {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

    /** Some days of the 2025/2026 SKB 3 Menteri lists (libur nasional and cuti bersama). */
    static final Set<LocalDate> HOLIDAYS = Set.of(
            LocalDate.parse("2025-03-28"), // cuti bersama Nyepi
            LocalDate.parse("2025-03-29"), // Nyepi (Saturday)
            LocalDate.parse("2025-03-31"), // Idul Fitri
            LocalDate.parse("2025-04-01"), // Idul Fitri
            LocalDate.parse("2025-04-02"), // cuti bersama Idul Fitri
            LocalDate.parse("2025-04-03"),
            LocalDate.parse("2025-04-04"),
            LocalDate.parse("2025-04-07"),
            LocalDate.parse("2025-12-25"), // Kelahiran Yesus Kristus
            LocalDate.parse("2025-12-26"), // cuti bersama
            LocalDate.parse("2026-01-01")); // Tahun Baru

    final WorkingTimeRules jakarta = rules(WIB, HOLIDAYS, Set.of());

    static WorkingTimeRules rules(ZoneId zone, Set<LocalDate> nonWorking, Set<LocalDate> extraWorking) {
        return new WorkingTimeRules(OfficeHours.PERPRES_21_2023, zone, nonWorking, extraWorking);
    }

    static Instant at(String localDateTime) {
        return at(localDateTime, WIB);
    }

    static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    Instant plusMinutes(String start, long minutes) {
        return jakarta.plusWorkingTime(at(start), Duration.ofMinutes(minutes));
    }

    Instant plusDays(String start, long days) {
        return jakarta.plusWorkingDays(at(start), days);
    }

    // ------------------------------------------------------------------------------------------------- working days

    @Test
    void worksMondayToFridayButNotOnWeekendsHolidaysOrCutiBersama() {
        assertThat(jakarta.isWorkingDay(LocalDate.parse("2025-11-03"))).isTrue(); // Monday
        assertThat(jakarta.isWorkingDay(LocalDate.parse("2025-11-07"))).isTrue(); // Friday
        assertThat(jakarta.isWorkingDay(LocalDate.parse("2025-11-08"))).isFalse(); // Saturday
        assertThat(jakarta.isWorkingDay(LocalDate.parse("2025-11-09"))).isFalse(); // Sunday
        assertThat(jakarta.isWorkingDay(LocalDate.parse("2025-12-25"))).isFalse(); // libur nasional
        assertThat(jakarta.isWorkingDay(LocalDate.parse("2025-12-26"))).isFalse(); // cuti bersama
    }

    @Test
    void countsSevenAndAHalfHoursOnEveryWorkingDayAndThirtySevenAndAHalfAWeek() {
        assertThat(jakarta.workingTimeBetween(at("2025-11-03T00:00"), at("2025-11-04T00:00")))
                .isEqualTo(Duration.ofMinutes(450));
        assertThat(jakarta.workingTimeBetween(at("2025-11-07T00:00"), at("2025-11-08T00:00")))
                .isEqualTo(Duration.ofMinutes(450));
        assertThat(jakarta.workingTimeBetween(at("2025-11-03T00:00"), at("2025-11-10T00:00")))
                .isEqualTo(Duration.ofMinutes(37 * 60 + 30));
    }

    // ---------------------------------------------------------------------------------------- minutes and hours

    @Test
    void addsMinutesWithinAMorning() {
        assertThat(plusMinutes("2025-11-03T08:00", 15)).isEqualTo(at("2025-11-03T08:15"));
    }

    @Test
    void skipsTheLunchBreak() {
        assertThat(plusMinutes("2025-11-03T11:50", 15)).isEqualTo(at("2025-11-03T13:05"));
    }

    @Test
    void endsAtTheBreakWhenTheTimeRunsOutExactlyThere() {
        assertThat(plusMinutes("2025-11-03T11:45", 15)).isEqualTo(at("2025-11-03T12:00"));
        assertThat(plusMinutes("2025-11-03T15:45", 15)).isEqualTo(at("2025-11-03T16:00"));
    }

    @Test
    void skipsTheLongerFridayBreakFromHalfPastEleven() {
        assertThat(plusMinutes("2025-11-07T11:20", 15)).isEqualTo(at("2025-11-07T13:05"));
        assertThat(plusMinutes("2025-11-06T11:20", 15)).isEqualTo(at("2025-11-06T11:35"));
    }

    @Test
    void worksUntilHalfPastFourOnFridayButOnlyUntilFourOnOtherDays() {
        assertThat(plusMinutes("2025-11-07T16:10", 15)).isEqualTo(at("2025-11-07T16:25"));
        assertThat(plusMinutes("2025-11-06T15:50", 15)).isEqualTo(at("2025-11-07T07:35"));
    }

    @Test
    void carriesFridayEveningWorkOverTheWeekendToMonday() {
        assertThat(plusMinutes("2025-11-07T16:20", 15)).isEqualTo(at("2025-11-10T07:35"));
        assertThat(plusMinutes("2025-11-07T16:00", 60)).isEqualTo(at("2025-11-10T08:00"));
    }

    @Test
    void countsAStepStartedBeforeOpeningFromHalfPastSeven() {
        assertThat(plusMinutes("2025-11-03T06:00", 15)).isEqualTo(at("2025-11-03T07:45"));
    }

    @Test
    void countsAStepStartedAfterClosingFromTheNextMorning() {
        assertThat(plusMinutes("2025-11-03T17:00", 15)).isEqualTo(at("2025-11-04T07:45"));
        assertThat(plusMinutes("2025-11-03T16:15", 15)).isEqualTo(at("2025-11-04T07:45"));
    }

    @Test
    void countsAStepStartedOnSaturdayFromMondayMorning() {
        assertThat(plusMinutes("2025-11-08T09:00", 15)).isEqualTo(at("2025-11-10T07:45"));
    }

    @Test
    void countsAStepStartedInTheBreakFromOneOClock() {
        assertThat(plusMinutes("2025-11-03T12:30", 15)).isEqualTo(at("2025-11-03T13:15"));
        assertThat(plusMinutes("2025-11-07T11:45", 15)).isEqualTo(at("2025-11-07T13:15"));
    }

    @Test
    void dueTimeOfZeroMinutesIsTheNextWorkingMoment() {
        assertThat(plusMinutes("2025-11-03T10:00", 0)).isEqualTo(at("2025-11-03T10:00"));
        assertThat(plusMinutes("2025-11-03T12:00", 0)).isEqualTo(at("2025-11-03T13:00"));
        assertThat(plusMinutes("2025-11-08T09:00", 0)).isEqualTo(at("2025-11-10T07:30"));
    }

    @Test
    void spreadsManyMinutesOverSeveralDays() {
        // 2000 minutes: four full days of 450 minutes, then 200 minutes on Friday.
        assertThat(plusMinutes("2025-11-03T07:30", 2000)).isEqualTo(at("2025-11-07T10:50"));
    }

    @Test
    void countsSeed003TwentyFourJamAsWorkingTimeUnlessCalendarTimeIsAsked() {
        // 24 working hours from Monday 08:00: 7 h Monday, 7.5 h Tuesday, 7.5 h Wednesday, 2 h Thursday.
        assertThat(jakarta.plusWorkingTime(at("2025-11-03T08:00"), Duration.ofHours(24)))
                .isEqualTo(at("2025-11-06T09:30"));
        assertThat(jakarta.plusCalendarTime(at("2025-11-03T08:00"), 24, ChronoUnit.HOURS))
                .isEqualTo(at("2025-11-04T08:00"));
        assertThat(jakarta.plusCalendarTime(at("2025-11-07T15:00"), 24, ChronoUnit.HOURS))
                .isEqualTo(at("2025-11-08T15:00"));
    }

    @Test
    void skipsHolidaysAndCutiBersama() {
        // Wednesday 24 Dec 15:30: 30 minutes left; 25 Dec libur nasional, 26 Dec cuti bersama, then the weekend.
        assertThat(plusMinutes("2025-12-24T15:30", 60)).isEqualTo(at("2025-12-29T08:00"));
    }

    @Test
    void crossesTheYearBoundaryOverNewYearsDay() {
        // Wednesday 31 Dec 2025 15:00: 60 minutes left; 1 Jan 2026 is a holiday; Friday 2 Jan from 07:30.
        assertThat(plusMinutes("2025-12-31T15:00", 120)).isEqualTo(at("2026-01-02T08:30"));
        assertThat(plusDays("2025-12-31T10:00", 1)).isEqualTo(at("2026-01-02T10:00"));
    }

    // ---------------------------------------------------------------------------------------------------- hari

    @Test
    void addsAWorkingDayAtTheSameClockTimeBetweenDaysWithTheSameHours() {
        assertThat(plusDays("2025-11-03T10:00", 1)).isEqualTo(at("2025-11-04T10:00"));
        assertThat(plusDays("2025-11-03T14:20", 3)).isEqualTo(at("2025-11-06T14:20"));
    }

    @Test
    void keepsAFullWorkingDayWhenTheNextDayIsFridayWithItsLongerBreak() {
        assertThat(plusDays("2025-11-06T11:45", 1)).isEqualTo(at("2025-11-07T13:15"));
        assertThat(plusDays("2025-11-07T16:15", 1)).isEqualTo(at("2025-11-10T15:45"));
        assertThat(plusDays("2025-11-07T09:00", 1)).isEqualTo(at("2025-11-10T09:00"));
    }

    @Test
    void addsWorkingDaysOverTheWeekend() {
        assertThat(plusDays("2025-11-07T10:00", 1)).isEqualTo(at("2025-11-10T10:00"));
        assertThat(plusDays("2025-11-03T10:00", 5)).isEqualTo(at("2025-11-10T10:00"));
    }

    @Test
    void addsWorkingDaysOverHolidays() {
        assertThat(plusDays("2025-12-24T10:00", 1)).isEqualTo(at("2025-12-29T10:00"));
        assertThat(plusDays("2025-12-24T10:00", 2)).isEqualTo(at("2025-12-30T10:00"));
        // Idul Fitri 1446 H: cuti bersama 28 Mar, libur 31 Mar and 1 Apr, cuti bersama 2-4 and 7 Apr.
        assertThat(plusDays("2025-03-27T09:00", 1)).isEqualTo(at("2025-04-08T09:00"));
    }

    @Test
    void addsWorkingDaysFromTheNextWorkingMomentWhenStartedOutsideWorkingHours() {
        assertThat(plusDays("2025-11-08T09:00", 1)).isEqualTo(at("2025-11-11T07:30"));
        assertThat(plusDays("2025-11-03T17:00", 1)).isEqualTo(at("2025-11-05T07:30"));
        assertThat(plusDays("2025-11-03T06:00", 1)).isEqualTo(at("2025-11-04T07:30"));
        assertThat(plusDays("2025-11-03T12:15", 1)).isEqualTo(at("2025-11-04T13:00"));
    }

    @Test
    void clampsToClosingTimeWhenTheTargetDayIsShorter() {
        var shortFriday = new OfficeHours(
                Map.of(
                        DayOfWeek.THURSDAY,
                        OfficeHours.PERPRES_21_2023.on(DayOfWeek.THURSDAY),
                        DayOfWeek.FRIDAY,
                        new DaySchedule(
                                LocalTime.of(7, 30), LocalTime.of(11, 0), LocalTime.of(13, 0), LocalTime.of(14, 0))),
                OfficeHours.PERPRES_21_2023.extraDay());
        var rules = new WorkingTimeRules(shortFriday, WIB, Set.of(), Set.of());
        assertThat(rules.plusWorkingDays(at("2025-11-06T15:30"), 1)).isEqualTo(at("2025-11-07T14:00"));
    }

    // ------------------------------------------------------------------------------------------------ time zones

    @Test
    void countsOfficeHoursInTheOfficesOwnZone() {
        var makassar = rules(WITA, HOLIDAYS, Set.of());
        var jayapura = rules(WIT, HOLIDAYS, Set.of());
        Instant sevenWib = at("2025-11-03T07:00", WIB); // 08:00 WITA, 09:00 WIT
        assertThat(jakarta.plusWorkingTime(sevenWib, Duration.ofMinutes(15))).isEqualTo(at("2025-11-03T07:45", WIB));
        assertThat(makassar.plusWorkingTime(sevenWib, Duration.ofMinutes(15)))
                .isEqualTo(at("2025-11-03T08:15", WITA))
                .isEqualTo(at("2025-11-03T07:15", WIB));
        assertThat(jayapura.plusWorkingTime(sevenWib, Duration.ofMinutes(15))).isEqualTo(at("2025-11-03T09:15", WIT));
    }

    @Test
    void closesAWitaOfficeAnHourBeforeAWibOffice() {
        var makassar = rules(WITA, HOLIDAYS, Set.of());
        Instant halfPastThreeWib = at("2025-11-03T15:30", WIB); // 16:30 WITA: closed
        assertThat(makassar.plusWorkingTime(halfPastThreeWib, Duration.ofMinutes(15)))
                .isEqualTo(at("2025-11-04T07:45", WITA));
        assertThat(jakarta.plusWorkingTime(halfPastThreeWib, Duration.ofMinutes(15)))
                .isEqualTo(at("2025-11-03T15:45", WIB));
    }

    // ------------------------------------------------------------------------------------------ office exceptions

    @Test
    void skipsADayTheOfficeIsClosed() {
        var withRegionalHoliday = rules(WIB, Set.of(LocalDate.parse("2025-11-04")), Set.of());
        assertThat(withRegionalHoliday.isWorkingDay(LocalDate.parse("2025-11-04")))
                .isFalse();
        assertThat(withRegionalHoliday.plusWorkingDays(at("2025-11-03T10:00"), 1))
                .isEqualTo(at("2025-11-05T10:00"));
    }

    @Test
    void worksAnExtraWorkingDayOnSaturdayWithTheMondayToThursdayHours() {
        var withSaturday = rules(WIB, HOLIDAYS, Set.of(LocalDate.parse("2025-11-08")));
        assertThat(withSaturday.isWorkingDay(LocalDate.parse("2025-11-08"))).isTrue();
        assertThat(withSaturday.plusWorkingTime(at("2025-11-07T16:20"), Duration.ofMinutes(15)))
                .isEqualTo(at("2025-11-08T07:35"));
        assertThat(withSaturday.workingTimeBetween(at("2025-11-08T00:00"), at("2025-11-09T00:00")))
                .isEqualTo(Duration.ofMinutes(450));
    }

    @Test
    void worksAnExtraWorkingDayEvenOnCutiBersama() {
        var onDuty = rules(WIB, HOLIDAYS, Set.of(LocalDate.parse("2025-12-26")));
        assertThat(onDuty.isWorkingDay(LocalDate.parse("2025-12-26"))).isTrue();
        assertThat(onDuty.plusWorkingTime(at("2025-12-24T15:30"), Duration.ofMinutes(60)))
                .isEqualTo(at("2025-12-26T08:00"));
    }

    // ------------------------------------------------------------------------------------------ working time taken

    @Test
    void measuresWorkingTimeWithoutBreaksEveningsAndWeekends() {
        assertThat(jakarta.workingTimeBetween(at("2025-11-03T11:00"), at("2025-11-03T14:00")))
                .isEqualTo(Duration.ofHours(2));
        assertThat(jakarta.workingTimeBetween(at("2025-11-07T16:00"), at("2025-11-10T08:00")))
                .isEqualTo(Duration.ofHours(1));
        assertThat(jakarta.workingTimeBetween(at("2025-11-08T08:00"), at("2025-11-08T15:00")))
                .isZero();
        assertThat(jakarta.workingTimeBetween(at("2025-12-24T15:30"), at("2025-12-29T08:00")))
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void measuresNegativeWorkingTimeBackwards() {
        assertThat(jakarta.workingTimeBetween(at("2025-11-03T14:00"), at("2025-11-03T11:00")))
                .isEqualTo(Duration.ofHours(-2));
        assertThat(jakarta.workingTimeBetween(at("2025-11-03T14:00"), at("2025-11-03T14:00")))
                .isZero();
    }

    // ------------------------------------------------------------------------------------------------- bad input

    @Test
    void rejectsNegativeAmountsAndRunawayAmounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> plusMinutes("2025-11-03T10:00", -1));
        assertThatIllegalArgumentException().isThrownBy(() -> plusDays("2025-11-03T10:00", -1));
        assertThatIllegalArgumentException().isThrownBy(() -> plusDays("2025-11-03T10:00", 1_000_000));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> plusMinutes("2025-11-03T10:00", 450L * 5 * 53 * WorkingTimeRules.HORIZON_YEARS));
    }
}
