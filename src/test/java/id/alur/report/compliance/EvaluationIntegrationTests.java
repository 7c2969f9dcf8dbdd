package id.alur.report.compliance;

import static id.alur.report.RembangCases.as;
import static id.alur.report.RembangCases.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.platform.AlurUser;
import id.alur.platform.InputProblem;
import id.alur.platform.InvalidInputException;
import id.alur.report.RembangCases;
import id.alur.workflow.Acting;
import id.alur.workflow.CaseId;
import id.alur.workflow.FindingKind;
import id.alur.workflow.WorkflowService;
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
 * The evaluation report of a version of seed 000 (Asia/Jakarta) for March 2027: case A (2, 4, 5, 1, 3 minutes) and B
 * (10, 20, 5, 5, 2) finished, with a hambatan and a penyimpangan recorded on step 2 and a proposal on step 4.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EvaluationIntegrationTests {

    static final String MARCH = "?dari=2027-03-01&sampai=2027-03-31";

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficeService offices;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    WorkflowService workflow;

    String office;
    OfficeTestData data;
    long version;
    CaseId a;

    @BeforeEach
    void cases() {
        var cases = RembangCases.publish(context);
        data = cases.data();
        office = cases.office();
        version = cases.version();
        a = cases.run("2027-03-01T08:00", "2027-03-01T08:02", 4, 5, 1, 3);
        CaseId b = cases.run("2027-03-02T08:00", "2027-03-02T08:10", 20, 5, 5, 2);
        Acting kasi = as("kasi-rehabsos");
        workflow.recordFinding(
                a, 2, FindingKind.HAMBATAN, "Server DTKS desa tidak dapat diakses", kasi, at("2027-03-01T09:00"));
        workflow.recordFinding(
                b, 2, FindingKind.PENYIMPANGAN, "Verifikasi tanpa screenshot DTKS", kasi, at("2027-03-02T09:00"));
        workflow.recordFinding(
                b, 4, FindingKind.USULAN, "Tanda tangan elektronik", as("kepala-dinas"), at("2027-03-02T10:00"));
        // outside the period: not listed
        workflow.recordFinding(a, 1, FindingKind.HAMBATAN, "April", as("petugas-pelayanan"), at("2027-04-01T09:00"));
    }

    @Test
    void listsEachStepsFindingsBesideItsCompliance() throws Exception {
        String page = page(
                data.user(office, OfficeTestData.KEPALA), "/laporan/" + office + "/evaluasi/" + version + MARCH, 200);

        assertThat(page).contains("Evaluasi SOP", "3 catatan monitoring");
        String step2 = row(page, 2);
        // step 2 took 4 and 20 minutes: median 12.0, one of two within its 5 minutes
        assertThat(step2)
                .containsAnyOf("12,0", "12.0")
                .contains("50%", "Hambatan", "Server DTKS desa tidak dapat diakses")
                .contains("Penyimpangan", "Verifikasi tanpa screenshot DTKS", "Pejabat kasi-rehabsos");
        assertThat(row(page, 4)).contains("Usulan perubahan SOP", "Tanda tangan elektronik");
        assertThat(row(page, 1)).doesNotContain("April");
        assertThat(workflow.findings(a)).hasSize(2);
    }

    @Test
    void refusesAFindingWithoutStepKindOrTextNamingEachField() {
        assertThatThrownBy(() -> workflow.recordFinding(a, 9, null, " ", as("kasi-rehabsos"), at("2027-03-03T08:00")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InputProblem::field)
                                .containsExactly("langkah", "jenis", "uraian"));
        assertThat(workflow.findings(a)).hasSize(2);
    }

    @Test
    void theSopVersionsPageLinksToItsEvaluationAndAnotherOfficesVersionIs404() throws Exception {
        String kepala = data.user(office, OfficeTestData.KEPALA);
        assertThat(page(kepala, "/sop/versi/" + version, 200)).contains("laporan/" + office + "/evaluasi/" + version);
        assertThat(page(data.user(office, OfficeTestData.KABID), "/sop/versi/" + version, 200))
                .doesNotContain("/evaluasi/");
        String other = new OfficeTestData(offices).office();
        page(data.officeAdmin(office), "/laporan/" + office + "/evaluasi/" + version + "0", 404);
        page(data.officeAdmin(office), "/laporan/" + other + "/evaluasi/" + version, 404);
    }

    /** The table row of the activity, from its tag to its end. */
    private static String row(String page, int activity) {
        int start = page.indexOf("data-activity=\"" + activity + "\"");
        return page.substring(start, page.indexOf("</tr>", start));
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
