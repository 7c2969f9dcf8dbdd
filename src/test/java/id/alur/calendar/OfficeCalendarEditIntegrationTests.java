package id.alur.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.platform.AlurUser;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An office's exception and a period of other hours changed in place on the office's calendar page (issue 15): the
 * change moves the due time of a step started after it, as adding and removing do; a refused change answers 422 with
 * the form still editing and leaves the data as it was; an exception or period the office does not have is 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OfficeCalendarEditIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    OfficeService offices;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void aClosedDayMovedOnThePageMovesTheDueTimeOfAStepStartedAfterIt() throws Exception {
        var data = new OfficeTestData(offices);
        String office = data.office();
        AlurUser admin = data.signedIn(userDetails, data.officeAdmin(office));
        String page = "/admin/offices/" + office + "/kalender";
        LocalDate monday = monday();
        LocalDate tuesday = monday.plusDays(1);
        Instant start = at(monday, 10, 0);
        calendar.addOfficeException(office, tuesday, OfficeExceptionKind.CLOSED, "Hari jadi kabupaten");
        assertThat(calendar.dueAt(office, start, 1, ChronoUnit.DAYS, TimeBasis.WORKING))
                .isEqualTo(at(monday.plusDays(2), 10, 0));

        String form =
                send(get(page).param("ubah", tuesday.toString()), admin).getContentAsString(StandardCharsets.UTF_8);
        assertThat(form)
                .contains("action=\"" + page + "/pengecualian/" + tuesday + "\"")
                .contains("value=\"Hari jadi kabupaten\"")
                .contains("Ubah pengecualian");

        var refused = send(
                post(page + "/pengecualian/" + tuesday)
                        .param("date", monday.plusDays(2).toString())
                        .param("kind", "CLOSED")
                        .param("reason", " "),
                admin);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .contains("Alasan pengecualian wajib diisi.")
                .contains("action=\"" + page + "/pengecualian/" + tuesday + "\"");
        assertThat(calendar.officeExceptions(office)).singleElement().satisfies(e -> {
            assertThat(e.date()).isEqualTo(tuesday);
            assertThat(e.reason()).isEqualTo("Hari jadi kabupaten");
        });

        var moved = send(
                post(page + "/pengecualian/" + tuesday)
                        .param("date", monday.plusDays(2).toString())
                        .param("kind", "CLOSED")
                        .param("reason", "Hari jadi kabupaten (diundur)"),
                admin);
        assertThat(moved.getRedirectedUrl()).isEqualTo(page);
        // Tuesday works again, Wednesday is closed: 1 hari from Monday 10:00 is Tuesday 10:00, from Tuesday Thursday.
        assertThat(calendar.dueAt(office, start, 1, ChronoUnit.DAYS, TimeBasis.WORKING))
                .isEqualTo(at(tuesday, 10, 0));
        assertThat(calendar.dueAt(office, at(tuesday, 10, 0), 1, ChronoUnit.DAYS, TimeBasis.WORKING))
                .isEqualTo(at(monday.plusDays(3), 10, 0));

        assertThat(send(get(page).param("ubah", tuesday.toString()), admin).getStatus())
                .isEqualTo(404);
        assertThat(send(
                                post(page + "/pengecualian/" + tuesday)
                                        .param("date", tuesday.toString())
                                        .param("kind", "CLOSED")
                                        .param("reason", "Lagi"),
                                admin)
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void shortenedHoursChangedOnThePageTimeAStepStartedAfterwardsAndARefusedChangeKeepsThem() throws Exception {
        var data = new OfficeTestData(offices);
        String office = data.office();
        AlurUser admin = data.signedIn(userDetails, data.officeAdmin(office));
        String page = "/admin/offices/" + office + "/kalender";
        LocalDate monday = monday();
        Instant start = at(monday, 10, 30);
        var period = calendar.addOfficeHours(
                office,
                monday,
                null,
                OfficeHoursKind.SHORTENED,
                LocalTime.of(7, 30),
                null,
                null,
                LocalTime.of(11, 0),
                "Rapat kerja");
        // Monday closes at 11:00: 60 working minutes from 10:30 run into Tuesday.
        assertThat(calendar.dueAt(office, start, 60, ChronoUnit.MINUTES, TimeBasis.WORKING))
                .isEqualTo(at(monday.plusDays(1), 8, 0));

        String form = send(get(page).param("ubahJam", String.valueOf(period.id())), admin)
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(form)
                .contains("action=\"" + page + "/jam-kerja/" + period.id() + "\"")
                .contains("value=\"Rapat kerja\"")
                .contains("value=\"11:00\"");

        var refused = send(hours(page + "/jam-kerja/" + period.id(), monday, "", "12:00"), admin);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .contains("action=\"" + page + "/jam-kerja/" + period.id() + "\"");
        assertThat(calendar.officeHours(office))
                .singleElement()
                .satisfies(h -> assertThat(h.closes()).isEqualTo(LocalTime.of(11, 0)));

        var changed = send(hours(page + "/jam-kerja/" + period.id(), monday, "07:30", "12:00"), admin);
        assertThat(changed.getRedirectedUrl()).isEqualTo(page);
        assertThat(calendar.dueAt(office, start, 60, ChronoUnit.MINUTES, TimeBasis.WORKING))
                .isEqualTo(at(monday, 11, 30));
        assertThat(send(get(page).param("ubahJam", String.valueOf(period.id() + 100_000)), admin)
                        .getStatus())
                .isEqualTo(404);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, AlurUser as) throws Exception {
        return mvc.perform(request.with(user(as)).with(csrf())).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder hours(String url, LocalDate day, String opens, String closes) {
        return post(url)
                .param("kind", "SHORTENED")
                .param("startsOn", day.toString())
                .param("endsOn", day.toString())
                .param("opens", opens)
                .param("closes", closes)
                .param("reason", "Rapat kerja");
    }

    private static LocalDate monday() {
        return LocalDate.of(CalendarAdminIntegrationTests.freshYear(), 6, 1)
                .with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(WorkingCalendar.DEFAULT_ZONE).toInstant();
    }
}
