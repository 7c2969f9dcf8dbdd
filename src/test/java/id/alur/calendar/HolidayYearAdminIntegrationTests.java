package id.alur.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The year's decree (SKB number) and provisional flag, kept on the national calendar page (issue 15 item 1). */
@SpringBootTest
@AutoConfigureMockMvc
class HolidayYearAdminIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkingCalendar calendar;

    @Test
    void theSystemAdministratorRecordsAYearsDecreeAndMarksItProvisional() throws Exception {
        int year = CalendarAdminIntegrationTests.freshYear();
        mvc.perform(post("/admin/kalender/tahun")
                        .param("tahun", Integer.toString(year))
                        .param("source", "SKB Nomor 1 Tahun " + (year - 1))
                        .param("provisional", "true")
                        .with(user(OfficeZoneIntegrationTests.SYSTEM_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/kalender?tahun=" + year));

        assertThat(calendar.holidayYears())
                .contains(new HolidayYearView(year, "SKB Nomor 1 Tahun " + (year - 1), true));
        String page = mvc.perform(get("/admin/kalender")
                        .param("tahun", Integer.toString(year))
                        .with(user(OfficeZoneIntegrationTests.SYSTEM_ADMIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("SKB Nomor 1 Tahun " + (year - 1), "Sementara: belum diverifikasi");

        mvc.perform(post("/admin/kalender/tahun")
                        .param("tahun", Integer.toString(year))
                        .param("source", "SKB Nomor 1 Tahun " + (year - 1))
                        .with(user(OfficeZoneIntegrationTests.SYSTEM_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/kalender?tahun=" + year));
        assertThat(calendar.holidayYears())
                .contains(new HolidayYearView(year, "SKB Nomor 1 Tahun " + (year - 1), false));
    }

    @Test
    void aYearWithoutItsDecreeIsRefusedWith422AndNothingIsWritten() throws Exception {
        int year = CalendarAdminIntegrationTests.freshYear();
        String page = mvc.perform(post("/admin/kalender/tahun")
                        .param("tahun", Integer.toString(year))
                        .param("source", " ")
                        .with(user(OfficeZoneIntegrationTests.SYSTEM_ADMIN))
                        .with(csrf()))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"year-source-error\"", "nomor SKB 3 Menteri) wajib diisi.");
        assertThat(calendar.holidayYears()).noneMatch(y -> y.year() == year);
    }
}
