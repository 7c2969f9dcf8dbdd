package id.alur.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import id.alur.calendar.OfficeCalendarChanged.Change;
import id.alur.platform.ApiTokenVerifier;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;

/**
 * The calendar module started on its own, with platform and nothing else (Spring Modulith's module test): due times
 * from the seeded holidays, and an office's own closed day seen once it is committed.
 */
@ApplicationModuleTest
class CalendarModuleIntegrationTests {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    /** The platform's API security asks office for tokens; office is not started here, so no token is known. */
    @TestConfiguration(proxyBeanMethods = false)
    static class WithoutOffice {
        @Bean
        ApiTokenVerifier noTokens() {
            return presented -> Optional.empty();
        }
    }

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    ApplicationContext context;

    @Test
    void computesDueTimesAndSeesAnOfficesClosedDayOnceCommitted() {
        String office = "cal-modul-" + UUID.randomUUID().toString().substring(0, 8);
        calendar.setZone(office, WITA);
        var monday = LocalDateTime.parse("2025-11-03T08:00").atZone(WITA).toInstant();
        // Seed 003 step 4, "24 Jam": three working days later, at 09:30 office time.
        assertThat(calendar.dueAt(office, monday, 24, ChronoUnit.HOURS, TimeBasis.WORKING))
                .isEqualTo(LocalDateTime.parse("2025-11-06T09:30").atZone(WITA).toInstant());

        calendar.addOfficeException(
                office, LocalDate.parse("2025-11-04"), OfficeExceptionKind.CLOSED, "Hari jadi kabupaten");

        assertThat(calendar.isWorkingDay(office, LocalDate.parse("2025-11-04"))).isFalse();
        assertThat(calendar.dueAt(office, monday, 24, ChronoUnit.HOURS, TimeBasis.WORKING))
                .isEqualTo(LocalDateTime.parse("2025-11-07T09:30").atZone(WITA).toInstant());
    }

    @Test
    void startsWithoutAnyOtherModule() {
        assertThat(Arrays.stream(context.getBeanDefinitionNames())
                        .map(name -> context.getType(name))
                        .filter(type -> type != null && type.getPackageName().startsWith("id.alur."))
                        .map(type -> type.getPackageName().split("\\.")[2])
                        .distinct())
                .containsExactlyInAnyOrder("calendar", "platform");
    }

    @Test
    void announcesTheDaysOnWhichEachChangeMovesWorkingTime(AssertablePublishedEvents events) {
        String office = "cal-hari-" + UUID.randomUUID().toString().substring(0, 8);
        calendar.setZone(office, WITA);
        calendar.setZone(office, WITA);
        calendar.addOfficeException(office, LocalDate.parse("2031-02-04"), OfficeExceptionKind.CLOSED, "Banjir");
        calendar.updateOfficeException(
                office,
                LocalDate.parse("2031-02-04"),
                LocalDate.parse("2031-02-10"),
                OfficeExceptionKind.CLOSED,
                "Banjir, dipindah");
        calendar.removeOfficeException(office, LocalDate.parse("2031-02-10"));
        var ramadan = calendar.addOfficeHours(
                office,
                LocalDate.parse("2031-01-24"),
                LocalDate.parse("2031-02-22"),
                OfficeHoursKind.RAMADAN,
                null,
                null,
                null,
                null,
                "Ramadan 1452 H");
        calendar.updateOfficeHours(
                office,
                ramadan.id(),
                LocalDate.parse("2031-01-25"),
                LocalDate.parse("2031-02-23"),
                OfficeHoursKind.RAMADAN,
                null,
                null,
                null,
                null,
                "Ramadan 1452 H, sidang isbat");
        calendar.removeOfficeHours(office, ramadan.id());

        assertThat(events.ofType(OfficeCalendarChanged.class).matching(e -> office.equals(e.officeCode())))
                .as("the zone set twice moved working time once")
                .containsExactly(
                        new OfficeCalendarChanged(office, Change.ZONE, null, null),
                        changed(office, Change.EXCEPTIONS, "2031-02-04", "2031-02-04"),
                        changed(office, Change.EXCEPTIONS, "2031-02-04", "2031-02-10"),
                        changed(office, Change.EXCEPTIONS, "2031-02-10", "2031-02-10"),
                        changed(office, Change.HOURS, "2031-01-24", "2031-02-22"),
                        changed(office, Change.HOURS, "2031-01-24", "2031-02-23"),
                        changed(office, Change.HOURS, "2031-01-25", "2031-02-23"));
    }

    @Test
    void announcesANationalHolidayForEveryOfficeAndAnImportOnce(AssertablePublishedEvents events) {
        String name = "Hari uji " + UUID.randomUUID().toString().substring(0, 8);
        var added = calendar.addHoliday(LocalDate.parse("2031-03-05"), name, HolidayKind.NATIONAL, "SKB uji");
        calendar.updateHoliday(added.id(), LocalDate.parse("2031-03-03"), name, HolidayKind.NATIONAL, "SKB uji");
        calendar.removeHoliday(added.id());
        var imported = calendar.importHolidays("tanggal,nama,jenis,sumber\n"
                + "2031-04-07," + name + ",CUTI_BERSAMA,SKB uji\n"
                + "2031-04-02," + name + ",NATIONAL,SKB uji\n");
        calendar.setHolidayYear(2031, "SKB uji", true);
        imported.forEach(h -> calendar.removeHoliday(h.id()));

        assertThat(events.ofType(OfficeCalendarChanged.class).matching(OfficeCalendarChanged::everyOffice))
                .containsExactly(
                        changed(null, Change.HOLIDAYS, "2031-03-05", "2031-03-05"),
                        changed(null, Change.HOLIDAYS, "2031-03-03", "2031-03-05"),
                        changed(null, Change.HOLIDAYS, "2031-03-03", "2031-03-03"),
                        changed(null, Change.HOLIDAYS, "2031-04-02", "2031-04-07"),
                        changed(null, Change.HOLIDAYS, "2031-04-07", "2031-04-07"),
                        changed(null, Change.HOLIDAYS, "2031-04-02", "2031-04-02"));
    }

    private static OfficeCalendarChanged changed(String office, Change what, String from, String to) {
        return new OfficeCalendarChanged(office, what, LocalDate.parse(from), LocalDate.parse(to));
    }
}
