package id.alur.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The calendar on PostgreSQL: the seeded holiday data, administration, office exceptions and zones. Tests share the
 * database with other modules, so each uses its own office code, and holidays it adds lie in a far-future year.
 */
@SpringBootTest
class WorkingCalendarIntegrationTests {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    id.alur.platform.AuditTrail audit;

    @Autowired
    MessageSource messages;

    @Autowired
    CalendarRepository repository;

    static String newOffice() {
        return "cal-it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    /** Years no other test computes due times in, a new one for each test that asks. */
    private static final AtomicInteger FAR_YEARS = new AtomicInteger(2300);

    static int farYear() {
        return FAR_YEARS.getAndIncrement();
    }

    // ------------------------------------------------------------------------------------------------ seeded data

    @Test
    void seedsTheSkbHolidayListsOf2025And2026AndAProvisional2027() {
        assertThat(calendar.holidayYears())
                .filteredOn(y -> y.year() >= 2025 && y.year() <= 2027)
                .satisfiesExactly(
                        y2025 -> {
                            assertThat(y2025.provisional()).isFalse();
                            assertThat(y2025.source()).contains("Nomor 1017 Tahun 2024", "Nomor 933 Tahun 2025");
                        },
                        y2026 -> {
                            assertThat(y2026.provisional()).isFalse();
                            assertThat(y2026.source()).contains("Nomor 1497 Tahun 2025");
                        },
                        y2027 -> assertThat(y2027.provisional()).isTrue());
        assertThat(calendar.holidays(2025))
                .filteredOn(h -> h.kind() == HolidayKind.NATIONAL)
                .hasSize(17);
        assertThat(calendar.holidays(2025))
                .filteredOn(h -> h.kind() == HolidayKind.CUTI_BERSAMA)
                .hasSize(11);
        assertThat(calendar.holidays(2026))
                .filteredOn(h -> h.kind() == HolidayKind.NATIONAL)
                .hasSize(17);
        assertThat(calendar.holidays(2026))
                .filteredOn(h -> h.kind() == HolidayKind.CUTI_BERSAMA)
                .hasSize(8);
        assertThat(calendar.holidays(2026))
                .allSatisfy(h -> assertThat(h.source()).contains("1497 Tahun 2025"));
    }

    @Test
    void closesEveryOfficeOnNationalHolidaysAndCutiBersama() {
        String office = newOffice();
        assertThat(calendar.isWorkingDay(office, LocalDate.parse("2025-04-02"))).isFalse(); // cuti bersama Idul Fitri
        assertThat(calendar.isWorkingDay(office, LocalDate.parse("2025-08-18"))).isFalse(); // cuti bersama HUT RI 80
        assertThat(calendar.isWorkingDay(office, LocalDate.parse("2026-03-23"))).isFalse();
        assertThat(calendar.isWorkingDay(office, LocalDate.parse("2027-03-26"))).isFalse(); // Wafat Yesus Kristus
        assertThat(calendar.isWorkingDay(office, LocalDate.parse("2025-04-08"))).isTrue();
    }

    @Test
    void knowsTheZonesOfTheSeedOfficesAndDefaultsToWib() {
        assertThat(calendar.zoneOf("dinsos-kaltara")).isEqualTo(WITA);
        assertThat(calendar.zoneOf("dinsosppkb-rembang")).isEqualTo(WIB);
        assertThat(calendar.zoneOf(newOffice())).isEqualTo(WIB);
    }

    // ------------------------------------------------------------------------------------------------- due times

    @Test
    void computesDueTimesInTheOfficesZone() {
        // Seed 003 step 4, "24 Jam", for Dinsos Kaltara (WITA) started Monday 3 Nov 2025 08:00 WITA.
        Instant start = at("2025-11-03T08:00", WITA);
        assertThat(calendar.dueAt("dinsos-kaltara", start, 24, ChronoUnit.HOURS, TimeBasis.WORKING))
                .isEqualTo(at("2025-11-06T09:30", WITA));
        assertThat(calendar.dueAt("dinsos-kaltara", start, 24, ChronoUnit.HOURS, TimeBasis.CALENDAR))
                .isEqualTo(at("2025-11-04T08:00", WITA));
        assertThat(calendar.dueAt("dinsos-kaltara", start, 15, ChronoUnit.MINUTES, TimeBasis.WORKING))
                .isEqualTo(at("2025-11-03T08:15", WITA));
        assertThat(calendar.dueAt("dinsos-kaltara", start, 1, ChronoUnit.DAYS, TimeBasis.WORKING))
                .isEqualTo(at("2025-11-04T08:00", WITA));
        // 07:30 WIB is 08:30 WITA: a WIB office has just opened, the WITA office has worked an hour.
        Instant halfPastSevenWib = at("2025-11-03T07:30", WIB);
        assertThat(calendar.workingTimeBetween("dinsos-kaltara", start, halfPastSevenWib))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(calendar.workingTimeBetween("dinsos-solok", start, halfPastSevenWib))
                .isZero();
    }

    @Test
    void countsHariOverTheSeededHolidays() {
        // Wednesday 24 Dec 2025 10:00 + 1 hari: 25 Dec libur, 26 Dec cuti bersama, weekend.
        assertThat(calendar.dueAt(newOffice(), at("2025-12-24T10:00", WIB), 1, ChronoUnit.DAYS, TimeBasis.WORKING))
                .isEqualTo(at("2025-12-29T10:00", WIB));
    }

    @Test
    void rejectsOtherUnitsAndNegativeAmounts() {
        Instant start = at("2025-11-03T08:00", WIB);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> calendar.dueAt(newOffice(), start, 1, ChronoUnit.WEEKS, TimeBasis.WORKING));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> calendar.dueAt(newOffice(), start, -5, ChronoUnit.MINUTES, TimeBasis.CALENDAR));
    }

    // ------------------------------------------------------------------------------------------------------ zones

    @Test
    void setsAnOfficesZoneAndUsesItAtOnce() {
        String office = newOffice();
        Instant start = at("2025-11-03T07:00", WIB); // 09:00 WIT
        assertThat(calendar.dueAt(office, start, 15, ChronoUnit.MINUTES, TimeBasis.WORKING))
                .isEqualTo(at("2025-11-03T07:45", WIB));

        calendar.setZone(office, WIT);

        assertThat(calendar.zoneOf(office)).isEqualTo(WIT);
        assertThat(calendar.dueAt(office, start, 15, ChronoUnit.MINUTES, TimeBasis.WORKING))
                .isEqualTo(at("2025-11-03T09:15", WIT));
        calendar.setZone(office, WITA);
        assertThat(calendar.zoneOf(office)).isEqualTo(WITA);
    }

    @Test
    void rejectsAZoneOutsideIndonesia() {
        String office = newOffice();
        assertThatExceptionOfType(InvalidCalendarDataException.class)
                .isThrownBy(() -> calendar.setZone(office, ZoneId.of("Europe/Amsterdam")))
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo("zone");
                    assertThat(e.messageKey()).isEqualTo("calendar.zone.notIndonesian");
                    assertMessageExists(e.messageKey(), e.arguments());
                });
        assertThat(calendar.zoneOf(office)).isEqualTo(WIB);
        assertThat(countRows("calendar_office", office)).isZero();
    }

    // ------------------------------------------------------------------------------------------ office exceptions

    @Test
    void skipsADayAnOfficeIsClosedAndOnlyForThatOffice() {
        String office = newOffice();
        String neighbour = newOffice();
        LocalDate tuesday = LocalDate.parse("2025-11-04");
        Instant mondayTen = at("2025-11-03T10:00", WIB);

        OfficeExceptionView added =
                calendar.addOfficeException(office, tuesday, OfficeExceptionKind.CLOSED, "  Hari jadi kabupaten  ");

        assertThat(added.reason()).isEqualTo("Hari jadi kabupaten");
        assertThat(calendar.officeExceptions(office)).containsExactly(added);
        assertThat(calendar.isWorkingDay(office, tuesday)).isFalse();
        assertThat(calendar.isWorkingDay(neighbour, tuesday)).isTrue();
        assertThat(calendar.dueAt(office, mondayTen, 1, ChronoUnit.DAYS, TimeBasis.WORKING))
                .isEqualTo(at("2025-11-05T10:00", WIB));

        calendar.removeOfficeException(office, tuesday);

        assertThat(calendar.officeExceptions(office)).isEmpty();
        assertThat(calendar.isWorkingDay(office, tuesday)).isTrue();
        assertThat(calendar.dueAt(office, mondayTen, 1, ChronoUnit.DAYS, TimeBasis.WORKING))
                .isEqualTo(at("2025-11-04T10:00", WIB));
    }

    @Test
    void worksOnAnExtraWorkingDay() {
        String office = newOffice();
        LocalDate saturday = LocalDate.parse("2025-11-08");
        LocalDate cutiBersama = LocalDate.parse("2025-12-26");
        calendar.addOfficeException(office, saturday, OfficeExceptionKind.EXTRA_WORKING_DAY, "Pelayanan akhir pekan");
        calendar.addOfficeException(office, cutiBersama, OfficeExceptionKind.EXTRA_WORKING_DAY, "Piket cuti bersama");

        assertThat(calendar.isWorkingDay(office, saturday)).isTrue();
        assertThat(calendar.isWorkingDay(office, cutiBersama)).isTrue();
        assertThat(calendar.dueAt(office, at("2025-11-07T16:20", WIB), 15, ChronoUnit.MINUTES, TimeBasis.WORKING))
                .isEqualTo(at("2025-11-08T07:35", WIB));
        assertThat(calendar.workingTimeBetween(office, at("2025-12-24T00:00", WIB), at("2025-12-29T00:00", WIB)))
                .isEqualTo(Duration.ofMinutes(2 * 450));
    }

    @Test
    void rejectsASecondExceptionOnTheSameDayAndKeepsTheFirst() {
        String office = newOffice();
        LocalDate day = LocalDate.parse("2025-11-04");
        calendar.addOfficeException(office, day, OfficeExceptionKind.CLOSED, "Banjir");

        assertThatExceptionOfType(InvalidCalendarDataException.class)
                .isThrownBy(
                        () -> calendar.addOfficeException(office, day, OfficeExceptionKind.EXTRA_WORKING_DAY, "Lembur"))
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo("date");
                    assertThat(e.messageKey()).isEqualTo("calendar.exception.duplicate");
                    assertMessageExists(e.messageKey(), e.arguments());
                });
        assertThat(calendar.officeExceptions(office))
                .singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(OfficeExceptionKind.CLOSED));
    }

    @Test
    void rejectsAnExceptionWithoutReasonAndWritesNothing() {
        String office = newOffice();
        assertThatExceptionOfType(InvalidCalendarDataException.class)
                .isThrownBy(() -> calendar.addOfficeException(
                        office, LocalDate.parse("2025-11-04"), OfficeExceptionKind.CLOSED, "   "))
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo("reason");
                    assertMessageExists(e.messageKey(), e.arguments());
                });
        assertThatExceptionOfType(InvalidCalendarDataException.class)
                .isThrownBy(() -> calendar.addOfficeException(
                        "kantor dengan spasi", LocalDate.parse("2025-11-04"), OfficeExceptionKind.CLOSED, "Banjir"))
                .satisfies(e -> assertThat(e.field()).isEqualTo("officeCode"));
        assertThat(countRows("calendar_office_exception", office)).isZero();
    }

    @Test
    void reportsRemovingAnExceptionThatIsNotThere() {
        assertThatExceptionOfType(CalendarEntryNotFoundException.class)
                .isThrownBy(() -> calendar.removeOfficeException(newOffice(), LocalDate.parse("2025-11-04")))
                .satisfies(e -> assertMessageExists(e.messageKey(), e.arguments()));
    }

    // ------------------------------------------------------------------------------------------------------ cache

    @Test
    void answersFromMemoryAndSeesAnotherNodesChangeAfterTheTimeToLive() {
        String office = newOffice();
        LocalDate tuesday = LocalDate.parse("2025-11-04");
        var cachingNode =
                new WorkingCalendar(repository, new CalendarSettings(Duration.ofHours(1)), audit, event -> {});
        var expiredNode = new WorkingCalendar(repository, new CalendarSettings(Duration.ZERO), audit, event -> {});
        assertThat(cachingNode.isWorkingDay(office, tuesday)).isTrue();
        assertThat(expiredNode.isWorkingDay(office, tuesday)).isTrue();

        // Another node closes the office on Tuesday.
        jdbc.sql("""
                        insert into calendar_office_exception (office_code, exception_date, kind, reason)
                        values (:office, :date, 'CLOSED', 'Ditutup di node lain')""").param("office", office).param("date", tuesday).update();

        assertThat(cachingNode.isWorkingDay(office, tuesday)).isTrue();
        assertThat(expiredNode.isWorkingDay(office, tuesday)).isFalse();
        assertThat(calendar.isWorkingDay(office, tuesday)).isFalse();
    }

    // --------------------------------------------------------------------------------------------------- holidays

    @Test
    void addsAndRemovesAHolidayForEveryOffice() {
        int year = farYear();
        LocalDate tuesday = LocalDate.of(year, 6, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        String office = newOffice();
        assertThat(calendar.isWorkingDay(office, tuesday)).isTrue();

        HolidayView holiday = calendar.addHoliday(
                tuesday, "Hari Uji Coba", HolidayKind.NATIONAL, "SKB uji coba " + year + " (integration test)");
        try {
            assertThat(calendar.holidays(year)).containsExactly(holiday);
            assertThat(calendar.isWorkingDay(office, tuesday)).isFalse();
            assertThat(calendar.isWorkingDay("dinsos-kaltara", tuesday)).isFalse();
            assertThat(calendar.dueAt(
                            office, at(tuesday.minusDays(1) + "T10:00", WIB), 1, ChronoUnit.DAYS, TimeBasis.WORKING))
                    .isEqualTo(at(tuesday.plusDays(1) + "T10:00", WIB));
        } finally {
            calendar.removeHoliday(holiday.id());
        }
        assertThat(calendar.holidays(year)).isEmpty();
        assertThat(calendar.isWorkingDay(office, tuesday)).isTrue();
        assertThatExceptionOfType(CalendarEntryNotFoundException.class)
                .isThrownBy(() -> calendar.removeHoliday(holiday.id()))
                .satisfies(e -> assertMessageExists(e.messageKey(), e.arguments()));
    }

    @Test
    void rejectsADuplicateHolidayAndOneWithoutSource() {
        int year = farYear();
        LocalDate day = LocalDate.of(year, 3, 10);
        HolidayView first = calendar.addHoliday(day, "Hari Uji", HolidayKind.CUTI_BERSAMA, "SKB uji coba");
        try {
            assertThatExceptionOfType(InvalidCalendarDataException.class)
                    .isThrownBy(() -> calendar.addHoliday(day, "Hari Uji", HolidayKind.NATIONAL, "SKB lain"))
                    .satisfies(e -> {
                        assertThat(e.field()).isEqualTo("name");
                        assertThat(e.messageKey()).isEqualTo("calendar.holiday.duplicate");
                        assertMessageExists(e.messageKey(), e.arguments());
                    });
            assertThatExceptionOfType(InvalidCalendarDataException.class)
                    .isThrownBy(() -> calendar.addHoliday(day.plusDays(1), "Hari Lain", HolidayKind.NATIONAL, " "))
                    .satisfies(e -> {
                        assertThat(e.field()).isEqualTo("source");
                        assertMessageExists(e.messageKey(), e.arguments());
                    });
            assertThatExceptionOfType(InvalidCalendarDataException.class)
                    .isThrownBy(
                            () -> calendar.addHoliday(day.plusDays(1), "x".repeat(201), HolidayKind.NATIONAL, "SKB"))
                    .satisfies(e -> {
                        assertThat(e.messageKey()).isEqualTo("calendar.holiday.name.tooLong");
                        assertMessageExists(e.messageKey(), e.arguments());
                    });
            assertThat(calendar.holidays(year)).containsExactly(first);
        } finally {
            calendar.removeHoliday(first.id());
        }
    }

    @Test
    void recordsTheDecreeOfAYearAndWhetherItIsProvisional() {
        int year = farYear();
        try {
            calendar.setHolidayYear(year, "Daftar sementara", true);
            assertThat(calendar.holidayYears()).contains(new HolidayYearView(year, "Daftar sementara", true));

            HolidayYearView official =
                    calendar.setHolidayYear(year, " SKB 3 Menteri Nomor 1 Tahun " + (year - 1) + " ", false);

            assertThat(official.source()).isEqualTo("SKB 3 Menteri Nomor 1 Tahun " + (year - 1));
            assertThat(calendar.holidayYears())
                    .contains(official)
                    .doesNotContain(new HolidayYearView(year, "Daftar sementara", true));
        } finally {
            jdbc.sql("delete from calendar_holiday_year where year = :year")
                    .param("year", year)
                    .update();
        }
        assertThatExceptionOfType(InvalidCalendarDataException.class)
                .isThrownBy(() -> calendar.setHolidayYear(1800, "SKB", false))
                .satisfies(e -> assertMessageExists(e.messageKey(), e.arguments()));
    }

    private int countRows(String table, String office) {
        return jdbc.sql("select count(*) from " + table + " where office_code = :office")
                .param("office", office)
                .query(Integer.class)
                .single();
    }

    private void assertMessageExists(String key, Object[] arguments) {
        for (Locale locale : new Locale[] {Locale.of("id"), Locale.ENGLISH}) {
            assertThat(messages.getMessage(key, arguments, locale))
                    .as("message %s in %s", key, locale)
                    .isNotBlank()
                    .doesNotContain("{0}");
        }
    }
}
