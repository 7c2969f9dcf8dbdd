package id.alur.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.alur.platform.AuditQuery;
import id.alur.platform.AuditRecord;
import id.alur.platform.AuditTrail;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 14 item 4: the system administrator's changes to the national holidays on {@code /admin/kalender} (add,
 * change in place, the year's decree, remove) are on the audit trail, with no office since they bind every office; a
 * refused change leaves no record.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NationalHolidaysAuditIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    AuditTrail audit;

    @Test
    void addingChangingAndRemovingAHolidayAreRecordedAboutIt() throws Exception {
        int year = CalendarAdminIntegrationTests.freshYear();
        String name = "Hari Uji Audit " + UUID.randomUUID().toString().substring(0, 6);
        assertThat(status(post("/admin/kalender/libur")
                        .param("date", year + "-05-04")
                        .param("name", " ")
                        .param("kind", "NATIONAL")
                        .param("source", "SKB uji")))
                .isEqualTo(422);
        assertThat(calendar.holidays(year)).isEmpty();
        assertThat(status(post("/admin/kalender/libur")
                        .param("date", year + "-05-04")
                        .param("name", name)
                        .param("kind", "NATIONAL")
                        .param("source", "SKB uji")))
                .isEqualTo(302);
        HolidayView holiday = calendar.holidays(year).getFirst();
        long id = holiday.id().value();
        assertThat(status(post("/admin/kalender/libur/" + id)
                        .param("date", year + "-05-05")
                        .param("name", name)
                        .param("kind", "NATIONAL")
                        .param("source", "SKB uji")))
                .isEqualTo(302);
        assertThat(status(post("/admin/kalender/libur/" + id + "/hapus").param("tahun", String.valueOf(year))))
                .isEqualTo(302);

        assertThat(calendar.holidays(year)).isEmpty();
        assertThat(audit.find(AuditQuery.about("calendar", String.valueOf(id), 10)))
                .extracting(AuditRecord::actor, AuditRecord::action, AuditRecord::officeCode, AuditRecord::detail)
                .containsExactly(
                        tuple("admin", "calendar.holiday-removed", null, null),
                        tuple("admin", "calendar.holiday-updated", null, LocalDate.of(year, 5, 5) + " " + name),
                        tuple("admin", "calendar.holiday-added", null, LocalDate.of(year, 5, 4) + " " + name));
    }

    @Test
    void theYearsDecreeIsRecordedAboutTheYear() throws Exception {
        int year = CalendarAdminIntegrationTests.freshYear();
        String decree = "SKB 3 Menteri uji " + UUID.randomUUID().toString().substring(0, 6);

        assertThat(status(post("/admin/kalender/tahun")
                        .param("tahun", String.valueOf(year))
                        .param("source", decree)
                        .param("provisional", "true")))
                .isEqualTo(302);

        assertThat(audit.find(AuditQuery.about("calendar", String.valueOf(year), 10)))
                .filteredOn(r -> r.detail() != null && r.detail().contains(decree))
                .extracting(AuditRecord::actor, AuditRecord::action, AuditRecord::officeCode, AuditRecord::detail)
                .containsExactly(tuple("admin", "calendar.holiday-year-set", null, "provisional, " + decree));
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(
                        request.with(user(CalendarAdminIntegrationTests.ADMIN)).with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();
    }
}
