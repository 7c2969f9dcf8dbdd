package id.alur.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.platform.AlurUser;
import id.alur.platform.Role;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The office's time zone is one fact: set on the office's administration page (when creating the office or later), it
 * is the zone of its due times and of its calendar page (issue 12 item 9: a new office's due times ran on WIB although
 * its administrator had set WITA).
 */
@SpringBootTest
@AutoConfigureMockMvc
class OfficeZoneIntegrationTests {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

    static final AlurUser SYSTEM_ADMIN =
            new AlurUser("admin", null, "Administrator", true, null, null, WIB, Set.of(Role.ADMIN));

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewOfficeCreatedInTheAdminWithWitaHasItsDueTimesInWita() throws Exception {
        String office = "zona-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/offices")
                        .with(user(SYSTEM_ADMIN))
                        .with(csrf())
                        .param("code", office)
                        .param("name", "Dinas Sosial Kota Baru")
                        .param("kind", "CITY_AGENCY")
                        .param("zoneId", "Asia/Makassar"))
                .andExpect(redirectedUrl("/admin/offices/" + office));

        // Monday 3 Nov 2025, 07:00 WITA (06:00 WIB): counting starts at 07:30 office time.
        var beforeOpening = LocalDateTime.parse("2025-11-03T07:00").atZone(WITA).toInstant();
        assertThat(calendar.dueAt(office, beforeOpening, 15, ChronoUnit.MINUTES, TimeBasis.WORKING))
                .isEqualTo(LocalDateTime.parse("2025-11-03T07:45").atZone(WITA).toInstant());
        assertThat(calendar.dueAt(office, beforeOpening, 1, ChronoUnit.DAYS, TimeBasis.WORKING))
                .isEqualTo(LocalDateTime.parse("2025-11-04T07:30").atZone(WITA).toInstant());
        assertThat(calendar.zoneOf(office)).isEqualTo(WITA);
        String page = mvc.perform(get("/admin/offices/" + office + "/kalender").with(user(SYSTEM_ADMIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("WITA (Waktu Indonesia Tengah)");
    }

    @Test
    void aZoneChangedOnTheOfficePageMovesTheDueTimesOfStepsStartedAfterIt() throws Exception {
        String office = "zona-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/offices")
                        .with(user(SYSTEM_ADMIN))
                        .with(csrf())
                        .param("code", office)
                        .param("name", "Dinas Sosial Kabupaten Timur")
                        .param("kind", "REGENCY_AGENCY")
                        .param("zoneId", "Asia/Jakarta"))
                .andExpect(redirectedUrl("/admin/offices/" + office));
        var monday = LocalDateTime.parse("2025-11-03T07:00").atZone(WIT).toInstant();
        assertThat(calendar.dueAt(office, monday, 15, ChronoUnit.MINUTES, TimeBasis.WORKING))
                .isEqualTo(LocalDateTime.parse("2025-11-03T07:45").atZone(WIB).toInstant());

        mvc.perform(post("/admin/offices/" + office)
                        .with(user(SYSTEM_ADMIN))
                        .with(csrf())
                        .param("name", "Dinas Sosial Kabupaten Timur")
                        .param("kind", "REGENCY_AGENCY")
                        .param("zoneId", "Asia/Jayapura")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/admin/offices/" + office));

        assertThat(calendar.dueAt(office, monday, 15, ChronoUnit.MINUTES, TimeBasis.WORKING))
                .isEqualTo(LocalDateTime.parse("2025-11-03T07:45").atZone(WIT).toInstant());
    }

    @Test
    void aZoneOutsideIndonesiaIsRefusedNamingTheFieldAndNoOfficeIsWritten() throws Exception {
        String office = "zona-" + UUID.randomUUID().toString().substring(0, 8);
        String page = mvc.perform(post("/admin/offices")
                        .with(user(SYSTEM_ADMIN))
                        .with(csrf())
                        .param("code", office)
                        .param("name", "Kantor Luar Negeri")
                        .param("kind", "CITY_AGENCY")
                        .param("zoneId", "Europe/Amsterdam"))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"zoneId-error\"", "Pilih zona waktu yang valid.");
        assertThat(jdbc.sql("select count(*) from office where code = ?")
                        .param(office)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from calendar_office where office_code = ?")
                        .param(office)
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
