package id.alur.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A holiday changed in place on the page moves the due time of a step started after the change; a bad field is 422
 * naming it and changes nothing. The calendar API does the same with the system administrator's token (list, add,
 * change, remove holidays) and the office administrator's (the office's exceptions; another office's is 404).
 */
@SpringBootTest
@AutoConfigureMockMvc
class HolidayEditAndCalendarApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    OfficeService offices;

    @Test
    void aHolidayChangedInPlaceMovesTheDueTimeOfAStepStartedAfterIt() throws Exception {
        int year = CalendarAdminIntegrationTests.freshYear();
        String office = "cal-edit-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate monday = LocalDate.of(year, 6, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        Instant start = at(monday);
        var holiday = calendar.addHoliday(monday.plusDays(1), "Hari Uji Ubah", HolidayKind.NATIONAL, "SKB uji");
        calendar.addHoliday(monday.plusDays(3), "Hari Lain", HolidayKind.NATIONAL, "SKB uji");
        // Tuesday is a holiday: 1 hari from Monday 10:00 is Wednesday 10:00.
        assertThat(calendar.dueAt(office, start, 1, ChronoUnit.DAYS, TimeBasis.WORKING))
                .isEqualTo(at(monday.plusDays(2)));

        String form = mvc.perform(get("/admin/kalender")
                        .param("tahun", String.valueOf(year))
                        .param("ubah", String.valueOf(holiday.id().value()))
                        .with(user(CalendarAdminIntegrationTests.ADMIN)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form)
                .contains("action=\"/admin/kalender/libur/" + holiday.id().value() + "\"")
                .contains("value=\"Hari Uji Ubah\"");

        // A name already on that date, or an empty one: 422 naming the field, nothing changed.
        var duplicate = edit(holiday.id(), monday.plusDays(3), "Hari Lain");
        assertThat(duplicate.getStatus()).isEqualTo(422);
        assertThat(duplicate.getContentAsString()).contains("Hari Lain");
        assertThat(edit(holiday.id(), monday.plusDays(2), " ").getStatus()).isEqualTo(422);
        assertThat(calendar.holidays(year)).extracting(HolidayView::name).contains("Hari Uji Ubah");

        // Moved to Wednesday: from Monday 10:00, 1 hari is Tuesday 10:00 again; from Tuesday, Thursday.
        var moved = edit(holiday.id(), monday.plusDays(2), "Hari Uji Dipindah");
        assertThat(moved.getStatus()).isEqualTo(302);
        assertThat(moved.getRedirectedUrl()).isEqualTo("/admin/kalender?tahun=" + year);
        assertThat(calendar.dueAt(office, start, 1, ChronoUnit.DAYS, TimeBasis.WORKING))
                .isEqualTo(at(monday.plusDays(1)));
        assertThat(calendar.dueAt(office, at(monday.plusDays(1)), 1, ChronoUnit.DAYS, TimeBasis.WORKING))
                .isEqualTo(at(monday.plusDays(4)));
        assertThat(calendar.holidays(year))
                .filteredOn(h -> h.id().equals(holiday.id()))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.name()).isEqualTo("Hari Uji Dipindah");
                    assertThat(h.date()).isEqualTo(monday.plusDays(2));
                });
    }

    @Test
    void theApiListsAddsChangesAndRemovesHolidaysWithTheSystemAdministratorsToken() throws Exception {
        var data = new OfficeTestData(offices);
        String admin = "Bearer "
                + offices.issueApiToken(data.systemAdmin(), "kalender").token();
        String officeAdmin = "Bearer "
                + offices.issueApiToken(data.officeAdmin(data.office()), "kalender")
                        .token();
        int year = CalendarAdminIntegrationTests.freshYear();
        LocalDate day = LocalDate.of(year, 6, 2);

        var added = send(post("/api/calendar/holidays"), admin, holiday(day, "Hari API", "NATIONAL"));
        assertThat(added.getStatus()).as(added.getContentAsString()).isEqualTo(201);
        long id = calendar.holidays(year).getFirst().id().value();
        assertThat(added.getContentAsString()).contains("\"id\":" + id).contains("\"name\":\"Hari API\"");
        assertThat(send(post("/api/calendar/holidays"), officeAdmin, holiday(day, "Hari Kantor", "NATIONAL"))
                        .getStatus())
                .isEqualTo(403);

        var duplicate = send(post("/api/calendar/holidays"), admin, holiday(day, "Hari API", "NATIONAL"));
        assertThat(duplicate.getStatus()).isEqualTo(422);
        assertThat(duplicate.getContentAsString()).contains("\"field\":\"name\"");
        var noKind = send(put("/api/calendar/holidays/" + id), admin, "{\"date\":\"" + day + "\",\"name\":\"X\"}");
        assertThat(noKind.getStatus()).isEqualTo(422);
        assertThat(noKind.getContentAsString()).contains("\"field\":\"kind\"");

        var changed =
                send(put("/api/calendar/holidays/" + id), admin, holiday(day.plusDays(1), "Cuti API", "CUTI_BERSAMA"));
        assertThat(changed.getStatus()).as(changed.getContentAsString()).isEqualTo(200);
        var listed = send(get("/api/calendar/holidays").param("year", String.valueOf(year)), admin, null);
        assertThat(listed.getContentAsString())
                .contains("\"date\":\"" + day.plusDays(1) + "\"")
                .contains("\"kind\":\"CUTI_BERSAMA\"")
                .doesNotContain("Hari API");

        assertThat(send(delete("/api/calendar/holidays/" + id), admin, null).getStatus())
                .isEqualTo(204);
        assertThat(send(delete("/api/calendar/holidays/" + id), admin, null).getStatus())
                .isEqualTo(404);
        assertThat(calendar.holidays(year)).isEmpty();
    }

    @Test
    void theApiKeepsAnOfficesExceptionsForItsAdministratorAndAnswers404ToAnotherOffices() throws Exception {
        var data = new OfficeTestData(offices);
        String office = data.office();
        String own = "Bearer "
                + offices.issueApiToken(data.officeAdmin(office), "kalender").token();
        String other = "Bearer "
                + offices.issueApiToken(data.officeAdmin(data.office()), "kalender")
                        .token();
        String url = "/api/offices/" + office + "/calendar/exceptions";
        LocalDate day = LocalDate.of(CalendarAdminIntegrationTests.freshYear(), 8, 20);

        var missing = send(post(url), own, "{\"date\":\"" + day + "\",\"reason\":\"Hari jadi kabupaten\"}");
        assertThat(missing.getStatus()).isEqualTo(422);
        assertThat(missing.getContentAsString()).contains("\"field\":\"kind\"");
        var added = send(
                post(url), own, "{\"date\":\"" + day + "\",\"kind\":\"CLOSED\",\"reason\":\"Hari jadi kabupaten\"}");
        assertThat(added.getStatus()).as(added.getContentAsString()).isEqualTo(201);
        assertThat(calendar.isWorkingDay(office, day)).isFalse();
        assertThat(send(get(url), own, null).getContentAsString()).contains("Hari jadi kabupaten");

        assertThat(send(get(url), other, null).getStatus()).isEqualTo(404);
        assertThat(send(delete(url + "/" + day), other, null).getStatus()).isEqualTo(404);
        assertThat(send(delete(url + "/" + day), own, null).getStatus()).isEqualTo(204);
        assertThat(calendar.officeExceptions(office)).isEmpty();
    }

    private MockHttpServletResponse edit(HolidayId id, LocalDate date, String name) throws Exception {
        return mvc.perform(post("/admin/kalender/libur/" + id.value())
                        .param("date", date.toString())
                        .param("name", name)
                        .param("kind", "NATIONAL")
                        .param("source", "SKB uji")
                        .with(user(CalendarAdminIntegrationTests.ADMIN))
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String token, String json)
            throws Exception {
        request.header("Authorization", token);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String holiday(LocalDate date, String name, String kind) {
        return "{\"date\":\"%s\",\"name\":\"%s\",\"kind\":\"%s\",\"source\":\"SKB uji\"}".formatted(date, name, kind);
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(WorkingCalendar.DEFAULT_ZONE).toInstant();
    }
}
