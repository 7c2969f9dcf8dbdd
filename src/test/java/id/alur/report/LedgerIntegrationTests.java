package id.alur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.alur.casework.Intake;
import id.alur.casework.PermohonanService;
import id.alur.casework.PermohonanView;
import id.alur.letter.ReadyToRun;
import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.platform.AuditQuery;
import id.alur.platform.AuditRecord;
import id.alur.platform.AuditTrail;
import id.alur.sop.SopService;
import id.alur.workflow.Acting;
import id.alur.workflow.CaseId;
import id.alur.workflow.Verdict;
import id.alur.workflow.WorkflowService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.csv.CSVFormat;
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
 * The office's two books under Laporan, for an office of its own (positions of {@link OfficeTestData}, the SOP of
 * casework's {@code CaseworkAccessRoutes.sop.yaml}): three applications received today, one of them returned to the
 * applicant. The buku kendali permohonan's page and its PDF, XLSX and CSV read back; the buku agenda surat keluar
 * lists the three receipts (Tanda Terima) issued at intake, as a page and an XLSX.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LedgerIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficeService offices;

    @Autowired
    SopService sops;

    @Autowired
    PermohonanService permohonan;

    @Autowired
    WorkflowService workflow;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditTrail audit;

    OfficeTestData data;
    String office;
    String kepala;
    String kabid;
    String admin;
    final List<PermohonanView> received = new ArrayList<>();

    @BeforeEach
    void threeApplications() throws IOException {
        data = new OfficeTestData(offices);
        office = data.office();
        String sop;
        try (InputStream in = getClass().getResourceAsStream("/id/alur/casework/CaseworkAccessRoutes.sop.yaml")) {
            sop = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ReadyToRun.prepare(context, office, sop);
        sops.publish(sops.createDraft(office, "ledger.sop.yaml", sop).id());
        String petugas = data.user(office, OfficeTestData.PETUGAS);
        kepala = data.user(office, OfficeTestData.KEPALA);
        kabid = data.user(office, OfficeTestData.KABID);
        admin = data.officeAdmin(office);
        for (String name : List.of("Siti Aminah", "Dewi Lestari", "Sri Wahyuni")) {
            received.add(permohonan.submit(
                    new Intake(
                            office,
                            "kis-uji-akses",
                            applicant(name),
                            List.of(),
                            List.of(new Intake.ChecklistEntry(0, true, null), new Intake.ChecklistEntry(1, true, null)),
                            Set.of()),
                    Acting.self(petugas, "Petugas", OfficeTestData.PETUGAS),
                    Instant.now()));
        }
        var step = workflow.caseView(new CaseId(received.get(1).workflowCaseId()))
                .currentStep()
                .orElseThrow();
        var asKepala = Acting.self(kepala, "Kepala", OfficeTestData.KEPALA);
        workflow.claim(step.id(), asKepala, Instant.now());
        workflow.decide(step.id(), Verdict.TIDAK, "KK belum ada", asKepala, Instant.now());
    }

    /** A woman born 12-05-1980 in Kec. Sumber, Rembang: NIK 331701 52 05 80 and a serial. */
    static Intake.Applicant applicant(String name) {
        return applicant(
                name, "331701520580%04d".formatted(ThreadLocalRandom.current().nextInt(1, 9999)));
    }

    static Intake.Applicant applicant(String name, String nik) {
        return new Intake.Applicant(
                nik,
                name,
                LocalDate.of(1980, 5, 12),
                id.alur.casework.Sex.FEMALE,
                "3317011203150007",
                "Jl. Pemuda 12 RT 01 RW 02",
                "33.17.01.2002",
                "081234567890");
    }

    MockHttpServletResponse fetch(String username, String path) throws Exception {
        return mvc.perform(get(path).with(user(data.signedIn(users, username))))
                .andReturn()
                .getResponse();
    }

    String today() {
        return LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
    }

    @Test
    void thePageListsEveryApplicationOfThePeriodWithItsStepOrResult() throws Exception {
        var response = fetch(kepala, "/laporan/" + office + "/buku-kendali?from=" + today() + "&to=" + today());

        assertThat(response.getStatus()).isEqualTo(200);
        String html = response.getContentAsString();
        for (var p : received) {
            assertThat(html).contains(p.trackingNumber()).contains(p.applicant().name());
        }
        assertThat(html)
                .contains("2. Memeriksa kelengkapan")
                .contains("Dikembalikan ke pemohon")
                .contains("Lengkap")
                .contains(received.getFirst().applicant().nik());
        assertThat(fetch(kepala, "/laporan/" + office + "/buku-kendali?from=2020-01-01&to=2020-01-31")
                        .getContentAsString())
                .contains("Tidak ada permohonan yang diterima dalam periode ini.");
    }

    @Test
    void thePageShowsAHundredRowsWithTheTotalAndPageLinksWhileTheExportsHoldTheWholePeriod() throws Exception {
        var petugas = Acting.self(data.user(office, OfficeTestData.PETUGAS), "Petugas", OfficeTestData.PETUGAS);
        // NIKs of their own: two open applications of one NIK would ask the front desk to confirm the second
        var taken = received.stream().map(p -> p.applicant().nik()).collect(java.util.stream.Collectors.toSet());
        int serial = 0;
        for (int i = 0; i < 98; i++) {
            String nik;
            do {
                nik = "331701520580%04d".formatted(++serial);
            } while (taken.contains(nik));
            received.add(permohonan.submit(
                    new Intake(
                            office,
                            "kis-uji-akses",
                            applicant("Pemohon " + (char) ('A' + i / 26) + (char) ('a' + i % 26), nik),
                            List.of(),
                            List.of(new Intake.ChecklistEntry(0, true, null), new Intake.ChecklistEntry(1, true, null)),
                            Set.of()),
                    petugas,
                    Instant.now()));
        }
        String period = "?from=" + today() + "&to=" + today();
        String base = "/laporan/" + office + "/buku-kendali";

        String first = fetch(kepala, base + period).getContentAsString();
        assertThat(first.split("<tr>", -1).length - 1).as("header and 100 rows").isEqualTo(101);
        assertThat(first)
                .contains(received.getFirst().trackingNumber())
                .contains(received.get(99).trackingNumber())
                .doesNotContain(received.get(100).trackingNumber())
                .contains("Baris 1–100 dari 101 permohonan dalam periode ini")
                .contains("Halaman 1 dari 2")
                .contains("from=" + today() + "&amp;to=" + today() + "&amp;page=1");
        assertThat(pageLinks(first))
                .as("page 1 shown, page 2 linked by its number and by next")
                .containsExactly("Sebelumnya", "[1]", "2:1", "Berikutnya:1");

        String second = fetch(kepala, base + period + "&page=1").getContentAsString();
        assertThat(second)
                .contains(received.getLast().trackingNumber())
                .doesNotContain(received.getFirst().trackingNumber())
                .contains("Baris 101–101 dari 101")
                .contains("Halaman 2 dari 2");
        assertThat(pageLinks(second)).containsExactly("Sebelumnya:0", "1:0", "[2]", "Berikutnya");
        assertThat(fetch(kepala, base + period + "&page=7").getContentAsString())
                .as("a page past the last is the last")
                .contains("Halaman 2 dari 2");
        var bad = fetch(kepala, base + period + "&page=dua");
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString()).contains("Halaman (page) &quot;dua&quot; tidak terbaca");

        String csv = new String(fetch(admin, base + ".csv" + period).getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(CSVFormat.DEFAULT.parse(new StringReader(csv.substring(1))).getRecords())
                .as("header and every application")
                .hasSize(102);
    }

    /**
     * The ledger's page links as read: "2:1" is a link to page number 2 (the request's page=1), "[1]" the page
     * shown, "…" a gap, a bare label a disabled link.
     */
    static List<String> pageLinks(String html) {
        String nav = html.substring(html.indexOf("id=\"ledger-paging\""));
        nav = nav.substring(0, nav.indexOf("</nav>"));
        var links = new ArrayList<String>();
        var item = java.util.regex.Pattern.compile(
                        "<li class=\"page-item([^\"]*)\"[^>]*>\\s*<(a|span) class=\"page-link[^\"]*\"([^>]*)>([^<]*)<")
                .matcher(nav);
        while (item.find()) {
            String label = item.group(4).strip();
            var page = java.util.regex.Pattern.compile("page=(\\d+)").matcher(item.group(3));
            if (item.group(1).contains("active")) {
                links.add("[" + label + "]");
            } else if (item.group(1).contains("disabled") || !page.find()) {
                links.add(label);
            } else {
                links.add(label + ":" + page.group(1));
            }
        }
        return links;
    }

    @Test
    void anApplicationTakenInWithoutAllItsPapersIsNotComplete() throws Exception {
        var petugas = Acting.self(data.user(office, OfficeTestData.PETUGAS), "Petugas", OfficeTestData.PETUGAS);
        java.util.function.Function<Set<String>, Intake> withoutKk = acknowledged -> new Intake(
                office,
                "kis-uji-akses",
                applicant("Ani Rahayu"),
                List.of(),
                List.of(new Intake.ChecklistEntry(0, true, null), new Intake.ChecklistEntry(1, false, null)),
                acknowledged);
        PermohonanView incomplete;
        try {
            incomplete = permohonan.submit(withoutKk.apply(Set.of()), petugas, Instant.now());
        } catch (id.alur.casework.IntakeNeedsConfirmationException e) {
            var tokens = e.warnings().stream()
                    .map(id.alur.platform.InputProblem::token)
                    .collect(java.util.stream.Collectors.toSet());
            incomplete = permohonan.submit(withoutKk.apply(tokens), petugas, Instant.now());
        }

        String html = fetch(kepala, "/laporan/" + office + "/buku-kendali?from=" + today() + "&to=" + today())
                .getContentAsString();

        String row = html.substring(html.indexOf(incomplete.trackingNumber()));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains("Belum lengkap");
        String complete = html.substring(html.indexOf(received.getFirst().trackingNumber()));
        assertThat(complete.substring(0, complete.indexOf("</tr>")))
                .contains("Lengkap")
                .doesNotContain("Belum lengkap");
    }

    @Test
    void theNikIsMaskedForThoseWhoDoNotWorkWithIt() throws Exception {
        String nik = received.getFirst().applicant().nik();
        String html = fetch(admin, "/laporan/" + office + "/buku-kendali").getContentAsString();
        assertThat(html).contains(received.getFirst().trackingNumber()).doesNotContain(nik);
        assertThat(html).contains(nik.substring(0, 4) + "••••••••" + nik.substring(12));
    }

    @Test
    void thePdfIsA4LandscapeAndHoldsTheTrackingNumbers() throws Exception {
        var response = fetch(kepala, "/laporan/" + office + "/buku-kendali.pdf");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        try (var pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            var box = pdf.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(842f, org.assertj.core.data.Offset.offset(2f));
            assertThat(box.getHeight()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("BUKU KENDALI PERMOHONAN");
            // A narrow column breaks a tracking number over two lines (ALR-2026-/XQAGM7): compare without breaks.
            String unbroken = text.replaceAll("\\s", "");
            for (var p : received) {
                assertThat(unbroken).contains(p.trackingNumber());
            }
            assertThat(unbroken)
                    .as("the receipts' numbers in the letter column")
                    .contains("TANDA-TERIMA/");
        }
    }

    @Test
    void theWorkbookAndTheCsvHoldOneRowPerApplication() throws Exception {
        var xlsx = fetch(admin, "/laporan/" + office + "/buku-kendali.xlsx");
        assertThat(xlsx.getStatus()).isEqualTo(200);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            var tracking = rows.stream()
                    .filter(r -> r.getRowNum() > 5)
                    .map(r -> r.getCellText(2))
                    .toList();
            assertThat(tracking)
                    .containsExactlyElementsOf(received.stream()
                            .map(PermohonanView::trackingNumber)
                            .toList());
            assertThat(rows.stream()
                            .filter(r -> r.getRowNum() == 5)
                            .findFirst()
                            .orElseThrow()
                            .getCellText(2))
                    .isEqualTo("Nomor registrasi");
        }

        var csv = fetch(admin, "/laporan/" + office + "/buku-kendali.csv");
        assertThat(csv.getContentType()).startsWith("text/csv");
        String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8).substring(1);
        var records = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(4);
        assertThat(records.get(0).get(2)).isEqualTo("Nomor registrasi");
        assertThat(records.get(2).get(2)).isEqualTo(received.get(1).trackingNumber());
        assertThat(records.get(2).get(7)).isEqualTo("Dikembalikan ke pemohon");
    }

    @Test
    void onlyTheHeadAndTheAdministratorsSeeItAndBadDatesAreNamed() throws Exception {
        assertThat(fetch(kabid, "/laporan/" + office + "/buku-kendali").getStatus())
                .isEqualTo(403);
        assertThat(fetch(data.user(office, OfficeTestData.PETUGAS), "/laporan").getStatus())
                .isEqualTo(403);
        assertThat(fetch(kepala, "/").getContentAsString()).contains("href=\"/laporan\"");
        assertThat(fetch(kabid, "/").getContentAsString()).doesNotContain("href=\"/laporan\"");
        String menu = fetch(kepala, "/laporan").getContentAsString();
        for (String report : new String[] {"/buku-kendali", "/kepatuhan"}) {
            String path = "/laporan/" + office + report;
            assertThat(menu).contains("href=\"" + path + "\"");
            assertThat(fetch(kepala, path).getStatus()).as(path).isEqualTo(200);
        }

        var bad = fetch(kepala, "/laporan/" + office + "/buku-kendali?from=kemarin");
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString()).contains("Tanggal &quot;kemarin&quot; tidak terbaca");
        assertThat(fetch(kepala, "/laporan/" + office + "/buku-kendali.csv?from=2026-02-01&to=2026-01-01")
                        .getStatus())
                .isEqualTo(422);
    }

    @Test
    void theLetterRegisterListsTheReceiptsOfThePeriodAndItsWorkbookReadsBack() throws Exception {
        var response = fetch(kepala, "/laporan/" + office + "/agenda-surat?from=" + today() + "&to=" + today());

        assertThat(response.getStatus()).isEqualTo(200);
        String html = response.getContentAsString();
        assertThat(html).contains("Buku Agenda Surat Keluar", "TANDA-TERIMA/", "Tanda Terima");
        for (var p : received) {
            assertThat(html).contains(p.applicant().name());
        }
        // The letter's page (revocation) is in the letter administration: linked for administrators, not for the head.
        assertThat(html).doesNotContain("/admin/offices/" + office + "/letters/");
        assertThat(fetch(admin, "/laporan/" + office + "/agenda-surat").getContentAsString())
                .contains("/admin/offices/" + office + "/letters/");
        assertThat(fetch(kepala, "/laporan/" + office + "/agenda-surat?from=2020-01-01&to=2020-01-31")
                        .getContentAsString())
                .contains("Tidak ada surat pada periode ini.");

        var xlsx = fetch(admin, "/laporan/" + office + "/agenda-surat.xlsx?kind=tanda-terima");
        assertThat(xlsx.getStatus()).isEqualTo(200);
        assertThat(xlsx.getHeader("Content-Disposition")).contains("agenda-surat-keluar-" + office);
        assertThat(registerApplicants(xlsx))
                .containsExactlyInAnyOrderElementsOf(
                        received.stream().map(p -> p.applicant().name()).toList());
        assertThat(registerApplicants(fetch(admin, "/laporan/" + office + "/agenda-surat.xlsx?kind=surat-pengantar")))
                .as("no surat pengantar was issued")
                .isEmpty();
    }

    /** The applicant column of the register's workbook, below its title block and header (row 5). */
    static List<String> registerApplicants(MockHttpServletResponse xlsx) throws IOException {
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            return workbook.getFirstSheet().read().stream()
                    .filter(r -> r.getRowNum() > 5)
                    .map(r -> r.getCellText(6))
                    .toList();
        }
    }

    @Test
    void theLetterRegisterIsLinkedFromLaporanForItsReadersAndNamesBadInput() throws Exception {
        String path = "/laporan/" + office + "/agenda-surat";
        assertThat(fetch(kepala, "/laporan").getContentAsString()).contains("href=\"" + path + "\"");
        assertThat(fetch(kepala, "/").getContentAsString()).contains("href=\"" + path + "\"");
        assertThat(fetch(admin, "/").getContentAsString())
                .contains("href=\"" + path + "\"")
                .doesNotContain("/letters/register");
        assertThat(fetch(kabid, path).getStatus()).isEqualTo(403);
        assertThat(fetch(kabid, "/").getContentAsString()).doesNotContain(path);

        var badKind = fetch(kepala, path + "?kind=surat-cinta");
        assertThat(badKind.getStatus()).isEqualTo(422);
        assertThat(badKind.getContentAsString()).contains("Jenis surat (kind) &quot;surat-cinta&quot; tidak dikenal.");
        var badDate = fetch(kepala, path + "?to=besok");
        assertThat(badDate.getStatus()).isEqualTo(422);
        assertThat(badDate.getContentAsString()).contains("Tanggal &quot;besok&quot; tidak terbaca");
        assertThat(fetch(kepala, path + ".xlsx?from=2026-02-01&to=2026-01-01").getStatus())
                .isEqualTo(422);
    }

    /** UU 27/2022: the buku kendali names applicants, so every copy handed out is on the audit trail. */
    @Test
    void everyExportIsOnTheAuditTrailWithWhoTheFileAndThePeriod() throws Exception {
        String period = "?from=" + today() + "&to=" + today();
        fetch(kepala, "/laporan/" + office + "/buku-kendali.pdf" + period);
        fetch(admin, "/laporan/" + office + "/buku-kendali.xlsx" + period);
        fetch(admin, "/laporan/" + office + "/buku-kendali.csv" + period);
        fetch(kepala, "/laporan/" + office + "/buku-kendali" + period);

        String name = "buku-kendali-" + office + "-" + today() + "-" + today();
        assertThat(audit.find(new AuditQuery(List.of(office), null, null, null, "ledger.", null, null, null, 10)))
                .extracting(AuditRecord::actor, AuditRecord::action, AuditRecord::objectId, AuditRecord::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                admin, "ledger.exported", name + ".csv", today() + ".." + today()),
                        org.assertj.core.groups.Tuple.tuple(
                                admin, "ledger.exported", name + ".xlsx", today() + ".." + today()),
                        org.assertj.core.groups.Tuple.tuple(
                                kepala, "ledger.exported", name + ".pdf", today() + ".." + today()));

        fetch(kepala, "/laporan/" + office + "/agenda-surat.xlsx" + period);
        assertThat(audit.find(
                        new AuditQuery(List.of(office), null, null, null, "letter-register.", null, null, null, 10)))
                .extracting(AuditRecord::actor, AuditRecord::objectId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        kepala, "agenda-surat-keluar-" + office + "-" + today() + "-" + today() + ".xlsx"));
    }
}
