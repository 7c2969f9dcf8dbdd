package id.alur.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.platform.AlurUser;
import id.alur.platform.AuditQuery;
import id.alur.platform.AuditRecord;
import id.alur.platform.AuditTrail;
import id.alur.platform.Role;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An office's calendar page: its administrator closes a day and sets the zone, and steps started after it are due
 * accordingly; another office's administrator does not find the page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OfficeCalendarAdminIntegrationTests {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    AuditTrail audit;

    /** Seed 003's office and its administrator (the layout loads the signed-in officer, so a real one). */
    static final String KALTARA = "dinsos-kaltara";

    static AlurUser officeAdmin(String office) {
        String username = office.equals(KALTARA) ? "kaltara.admin" : "rembang.admin";
        return new AlurUser(username, null, "Admin Kantor", true, office, "Kantor", WITA, Set.of(Role.OFFICE_ADMIN));
    }

    /** Issue 14 item 4: a change of an office's calendar moves due times, so it is an admin action on record. */
    @Test
    void aDayClosedAndOpenedAgainIsOnTheAuditTrailUnderTheOffice() throws Exception {
        String office = KALTARA;
        LocalDate day = LocalDate.of(CalendarAdminIntegrationTests.freshYear(), 7, 14);
        mvc.perform(post("/admin/offices/" + office + "/kalender/pengecualian")
                        .param("date", day.toString())
                        .param("kind", "CLOSED")
                        .param("reason", "Banjir")
                        .with(user(officeAdmin(office)))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/offices/" + office + "/kalender"));
        mvc.perform(post("/admin/offices/" + office + "/kalender/pengecualian/" + day + "/hapus")
                        .with(user(officeAdmin(office)))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/offices/" + office + "/kalender"));

        assertThat(audit.find(
                        AuditQuery.about("calendar", office + "/" + day, 10).inOffices(java.util.List.of(office))))
                .extracting(AuditRecord::actor, AuditRecord::action, AuditRecord::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("kaltara.admin", "calendar.exception-removed", null),
                        org.assertj.core.groups.Tuple.tuple(
                                "kaltara.admin", "calendar.exception-added", "CLOSED Banjir"));
    }

    @Test
    void aClosedDayAndAZoneSetOnThePageMoveTheDueTimeOfAStepStartedAfterThem() throws Exception {
        String office = KALTARA;
        int year = CalendarAdminIntegrationTests.freshYear();
        LocalDate monday = LocalDate.of(year, 6, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));

        mvc.perform(post("/admin/offices/" + office + "/kalender/zona")
                        .param("zone", "Asia/Makassar")
                        .with(user(officeAdmin(office)))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/offices/" + office + "/kalender"));
        mvc.perform(post("/admin/offices/" + office + "/kalender/pengecualian")
                        .param("date", monday.plusDays(1).toString())
                        .param("kind", "CLOSED")
                        .param("reason", "Hari jadi kabupaten")
                        .with(user(officeAdmin(office)))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/offices/" + office + "/kalender"));

        var start = monday.atTime(10, 0).atZone(WITA).toInstant();
        assertThat(calendar.dueAt(office, start, 1, ChronoUnit.DAYS, TimeBasis.WORKING))
                .isEqualTo(monday.plusDays(2).atTime(10, 0).atZone(WITA).toInstant());
        String page = mvc.perform(get("/admin/offices/" + office + "/kalender").with(user(officeAdmin(office))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Hari jadi kabupaten", "Kantor tutup", "WITA (Waktu Indonesia Tengah)");
    }

    @Test
    void anExceptionWithoutReasonIsRefusedAndAnotherOfficesAdministratorFindsNothing() throws Exception {
        String office = KALTARA;
        String date = CalendarAdminIntegrationTests.freshYear() + "-06-02";
        String page = mvc.perform(post("/admin/offices/" + office + "/kalender/pengecualian")
                        .param("date", date)
                        .param("kind", "CLOSED")
                        .param("reason", "")
                        .with(user(officeAdmin(office)))
                        .with(csrf()))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Alasan pengecualian wajib diisi.");
        assertThat(calendar.officeExceptions(office))
                .extracting(e -> e.date().toString())
                .doesNotContain(date);

        mvc.perform(get("/admin/offices/" + office + "/kalender").with(user(officeAdmin("dinsosppkb-rembang"))))
                .andExpect(status().isNotFound());
    }
}
