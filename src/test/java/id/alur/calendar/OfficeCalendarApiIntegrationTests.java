package id.alur.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.platform.AuditQuery;
import id.alur.platform.AuditRecord;
import id.alur.platform.AuditTrail;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The office's own calendar through the API (issue 15): its administrator's token reads and sets the time zone, keeps
 * the periods of other working hours and changes an exception in place; a bad field is a problem naming it in the
 * caller's language and changes nothing; every change is on the audit trail; another office's administrator gets 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OfficeCalendarApiIntegrationTests {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    OfficeService offices;

    @Autowired
    AuditTrail audit;

    @Test
    void theOfficeAdministratorSetsTheZoneAndARefusedZoneIsNamedInTheCallersLanguage() throws Exception {
        var data = new OfficeTestData(offices);
        String office = data.office();
        String own = token(data.officeAdmin(office));
        String other = token(data.officeAdmin(data.office()));
        String url = "/api/offices/" + office + "/calendar/zone";

        assertThat(send(get(url), own, null).getContentAsString()).isEqualTo("{\"zone\":\"Asia/Jakarta\"}");

        var indonesian = send(put(url).header("Accept-Language", "id"), own, "{\"zone\":\"Europe/Berlin\"}");
        assertThat(indonesian.getStatus()).isEqualTo(422);
        assertThat(indonesian.getContentType()).startsWith("application/problem+json");
        assertThat(indonesian.getContentAsString(StandardCharsets.UTF_8))
                .contains("\"field\":\"zone\"")
                .contains("Zona waktu Europe/Berlin bukan zona waktu Indonesia");
        var english = send(put(url).header("Accept-Language", "en"), own, "{}");
        assertThat(english.getStatus()).isEqualTo(422);
        assertThat(english.getContentAsString(StandardCharsets.UTF_8)).contains("\"field\":\"zone\"");
        assertThat(english.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("wajib");
        assertThat(calendar.zoneOf(office)).isEqualTo(WorkingCalendar.DEFAULT_ZONE);

        assertThat(send(put(url), other, "{\"zone\":\"Asia/Makassar\"}").getStatus())
                .isEqualTo(404);
        var set = send(put(url), own, "{\"zone\":\"Asia/Makassar\"}");
        assertThat(set.getStatus()).as(set.getContentAsString()).isEqualTo(200);
        assertThat(calendar.zoneOf(office)).isEqualTo(WITA);
        assertThat(audit.find(AuditQuery.about("calendar", office, 10).inOffices(List.of(office))))
                .extracting(AuditRecord::action, AuditRecord::detail)
                .first()
                .isEqualTo(org.assertj.core.groups.Tuple.tuple("calendar.zone-set", "Asia/Makassar"));
    }

    @Test
    void periodsOfOtherHoursAreAddedChangedInPlaceAndRemovedAndTimeStepsStartedAfterwards() throws Exception {
        var data = new OfficeTestData(offices);
        String office = data.office();
        String own = token(data.officeAdmin(office));
        String other = token(data.officeAdmin(data.office()));
        String url = "/api/offices/" + office + "/calendar/hours";
        int year = CalendarAdminIntegrationTests.freshYear();
        LocalDate monday = LocalDate.of(year, 6, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        var start = monday.atTime(10, 30).atZone(WorkingCalendar.DEFAULT_ZONE).toInstant();

        var added = send(post(url), own, shortened(monday, monday, "07:30", "11:00", "Rapat kerja"));
        assertThat(added.getStatus()).as(added.getContentAsString()).isEqualTo(201);
        long id = calendar.officeHours(office).getFirst().id();
        // Monday closes at 11:00: 60 working minutes from 10:30 are due Tuesday 08:00.
        assertThat(calendar.dueAt(office, start, 60, ChronoUnit.MINUTES, TimeBasis.WORKING))
                .isEqualTo(monday.plusDays(1)
                        .atTime(8, 0)
                        .atZone(WorkingCalendar.DEFAULT_ZONE)
                        .toInstant());
        send(post(url), own, shortened(monday.plusDays(7), monday.plusDays(7), "07:30", "11:00", "Rapat lain"));

        // Changed in place to close at 11:15: due Tuesday 07:45.
        var changed = send(put(url + "/" + id), own, shortened(monday, monday, "07:30", "11:15", "Rapat kerja"));
        assertThat(changed.getStatus()).as(changed.getContentAsString()).isEqualTo(200);
        assertThat(changed.getContentAsString()).contains("\"id\":" + id);
        assertThat(calendar.dueAt(office, start, 60, ChronoUnit.MINUTES, TimeBasis.WORKING))
                .isEqualTo(monday.plusDays(1)
                        .atTime(7, 45)
                        .atZone(WorkingCalendar.DEFAULT_ZONE)
                        .toInstant());

        // Refused edits leave the period as it was: over the other period, times in the wrong order, another office.
        var overlap =
                send(put(url + "/" + id), own, shortened(monday, monday.plusDays(7), "07:30", "11:15", "Rapat kerja"));
        assertThat(overlap.getStatus()).isEqualTo(422);
        assertThat(overlap.getContentAsString()).contains("\"field\":\"startsOn\"");
        var disordered = send(put(url + "/" + id), own, shortened(monday, monday, "12:00", "07:30", "Rapat kerja"));
        assertThat(disordered.getStatus()).isEqualTo(422);
        assertThat(disordered.getContentAsString()).contains("\"field\":\"closes\"");
        assertThat(send(put(url + "/" + id), other, shortened(monday, monday, "07:30", "09:00", "x"))
                        .getStatus())
                .isEqualTo(404);
        assertThat(send(put(url + "/" + (id + 100_000)), own, shortened(monday, monday, "07:30", "09:00", "x"))
                        .getStatus())
                .isEqualTo(404);
        assertThat(calendar.officeHours(office))
                .filteredOn(h -> h.id() == id)
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.closes()).isEqualTo(LocalTime.of(11, 15));
                    assertThat(h.endsOn()).isEqualTo(monday);
                });
        assertThat(send(get(url), own, null).getContentAsString()).contains("Rapat kerja", "Rapat lain");

        // Removed: the regular hours (to 12:00) again, due Monday 11:30.
        assertThat(send(delete(url + "/" + id), own, null).getStatus()).isEqualTo(204);
        assertThat(calendar.dueAt(office, start, 60, ChronoUnit.MINUTES, TimeBasis.WORKING))
                .isEqualTo(monday.atTime(11, 30)
                        .atZone(WorkingCalendar.DEFAULT_ZONE)
                        .toInstant());
        assertThat(audit.find(
                        AuditQuery.about("calendar", String.valueOf(id), 10).inOffices(List.of(office))))
                .extracting(AuditRecord::action)
                .containsExactly("calendar.hours-removed", "calendar.hours-updated", "calendar.hours-added");
    }

    @Test
    void anExceptionIsChangedInPlaceAndAChangeOntoAnotherExceptionsDayIsRefused() throws Exception {
        var data = new OfficeTestData(offices);
        String office = data.office();
        String own = token(data.officeAdmin(office));
        String url = "/api/offices/" + office + "/calendar/exceptions";
        int year = CalendarAdminIntegrationTests.freshYear();
        LocalDate monday = LocalDate.of(year, 6, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        var start = monday.atTime(10, 0).atZone(WorkingCalendar.DEFAULT_ZONE).toInstant();
        calendar.addOfficeException(office, monday.plusDays(1), OfficeExceptionKind.CLOSED, "Hari jadi");
        calendar.addOfficeException(office, monday.plusDays(3), OfficeExceptionKind.CLOSED, "Banjir");

        var onto = send(put(url + "/" + monday.plusDays(1)), own, exception(monday.plusDays(3), "CLOSED", "Hari jadi"));
        assertThat(onto.getStatus()).isEqualTo(422);
        assertThat(onto.getContentAsString()).contains("\"field\":\"date\"");
        var noReason = send(put(url + "/" + monday.plusDays(1)), own, exception(monday.plusDays(2), "CLOSED", " "));
        assertThat(noReason.getStatus()).isEqualTo(422);
        assertThat(noReason.getContentAsString()).contains("\"field\":\"reason\"");
        assertThat(send(put(url + "/" + monday.plusDays(4)), own, exception(monday.plusDays(4), "CLOSED", "x"))
                        .getStatus())
                .isEqualTo(404);
        assertThat(calendar.officeExceptions(office))
                .extracting(OfficeExceptionView::date)
                .containsExactly(monday.plusDays(1), monday.plusDays(3));

        // The closed Tuesday moved to Wednesday: 1 hari from Monday 10:00 is Tuesday 10:00 again.
        var moved = send(
                put(url + "/" + monday.plusDays(1)),
                own,
                exception(monday.plusDays(2), "CLOSED", "Hari jadi (diundur)"));
        assertThat(moved.getStatus()).as(moved.getContentAsString()).isEqualTo(200);
        assertThat(calendar.dueAt(office, start, 1, ChronoUnit.DAYS, TimeBasis.WORKING))
                .isEqualTo(start.plus(1, ChronoUnit.DAYS));
        assertThat(calendar.isWorkingDay(office, monday.plusDays(2))).isFalse();
        assertThat(audit.find(AuditQuery.about("calendar", office + "/" + monday.plusDays(1), 10)
                        .inOffices(List.of(office))))
                .extracting(AuditRecord::action, AuditRecord::detail)
                .first()
                .isEqualTo(org.assertj.core.groups.Tuple.tuple(
                        "calendar.exception-updated", "-> " + monday.plusDays(2) + " CLOSED Hari jadi (diundur)"));
    }

    /**
     * Issue 15 follow-up: a time that is no time was an unreadable body (400, no field); it is a 422 naming each such
     * field, in the caller's language, and nothing is written.
     */
    @Test
    void aMalformedTimeIsA422NamingItsFieldAndNothingIsWritten() throws Exception {
        var data = new OfficeTestData(offices);
        String office = data.office();
        String own = token(data.officeAdmin(office));
        String url = "/api/offices/" + office + "/calendar/hours";
        LocalDate monday = LocalDate.of(CalendarAdminIntegrationTests.freshYear(), 6, 1)
                .with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));

        var refused = send(post(url), own, shortened(monday, monday, "8.00", "25:00", "Rapat kerja"));

        assertThat(refused.getStatus()).as(refused.getContentAsString()).isEqualTo(422);
        var problem = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(problem.at("/errors").valueStream().map(e -> e.at("/field").asString()))
                .containsExactly("opens", "closes");
        assertThat(problem.at("/errors/0/message").asString())
                .isEqualTo("\"8.00\" bukan jam: tulis jam dan menit dengan titik dua, misalnya 07:30.");
        assertThat(calendar.officeHours(office)).isEmpty();

        var added = send(post(url), own, shortened(monday, monday, "07:30", "11:00", "Rapat kerja"));
        assertThat(added.getStatus()).as(added.getContentAsString()).isEqualTo(201);
        long id = calendar.officeHours(office).getFirst().id();
        var changed = send(put(url + "/" + id), own, shortened(monday, monday, "07:30", "11:75", "Rapat kerja"));
        assertThat(changed.getStatus()).isEqualTo(422);
        assertThat(changed.getContentAsString()).contains("\"field\":\"closes\"");
        assertThat(calendar.officeHours(office).getFirst().closes()).isEqualTo(java.time.LocalTime.of(11, 0));
    }

    @Test
    void theOpenApiDocumentDescribesTheOfficesZoneHoursAndExceptionRoutes() throws Exception {
        String document =
                mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();

        assertThat(document)
                .contains(
                        "\"/api/offices/{office}/calendar/zone\"",
                        "\"/api/offices/{office}/calendar/hours\"",
                        "\"/api/offices/{office}/calendar/hours/{id}\"",
                        "\"/api/offices/{office}/calendar/exceptions/{date}\"",
                        "Sets the office's time zone: WIB, WITA or WIT",
                        "Changes a period of other working hours in place");
    }

    private String token(String username) {
        return "Bearer " + offices.issueApiToken(username, "kalender").token();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String token, String json)
            throws Exception {
        request.header("Authorization", token);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String shortened(LocalDate from, LocalDate to, String opens, String closes, String reason) {
        return """
                {"startsOn":"%s","endsOn":"%s","kind":"SHORTENED","opens":"%s","closes":"%s","reason":"%s"}""".formatted(from, to, opens, closes, reason);
    }

    private static String exception(LocalDate date, String kind, String reason) {
        return "{\"date\":\"%s\",\"kind\":\"%s\",\"reason\":\"%s\"}".formatted(date, kind, reason);
    }
}
