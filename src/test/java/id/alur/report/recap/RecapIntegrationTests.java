package id.alur.report.recap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.office.OfficeTestData;
import id.alur.platform.AlurUser;
import id.alur.platform.AuditQuery;
import id.alur.platform.AuditRecord;
import id.alur.platform.AuditTrail;
import id.alur.report.RembangCases;
import id.alur.workflow.CaseId;
import id.alur.workflow.ServiceCounts;
import id.alur.workflow.WorkflowService;
import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The monthly recap of March 2027 on hand-made cases of seed 000 (Asia/Jakarta): F received and finished in February
 * (outside March altogether); G received 26 February, finished 1 March; A received and finished 1 March; C received
 * 4 March and cancelled; D received 3 March and still running; H received 10 February and still running.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RecapIntegrationTests {

    static final YearMonth MARCH = YearMonth.of(2027, 3);

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    WorkflowService workflow;

    @Autowired
    MonthlyRecap recaps;

    @Autowired
    AuditTrail audit;

    String office;
    OfficeTestData data;
    String kepala;

    @BeforeEach
    void cases() {
        var cases = RembangCases.publish(context);
        data = cases.data();
        office = cases.office();
        kepala = data.user(office, OfficeTestData.KEPALA);
        CaseId f = cases.start("2027-02-01T08:00");
        cases.finish(f, "2027-02-01T08:03", "2027-02-01T08:10");
        CaseId g = cases.start("2027-02-26T08:00");
        cases.finish(g, "2027-02-26T08:03", "2027-03-01T08:05");
        CaseId a = cases.start("2027-03-01T08:00");
        cases.finish(a, "2027-03-01T08:02", "2027-03-01T08:10");
        CaseId c = cases.start("2027-03-04T08:00");
        workflow.cancel(c, "dobel", RembangCases.as("petugas-pelayanan"), RembangCases.at("2027-03-04T09:00"));
        CaseId d = cases.start("2027-03-03T08:00");
        cases.closeStep(d, RembangCases.at("2027-03-03T08:03"));
        cases.start("2027-02-10T08:00");
    }

    @Test
    void countsEachServicesCasesByWhatHappenedInTheMonth() {
        var recap = recaps.of(office, MARCH);

        assertThat(recap.services())
                .extracting(
                        ServiceCounts::sopCode,
                        ServiceCounts::received,
                        ServiceCounts::finished,
                        ServiceCounts::refused,
                        ServiceCounts::withdrawn,
                        ServiceCounts::runningAtEnd)
                .containsExactly(tuple("kis-surat-pengantar", 3L, 2L, 0L, 1L, 2L));
        assertThat(recap.totals().received()).isEqualTo(3);
        assertThat(recap.signer().positionTitle()).isEqualTo("Kepala Dinas");
        assertThat(recap.signer().name()).isEqualTo("Pegawai " + kepala);
        // steps closed in March: activity 1 of A and D; activity 5 of G and A
        var rows = recap.compliance().versions().getFirst().rows();
        assertThat(rows.getFirst().figures().steps()).isEqualTo(2);
        assertThat(rows.getLast().figures().steps()).isEqualTo(2);
    }

    @Test
    void thePdfIsReadyToSignWithTheKopThePeriodTheCountsAndTheSigner() throws Exception {
        var response = fetch(kepala, "/laporan/" + office + "/bulanan.pdf?bulan=2027-03", 200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        try (var pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("LAPORAN BULANAN PELAYANAN", "Periode Maret 2027", "kis-surat-pengantar")
                    .contains("Menerima permohonan dari masyarakat", "Kepala Dinas", "Pegawai " + kepala, "NIP.");
            // the kop is the office's kop surat (publishing asks for one, so ReadyToRun writes it), as on its letters
            assertThat(text.toUpperCase(Locale.ROOT))
                    .contains("PEMERINTAH KABUPATEN UJI", "DINAS SOSIAL", "JL. UJI NO. 1");
        }
    }

    @Test
    void theWorkbookHoldsTheCountsAndTheComplianceRows() throws Exception {
        var response = fetch(data.officeAdmin(office), "/laporan/" + office + "/bulanan.xlsx?bulan=2027-03", 200);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            var sheets = workbook.getSheets().toList();
            List<Row> services = sheets.get(0).read();
            assertThat(row(services, 5).getCellText(1)).isEqualTo("Diterima");
            Row kis = row(services, 6);
            assertThat(kis.getCellText(0)).contains("kis-surat-pengantar");
            assertThat(List.of(1, 2, 3, 4, 5).stream()
                            .map(i -> kis.getCellAsNumber(i).orElseThrow().intValue()))
                    .containsExactly(3, 2, 0, 1, 2);
            List<Row> steps = sheets.get(1).read();
            assertThat(steps.stream().filter(r -> r.getRowNum() > 5)).hasSize(5);
            assertThat(row(steps, 6).getCellText(2)).isEqualTo("Menerima permohonan dari masyarakat");
        }
    }

    @Test
    void thePageLinksBothFilesAndIsOnlyForReaders() throws Exception {
        String page = fetch(kepala, "/laporan/" + office + "/bulanan?bulan=2027-03", 200)
                .getContentAsString();
        assertThat(page)
                .contains("/laporan/" + office + "/bulanan.pdf?bulan=2027-03")
                .contains("/laporan/" + office + "/bulanan.xlsx?bulan=2027-03")
                .contains("data-service=\"kis-surat-pengantar\"");
        fetch(data.user(office, OfficeTestData.KABID), "/laporan/" + office + "/bulanan.pdf", 403);
        assertThat(fetch(kepala, "/laporan/" + office + "/bulanan?bulan=2027-13", 422)
                        .getContentAsString())
                .contains("2027-13");
    }

    /** UU 27/2022: a copy handed out is a processing on record, whoever reads the reports. */
    @Test
    void bothFilesAreOnTheAuditTrailThePageIsNot() throws Exception {
        String admin = data.officeAdmin(office);
        fetch(kepala, "/laporan/" + office + "/bulanan.pdf?bulan=2027-03", 200);
        fetch(admin, "/laporan/" + office + "/bulanan.xlsx?bulan=2027-03", 200);
        fetch(kepala, "/laporan/" + office + "/bulanan?bulan=2027-03", 200);

        assertThat(audit.find(new AuditQuery(List.of(office), null, null, null, "recap.", null, null, null, 10)))
                .extracting(AuditRecord::actor, AuditRecord::objectId, AuditRecord::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                admin, "laporan-bulanan-" + office + "-2027-03.xlsx", "2027-03"),
                        org.assertj.core.groups.Tuple.tuple(
                                kepala, "laporan-bulanan-" + office + "-2027-03.pdf", "2027-03"));
    }

    /** A row by its number in the sheet (1-based, as the reader numbers them). */
    private static Row row(List<Row> rows, int number) {
        return rows.stream().filter(r -> r.getRowNum() == number).findFirst().orElseThrow();
    }

    private MockHttpServletResponse fetch(String username, String url, int status) throws Exception {
        AlurUser signedIn = data.signedIn(userDetails, username);
        return mvc.perform(get(url).with(user(signedIn)).locale(Locale.forLanguageTag("id")))
                .andExpect(status().is(status))
                .andReturn()
                .getResponse();
    }
}
