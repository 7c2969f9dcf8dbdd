package id.alur.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An office's other working hours on its calendar page (issue 15 item 1): Ramadan hours and a shortened day, set by
 * the administrator, give the exact due times of steps started in them; bad input is 422 naming the field, and an
 * office that does not exist has no calendar page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OfficeHoursAdminIntegrationTests {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkingCalendar calendar;

    String office;

    @BeforeEach
    void createOffice() throws Exception {
        office = "jam-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/offices")
                        .with(user(OfficeZoneIntegrationTests.SYSTEM_ADMIN))
                        .with(csrf())
                        .param("code", office)
                        .param("name", "Dinas Sosial Kota Jam Kerja")
                        .param("kind", "CITY_AGENCY")
                        .param("zoneId", "Asia/Makassar"))
                .andExpect(redirectedUrl("/admin/offices/" + office));
    }

    MockHttpServletRequestBuilder addHours() {
        return post("/admin/offices/" + office + "/kalender/jam-kerja")
                .with(user(OfficeZoneIntegrationTests.SYSTEM_ADMIN))
                .with(csrf());
    }

    static java.time.Instant at(String local) {
        return LocalDateTime.parse(local).atZone(WITA).toInstant();
    }

    @Test
    void ramadanHoursSetOnThePageGiveTheDueTimesOfStepsStartedInThem() throws Exception {
        // Monday 23 February 2026: from 07:45 WITA a 15 menit step counts from 08:00 in Ramadan, from 07:30 before.
        assertThat(calendar.dueAt(office, at("2026-02-23T07:45"), 15, ChronoUnit.MINUTES, TimeBasis.WORKING))
                .isEqualTo(at("2026-02-23T08:00"));
        mvc.perform(addHours()
                        .param("kind", "RAMADAN")
                        .param("startsOn", "2026-02-23")
                        .param("endsOn", "2026-02-27")
                        .param("reason", "Ramadan 1447 H"))
                .andExpect(redirectedUrl("/admin/offices/" + office + "/kalender"));

        assertThat(calendar.dueAt(office, at("2026-02-23T07:45"), 15, ChronoUnit.MINUTES, TimeBasis.WORKING))
                .isEqualTo(at("2026-02-23T08:15"));
        assertThat(calendar.dueAt(office, at("2026-02-23T14:50"), 1, ChronoUnit.HOURS, TimeBasis.WORKING))
                .isEqualTo(at("2026-02-24T08:50"));
        assertThat(calendar.dueAt(office, at("2026-02-27T11:20"), 15, ChronoUnit.MINUTES, TimeBasis.WORKING))
                .isEqualTo(at("2026-02-27T12:35"));
        // Friday 27 February 15:20 + 15 menit: 10 minutes until 15:30, then Monday 2 March, regular hours again.
        assertThat(calendar.dueAt(office, at("2026-02-27T15:20"), 15, ChronoUnit.MINUTES, TimeBasis.WORKING))
                .isEqualTo(at("2026-03-02T07:35"));
        String page = mvc.perform(get("/admin/offices/" + office + "/kalender")
                        .with(user(OfficeZoneIntegrationTests.SYSTEM_ADMIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Ramadan 1447 H", "Jam kerja Ramadan (Perpres 21/2023");

        long id = calendar.officeHours(office).getFirst().id();
        mvc.perform(post("/admin/offices/" + office + "/kalender/jam-kerja/" + id + "/hapus")
                        .with(user(OfficeZoneIntegrationTests.SYSTEM_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/offices/" + office + "/kalender"));
        assertThat(calendar.dueAt(office, at("2026-02-23T07:45"), 15, ChronoUnit.MINUTES, TimeBasis.WORKING))
                .isEqualTo(at("2026-02-23T08:00"));
    }

    @Test
    void aShortenedDayEndsAtItsClosingTime() throws Exception {
        mvc.perform(addHours()
                        .param("kind", "SHORTENED")
                        .param("startsOn", "2026-02-25")
                        .param("opens", "07:30")
                        .param("closes", "11:00")
                        .param("reason", "Pulang cepat: upacara hari jadi"))
                .andExpect(redirectedUrl("/admin/offices/" + office + "/kalender"));

        // Wednesday 25 February 10:30 + 1 jam: 30 minutes until 11:00, the rest on Thursday from 07:30.
        assertThat(calendar.dueAt(office, at("2026-02-25T10:30"), 1, ChronoUnit.HOURS, TimeBasis.WORKING))
                .isEqualTo(at("2026-02-26T08:00"));
        assertThat(calendar.workingTimeBetween(office, at("2026-02-25T00:00"), at("2026-02-26T00:00")))
                .hasMinutes(210);
    }

    @Test
    void badHoursAreRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
        assertRefused(
                addHours()
                        .param("kind", "SHORTENED")
                        .param("startsOn", "2026-02-25")
                        .param("reason", "x"),
                "Jam mulai wajib diisi untuk hari kerja dipersingkat.");
        assertRefused(
                addHours()
                        .param("kind", "SHORTENED")
                        .param("startsOn", "2026-02-25")
                        .param("opens", "12:00")
                        .param("closes", "08:00")
                        .param("reason", "x"),
                "Jam selesai harus setelah jam mulai.");
        assertRefused(
                addHours()
                        .param("kind", "RAMADAN")
                        .param("startsOn", "2026-03-20")
                        .param("endsOn", "2026-02-18")
                        .param("reason", "Ramadan"),
                "Tanggal selesai tidak boleh sebelum tanggal mulai.");
        assertRefused(
                addHours()
                        .param("kind", "RAMADAN")
                        .param("startsOn", "2026-02-18")
                        .param("endsOn", "2026-03-19"),
                "Alasan jam kerja khusus wajib diisi.");
        assertThat(calendar.officeHours(office)).isEmpty();

        mvc.perform(addHours()
                        .param("kind", "RAMADAN")
                        .param("startsOn", "2026-02-18")
                        .param("endsOn", "2026-03-19")
                        .param("reason", "Ramadan 1447 H"))
                .andExpect(redirectedUrl("/admin/offices/" + office + "/kalender"));
        assertRefused(
                addHours()
                        .param("kind", "SHORTENED")
                        .param("startsOn", "2026-03-19")
                        .param("opens", "07:30")
                        .param("closes", "11:00")
                        .param("reason", "Pulang cepat"),
                "sudah memiliki jam kerja khusus pada hari antara 2026-03-19 dan 2026-03-19");
        assertThat(calendar.officeHours(office)).hasSize(1);
    }

    @Test
    void anOfficeThatDoesNotExistHasNoCalendarPage() throws Exception {
        mvc.perform(get("/admin/offices/tidak-ada-" + office + "/kalender")
                        .with(user(OfficeZoneIntegrationTests.SYSTEM_ADMIN)))
                .andExpect(status().isNotFound());
    }

    void assertRefused(MockHttpServletRequestBuilder request, String message) throws Exception {
        String page = mvc.perform(request)
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(message);
    }
}
