package id.alur.report.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.office.OfficeTestData;
import id.alur.platform.AlurUser;
import id.alur.report.RembangCases;
import id.alur.workflow.CaseId;
import id.alur.workflow.StatisticsPeriod;
import id.alur.workflow.StepFigures;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The compliance page on two hand-made cases of seed 000 in March 2027 (Asia/Jakarta): case A takes 2, 4, 5, 1, 3
 * minutes; case C starts Thursday 25 March 15:50 and its first step closes Monday 29 March 07:50 (10 + 20 working
 * minutes across the Good Friday holiday and the weekend), then 5, 5, 5, 2 minutes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ComplianceReportIntegrationTests {

    static final String MARCH = "?dari=2027-03-01&sampai=2027-03-31";

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    ComplianceReport report;

    String office;
    OfficeTestData data;
    long version;
    CaseId caseC;

    @BeforeEach
    void twoCases() {
        var cases = RembangCases.publish(context);
        data = cases.data();
        office = cases.office();
        version = cases.version();
        cases.run("2027-03-01T08:00", "2027-03-01T08:02", 4, 5, 1, 3);
        caseC = cases.run("2027-03-25T15:50", "2027-03-29T07:50", 5, 5, 5, 2);
    }

    @Test
    void showsEachStepsMedianP90AndShareAndTheWholeCasesAgainstTheTotal() throws Exception {
        String page = page(data.officeAdmin(office), "/laporan/" + office + "/kepatuhan" + MARCH, 200);

        assertThat(page).contains("Kepatuhan Mutu Baku", "Menerima permohonan dari masyarakat", "5 menit");
        // activity 1: 2 and 30 minutes: median 16, p90 2 + 0.9 × 28 = 27.2, one of two within
        assertThat(page)
                .containsAnyOf("16,0", "16.0")
                .containsAnyOf("27,2", "27.2")
                .contains("50%");
        // whole cases: 15 and 47 office minutes against 4 × 5 = 20: median 31, one of two within the total
        assertThat(page).contains("20 Menit").containsAnyOf("31,0", "31.0");
        assertThat(page)
                .contains("/laporan/" + office + "/kepatuhan/terlambat?dari=2027-03-01&amp;sampai=2027-03-31&amp;versi="
                        + version + "&amp;langkah=1");

        var figures = report.of(office, new StatisticsPeriod(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31)));
        assertThat(figures.versions()).singleElement().satisfies(v -> {
            assertThat(v.rows()).hasSize(5);
            StepFigures first = v.rows().getFirst().figures();
            assertThat(first.medianSeconds()).isEqualTo(16 * 60.0);
            assertThat(v.cases().withinTotal()).isEqualTo(1);
        });
    }

    @Test
    void drillsDownToTheLateStepWithItsWorkingTimeAcrossTheHolidayAndTheWeekend() throws Exception {
        String page = page(
                data.officeAdmin(office),
                "/laporan/" + office + "/kepatuhan/terlambat" + MARCH + "&versi=" + version + "&langkah=1",
                200);

        assertThat(page).contains("data-case=\"" + caseC.value() + "\"").containsAnyOf("30,0", "30.0");
    }

    @Test
    void drillsDownToTheCasesOverTheSopsTotal() throws Exception {
        String page = page(
                data.officeAdmin(office),
                "/laporan/" + office + "/kepatuhan/terlambat" + MARCH + "&versi=" + version,
                200);

        assertThat(page)
                .contains("late-cases", "data-case=\"" + caseC.value() + "\"")
                .containsAnyOf("47,0", "47.0");
    }

    @Test
    void isForTheHeadButNotForTheOfficesOtherOfficers() throws Exception {
        page(data.user(office, OfficeTestData.KEPALA), "/laporan/" + office + "/kepatuhan" + MARCH, 200);
        page(data.user(office, OfficeTestData.KABID), "/laporan/" + office + "/kepatuhan" + MARCH, 403);
    }

    @Test
    void refusesABadPeriodNamingTheField() throws Exception {
        String page = page(
                data.officeAdmin(office), "/laporan/" + office + "/kepatuhan?dari=2027-03-31&sampai=2027-03-01", 422);
        assertThat(page).contains("sampai");
        String bad = page(data.officeAdmin(office), "/laporan/" + office + "/kepatuhan?dari=31-03-2027", 422);
        assertThat(bad).contains("31-03-2027");
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
