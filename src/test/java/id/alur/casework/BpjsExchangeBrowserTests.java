package id.alur.casework;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.FilePayload;
import id.alur.browser.Browser;
import id.alur.browser.BrowserTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.assertj.core.api.Assertions;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The BPJS round trip in the browser (issue 16 item 3) on a seed 001 (Solok) and a seed 002 (Kemenag Jakarta Selatan)
 * case: the case reaches the BPJS step, the front desk sends the waiting cases as an usulan, downloads its file, builds
 * BPJS's answer from it (the NIK column, a KIS number, "aktif"), uploads it, reads the preview and applies it; the case
 * moves on past the BPJS step. Screenshots in {@code target/test-artifacts/BpjsExchangeBrowserTests/}.
 */
@BrowserTest
@Tag("slow")
class BpjsExchangeBrowserTests {

    @Test
    void solokSendsAnUsulanAndAppliesTheAnswerOfBpjs(Browser browser) throws Exception {
        var journey = new CaseworkJourney(browser, "solok");
        var applicant = SeedJourneyBrowserTests.applicant("Nurhasanah", Sex.FEMALE);
        journey.as("petugas-pelayanan")
                .startIntake("kis-fasilitasi-jaminan-kesehatan", applicant, "Alahan Panjang", "13.02.04.2001")
                .allPapers()
                .submitIntake()
                .onReceipt();
        journey.openCase().expectStep(2).takeAndDo();
        journey.as("kepala-dinas").openCase().expectStep(3).takeAndDo();
        journey.as("kepala-bidang").openCase().expectStep(4).takeAndDo();
        journey.as("koordinator-pelayanan").openCase().expectStep(5).takeAndDo();
        journey.as("kepala-dinas").openCase().expectStep(6).takeAndDo();
        journey.as("petugas-pelayanan").openCase().expectStep(7);

        roundTrip(journey, applicant.nik(), "XLSX", "0002000123456");

        journey.openCase().expectStep(8).shot("past-bpjs");
        assertThat(journey.page().locator("#documents")).containsText("jawaban-bpjs-usulan-");
    }

    @Test
    void kemenagSendsAnUsulanAndAppliesTheAnswerOfBpjs(Browser browser) throws Exception {
        var journey = new CaseworkJourney(browser, "jaksel");
        var applicant = SeedJourneyBrowserTests.applicant("Dra. Siti Rahmah", Sex.FEMALE);
        journey.as("ptsp")
                .startIntake("kis-pns", applicant, "Kebayoran Lama Utara", "31.74.05.1001")
                .allPapers()
                .submitIntake()
                .onReceipt();
        journey.as("kepala-kantor").openCase().expectStep(2).takeAndDo();
        journey.as("kasubbag-tu").openCase().expectStep(3).takeAndDo();
        journey.as("korpel").openCase().expectStep(4).takeAndDo();
        journey.as("kasubbag-tu").openCase().expectStep(5).takeAndDo();
        journey.as("kepala-kantor").openCase().expectStep(6).takeAndDo();
        journey.as("kasubbag-tu").openCase().expectStep(7).takeAndDo();
        journey.as("ptsp").openCase().expectStep(8);

        roundTrip(journey, applicant.nik(), "CSV", "0003000654321");

        journey.openCase().expectStep(9).shot("past-bpjs");
    }

    /**
     * From the front desk's BPJS page: a new usulan in the format, its file downloaded, the answer built from it (only
     * the applicant's row answered: other cases of the demo office in the batch keep waiting), uploaded, previewed and
     * applied.
     */
    private static void roundTrip(CaseworkJourney journey, String nik, String format, String kis) throws Exception {
        var page = journey.page();
        page.locator("nav a[href='/bpjs']").click();
        assertThat(page.locator("h1")).hasText("Pertukaran berkas BPJS");
        page.locator("#format-bpjs-kesehatan").selectOption(format);
        page.locator("#new-batch-bpjs-kesehatan button[type=submit]").click();
        assertThat(page.locator("#batch-cases")).containsText(journey.trackingNumber());
        journey.shot("usulan-" + format.toLowerCase());

        Download download =
                page.waitForDownload(() -> page.locator("#batch-file").click());
        List<List<String>> rows = format.equals("XLSX")
                ? xlsxRows(Files.readAllBytes(download.path()))
                : csvRows(Files.readAllBytes(download.path()));
        Assertions.assertThat(rows.getFirst())
                .containsExactly("NIK", "NO_KK", "NAMA", "TGL_LAHIR", "JENIS_KELAMIN", "ALAMAT", "FASKES");
        Assertions.assertThat(rows).extracting(r -> r.getFirst()).contains(nik);

        byte[] answer = answerFrom(rows, nik, kis, format);
        page.locator("#answer-file")
                .setInputFiles(new FilePayload("jawaban." + format.toLowerCase(), "application/octet-stream", answer));
        page.locator("#answer-form button[type=submit]").click();
        assertThat(page.locator("#answer-counts")).containsText("1 baris cocok");
        assertThat(page.locator("#answer-rows")).containsText(nik);
        journey.shot("preview-" + format.toLowerCase());
        page.locator("#apply-form button[type=submit]").click();
        assertThat(page.locator("#flash-messages")).containsText("1 baris jawaban diterapkan");
        assertThat(page.locator("#batch-cases")).containsText("aktif, nomor KIS " + kis);
        journey.shot("applied-" + format.toLowerCase());
    }

    /** BPJS's answer as a KC sends it: the usulan's NIK column and name, then the card number and the status. */
    private static byte[] answerFrom(List<List<String>> usulan, String nik, String kis, String format)
            throws Exception {
        var header = List.of("NIK", "NAMA", "NO_KIS", "STATUS", "KETERANGAN");
        var answered = new ArrayList<List<String>>();
        for (var row : usulan.subList(1, usulan.size())) {
            if (row.getFirst().equals(nik)) {
                answered.add(List.of(row.get(0), row.get(2), kis, "aktif", ""));
            }
        }
        if (format.equals("CSV")) {
            var text = new StringBuilder(String.join(";", header)).append("\n");
            answered.forEach(r -> text.append(String.join(";", r)).append("\n"));
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
        var out = new ByteArrayOutputStream();
        try (var workbook = new Workbook(out, "BPJS", "1.0")) {
            var sheet = workbook.newWorksheet("Jawaban");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            for (int r = 0; r < answered.size(); r++) {
                for (int c = 0; c < header.size(); c++) {
                    sheet.value(r + 1, c, answered.get(r).get(c));
                }
            }
        }
        return out.toByteArray();
    }

    private static List<List<String>> xlsxRows(byte[] xlsx) throws Exception {
        var rows = new ArrayList<List<String>>();
        try (var workbook = new ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx));
                var stream = workbook.getFirstSheet().openStream()) {
            for (Row row : (Iterable<Row>) stream::iterator) {
                var cells = new ArrayList<String>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(row.getCellText(i));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static List<List<String>> csvRows(byte[] csv) throws Exception {
        var rows = new ArrayList<List<String>>();
        String text = new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
        try (var parser = CSVParser.parse(text, CSVFormat.DEFAULT)) {
            parser.forEach(record -> rows.add(record.toList()));
        }
        return rows;
    }
}
