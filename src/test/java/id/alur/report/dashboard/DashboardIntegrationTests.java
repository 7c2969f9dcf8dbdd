package id.alur.report.dashboard;

import static id.alur.report.RembangCases.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.office.OfficeTestData;
import id.alur.platform.AlurUser;
import id.alur.report.RembangCases;
import id.alur.workflow.CaseId;
import id.alur.workflow.MonthFigures;
import id.alur.workflow.OpenSteps;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The head's dashboard on hand-made cases of seed 000 (Asia/Jakarta; activities 1–4 have a Mutu Baku of 5 minutes, 5
 * none). Finished: F in February 2027 (4, 6, 5, 5, 1 minutes: 21), A (2, 4, 5, 1, 3: 15) and B (10, 20, 5, 5, 2: 42)
 * in March. Running: D, whose step 1 took 3 minutes and whose step 2 is open since 3 March 08:03, and E, whose step 1
 * is open since 31 March 10:00.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardIntegrationTests {

    static final YearMonth MARCH = YearMonth.of(2027, 3);

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    Dashboard dashboard;

    String office;
    OfficeTestData data;

    @BeforeEach
    void cases() {
        var cases = RembangCases.publish(context);
        data = cases.data();
        office = cases.office();
        cases.run("2027-02-01T08:00", "2027-02-01T08:04", 6, 5, 5, 1);
        cases.run("2027-03-01T08:00", "2027-03-01T08:02", 4, 5, 1, 3);
        cases.run("2027-03-02T08:00", "2027-03-02T08:10", 20, 5, 5, 2);
        CaseId d = cases.start("2027-03-03T08:00");
        cases.closeStep(d, at("2027-03-03T08:03"));
        cases.start("2027-03-31T10:00");
    }

    @Test
    void countsTheOpenStepsAndThoseLateAtThatMoment() {
        var figures = dashboard.of(office, MARCH, at("2027-03-31T10:02"), Locale.ROOT);

        assertThat(figures.open())
                .extracting(OpenSteps::activityNumber, OpenSteps::open, OpenSteps::overdue)
                .containsExactly(tuple(1, 1L, 0L), tuple(2, 1L, 1L));
        assertThat(figures.openTotal()).isEqualTo(2);
        assertThat(figures.overdueTotal()).isEqualTo(1);
    }

    @Test
    void comparesTheMonthWithTheOneBeforeAndTrendsTwelveMonths() {
        var figures = dashboard.of(office, MARCH, at("2027-03-31T10:02"), Locale.ROOT);

        assertThat(figures.thisMonth().finished()).isEqualTo(2);
        assertThat(figures.thisMonth().medianOfficeSeconds()).isEqualTo(28.5 * 60);
        assertThat(figures.lastMonth().finished()).isEqualTo(1);
        assertThat(figures.lastMonth().medianOfficeSeconds()).isEqualTo(21 * 60.0);
        assertThat(figures.trend()).hasSize(12);
        assertThat(figures.trend().getFirst().month()).isEqualTo(YearMonth.of(2026, 4));
        assertThat(figures.trend())
                .filteredOn(m -> m.finished() > 0)
                .extracting(MonthFigures::month, MonthFigures::finished)
                .containsExactly(tuple(YearMonth.of(2027, 2), 1L), tuple(MARCH, 2L));
        // A ended 15 minutes after it started, B 42: the median of the calendar days is their mean
        assertThat(figures.thisMonth().medianDays()).isCloseTo((15 + 42) / 2.0 / (24 * 60), within());
    }

    @Test
    void ranksTheOfficesStepsByTheirMedianAgainstTheStandard() {
        var figures = dashboard.of(office, MARCH, at("2027-03-31T10:02"), Locale.ROOT);

        assertThat(figures.slowestPeriod().from()).isEqualTo(LocalDate.of(2027, 1, 1));
        // activity 2: 6, 4, 20 → 6 of 5 (1.2); 3: 5, 5, 5 → 5 (1.0); 4: 5, 1, 5 → 5 (1.0); 1: 4, 2, 10, 3 → 3.5 (0.7)
        assertThat(figures.slowest())
                .extracting(Dashboard.SlowStep::activityNumber, Dashboard.SlowStep::medianSeconds)
                .containsExactly(tuple(2, 360.0), tuple(3, 300.0), tuple(4, 300.0), tuple(1, 210.0));
        assertThat(figures.slowest().getFirst().ratio()).isEqualTo(1.2);
    }

    @Test
    void showsEachChartWithItsTable() throws Exception {
        String page =
                page(data.user(office, OfficeTestData.KEPALA), "/laporan/" + office + "/dasbor?bulan=2027-03", 200);

        assertThat(page)
                .contains("Dasbor Pimpinan")
                .contains("data-chart=\"open\"", "data-chart=\"finished\"", "data-chart=\"trend\"")
                .contains("data-chart=\"slowest\"", "<rect", "id=\"open-table\"", "id=\"trend-table\"")
                .contains("id=\"slowest-table\"", "id=\"finished-table\"")
                .contains("<p class=\"display-6 mb-0\" id=\"open-total\">2</p>")
                .contains("<p class=\"display-6 mb-0\" id=\"finished-this-month\">2</p>")
                .containsAnyOf("28,5", "28.5");
    }

    @Test
    void isLinkedFromTheMenuAndTheHeadsHome() throws Exception {
        String head = data.user(office, OfficeTestData.KEPALA);
        assertThat(page(head, "/laporan", 200)).contains("/laporan/" + office + "/dasbor");
        assertThat(page(head, "/", 200)).contains("id=\"home-dashboard\"", "/laporan/" + office + "/dasbor");
    }

    @Test
    void isForTheHeadAndAdministratorsAndRefusesABadMonthNamingIt() throws Exception {
        page(data.officeAdmin(office), "/laporan/" + office + "/dasbor", 200);
        page(data.user(office, OfficeTestData.KABID), "/laporan/" + office + "/dasbor", 403);
        assertThat(page(data.officeAdmin(office), "/laporan/" + office + "/dasbor?bulan=03-2027", 422))
                .contains("03-2027");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }

    private String page(String username, String url, int status) throws Exception {
        AlurUser signedIn = data.signedIn(userDetails, username);
        return mvc.perform(get(url).with(user(signedIn)).locale(Locale.forLanguageTag("id")))
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
