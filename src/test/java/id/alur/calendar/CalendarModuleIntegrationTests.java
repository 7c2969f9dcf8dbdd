package id.alur.calendar;

import static org.assertj.core.api.Assertions.assertThat;

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
}
