package id.alur.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.office.OfficeTestData;
import id.alur.platform.AuditQuery;
import id.alur.platform.AuditRecord;
import id.alur.platform.AuditTrail;
import id.alur.workflow.CaseId;
import id.alur.workflow.WorkflowService;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The BPJS exchange (issue 16 item 3): the cases waiting at the BPJS step go out as a numbered usulan in the office's
 * layout, the answer file comes back, is previewed row by row and applied in one transaction.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BpjsExchangeIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    PermohonanService permohonan;

    @Autowired
    WorkflowService workflow;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sendsTheCasesWaitingAtTheBpjsStepAsANumberedBatchInTheOfficesLayout() throws Exception {
        var office = new BpjsOffice(context, mvc);
        var first = office.atBpjs("Siti Aminah");
        var second = office.atBpjs("Dewi Lestari");
        office.submit("Belum Diperiksa");

        long batch = office.createBatch("CSV");

        mvc.perform(get("/permohonan/{id}", first.id().value()).with(user(office.frontDesk)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Dikirim dalam usulan BPJS nomor 1")));
        String csv = office.download(batch);
        var lines = csv.replace("\uFEFF", "").split("\r\n");
        assertThat(lines[0]).isEqualTo("NIK,NO_KK,NAMA,TGL_LAHIR,JENIS_KELAMIN,ALAMAT,FASKES");
        assertThat(lines).hasSize(3);
        assertThat(lines[1])
                .startsWith(first.applicant().nik() + ",3317011203150007,Siti Aminah,")
                .contains(",P,");
        assertThat(lines[2]).startsWith(second.applicant().nik() + ",");
        // a case in an open batch is not put in another
        mvc.perform(post("/bpjs/usulan")
                        .param("lane", OfficeTestData.BPJS)
                        .param("format", "CSV")
                        .with(user(office.frontDesk))
                        .with(csrf()))
                .andExpect(status().is(422))
                .andExpect(content().string(Matchers.containsString("Tidak ada permohonan yang menunggu")));
        mvc.perform(get("/bpjs").with(user(office.frontDesk)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Usulan nomor 1")));
        assertThat(audit.find(AuditQuery.about("file", "usulan-bpjs-" + office.code + "-1.csv", 5)))
                .extracting(AuditRecord::action)
                .containsExactly("bpjs-batch.exported");
    }

    @Test
    void theBatchFollowsTheLayoutTheOfficeAdminSet() throws Exception {
        var office = new BpjsOffice(context, mvc);
        var waiting = office.atBpjs("Rina Marlina");
        mvc.perform(post("/admin/offices/{office}/bpjs", office.code)
                        .param("included[NIK]", "true")
                        .param("order[NIK]", "2")
                        .param("header[NIK]", "NOMOR INDUK")
                        .param("included[NOMOR_PERMOHONAN]", "true")
                        .param("order[NOMOR_PERMOHONAN]", "1")
                        .param("header[NOMOR_PERMOHONAN]", "REGISTRASI")
                        .param("included[FASKES]", "true")
                        .param("order[FASKES]", "3")
                        .param("header[FASKES]", "FKTP")
                        .param("faskes", "Puskesmas Sumber")
                        .param("answerNik", "NOMOR INDUK")
                        .param("answerKis", "NO KARTU")
                        .param("answerStatus", "HASIL")
                        .param("answerReason", "ALASAN")
                        .with(user(office.admin))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        // without the NIK the answer cannot be matched: refused, naming it
        mvc.perform(post("/admin/offices/{office}/bpjs", office.code)
                        .param("included[NAMA]", "true")
                        .param("header[NAMA]", "NAMA")
                        .param("answerNik", "NIK")
                        .param("answerKis", "KIS")
                        .param("answerStatus", "STATUS")
                        .param("answerReason", "")
                        .with(user(office.admin))
                        .with(csrf()))
                .andExpect(status().is(422))
                .andExpect(content().string(Matchers.containsString("Kolom NIK harus dipakai")))
                .andExpect(content().string(Matchers.containsString("Judul kolom harus diisi")));

        String csv = office.download(office.createBatch("CSV"));

        assertThat(csv.replace("\uFEFF", "").split("\r\n"))
                .containsExactly(
                        "REGISTRASI,NOMOR INDUK,FKTP",
                        waiting.trackingNumber() + "," + waiting.applicant().nik() + ",Puskesmas Sumber");
    }

    @Test
    void appliesTheMatchedRowsOfAnAnswerInOneTransactionAndReportsTheOthers() throws Exception {
        var office = new BpjsOffice(context, mvc);
        var active = office.atBpjs("Sri Wahyuni");
        var refused = office.atBpjs("Nur Hidayah");
        var unanswered = office.atBpjs("Tuti Alawiyah");
        long batch = office.createBatch("XLSX");
        String stranger = Applicants.woman("Bukan Usulan").nik();
        byte[] answer = xlsx(
                List.of("NIK", "NAMA", "NO_KIS", "STATUS", "KETERANGAN"),
                List.of(
                        List.of(active.applicant().nik(), "Sri Wahyuni", "0001234567890", "AKTIF", ""),
                        List.of(refused.applicant().nik(), "Nur Hidayah", "", "ditolak", "Terdaftar PBI daerah"),
                        List.of(stranger, "Bukan Usulan", "0009999999999", "aktif", ""),
                        List.of(unanswered.applicant().nik(), "Tuti Alawiyah", "", "aktif", "")));

        long answerId = office.upload(batch, "jawaban.xlsx", answer);
        mvc.perform(get("/bpjs/usulan/{b}/jawaban/{a}", batch, answerId).with(user(office.frontDesk)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString(
                                "2 baris cocok, 1 tidak cocok, 1 bertentangan, 0 sudah dijawab.")));
        String report = mvc.perform(get("/bpjs/usulan/{b}/jawaban/{a}/laporan.csv", batch, answerId)
                        .with(user(office.frontDesk)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(report.replace("\uFEFF", "").split("\r\n"))
                .containsExactly(
                        "BARIS,KOLOM,NIK,HASIL,KETERANGAN",
                        "4,NIK," + stranger + ",tidak cocok,NIK " + stranger + " tidak ada dalam usulan ini.",
                        "5,NO_KIS," + unanswered.applicant().nik() + ",bertentangan,Status aktif tanpa nomor KIS.");
        assertThat(office.stepOf(active).positionCode()).isEqualTo(OfficeTestData.BPJS);

        office.apply(batch, answerId).andExpect(status().is3xxRedirection());

        mvc.perform(get("/permohonan/{id}", refused.id().value()).with(user(office.frontDesk)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Dikirim dalam usulan BPJS"))));
        var moved = office.stepOf(active);
        assertThat(moved.positionCode()).isEqualTo(OfficeTestData.PETUGAS);
        var result = workflow.history(new CaseId(active.workflowCaseId())).steps().stream()
                .filter(s -> s.positionCode().equals(OfficeTestData.BPJS))
                .findFirst()
                .orElseThrow();
        assertThat(result.resultReference()).isEqualTo("0001234567890");
        var evidence = permohonan.find(active.id(), office.code).documents().stream()
                .filter(d -> d.contentType().equals("text/csv"))
                .toList();
        assertThat(evidence).singleElement().satisfies(d -> {
            assertThat(d.stepNumber()).isEqualTo(3);
            assertThat(d.fileName()).isEqualTo("jawaban-bpjs-usulan-1-baris-2.csv");
        });
        String row = new String(
                        permohonan
                                .document(active.id(), evidence.getFirst().id(), office.code)
                                .content(),
                        StandardCharsets.UTF_8)
                .replace("\uFEFF", "");
        assertThat(row.split("\r\n"))
                .containsExactly(
                        "NIK,NAMA,NO_KIS,STATUS,KETERANGAN",
                        active.applicant().nik() + ",Sri Wahyuni,0001234567890,AKTIF,");
        // a refusal is a note on the permohonan; the case stays at the BPJS step for the office to decide
        assertThat(office.stepOf(refused).positionCode()).isEqualTo(OfficeTestData.BPJS);
        assertThat(permohonan.find(refused.id(), office.code).notes())
                .singleElement()
                .satisfies(n -> assertThat(n.body()).contains("ditolak", "Terdaftar PBI daerah"));
        assertThat(office.stepOf(unanswered).positionCode()).isEqualTo(OfficeTestData.BPJS);
        mvc.perform(get("/bpjs/usulan/{b}", batch).with(user(office.frontDesk)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("aktif, nomor KIS 0001234567890")))
                .andExpect(content().string(Matchers.containsString("ditolak: Terdaftar PBI daerah")));
        office.apply(batch, answerId)
                .andExpect(status().is(422))
                .andExpect(content().string(Matchers.containsString("Jawaban ini sudah diterapkan")));
        // the same answer again: every row already answered or outside the batch, nothing to apply
        long again = office.upload(batch, "jawaban-lagi.xlsx", answer);
        office.apply(batch, again)
                .andExpect(status().is(422))
                .andExpect(content().string(Matchers.containsString("Tidak ada baris jawaban yang cocok")));
        assertThat(audit.find(AuditQuery.about("bpjs-batch", String.valueOf(batch), 10)))
                .extracting(AuditRecord::action)
                .contains("bpjs-batch.created", "bpjs-answer.applied");
    }

    @Test
    void aRowThatFailsToApplyLeavesEveryCaseAsItWas() throws Exception {
        var office = new BpjsOffice(context, mvc);
        var first = office.atBpjs("Ani Suryani");
        var second = office.atBpjs("Yuni Kartika");
        long batch = office.createBatch("CSV");
        byte[] answer = ("NIK;NO_KIS;STATUS\n" + first.applicant().nik() + ";0001111111111;aktif\n"
                        + second.applicant().nik() + ";KIS-GAGAL-DISIMPAN;aktif\n")
                .getBytes(StandardCharsets.UTF_8);
        long answerId = office.upload(batch, "jawaban.csv", answer);
        // PostgreSQL itself refuses the second row's answer, after the first row and its step were written
        jdbc.sql(
                        "alter table bpjs_batch_case add constraint bpjs_test_refuses check (kis_number <> 'KIS-GAGAL-DISIMPAN') not valid")
                .update();
        try {
            office.apply(batch, answerId)
                    .andExpect(status().is(422))
                    .andExpect(content().string(Matchers.containsString("Baris 3:")));
        } finally {
            jdbc.sql("alter table bpjs_batch_case drop constraint bpjs_test_refuses")
                    .update();
        }

        assertThat(office.stepOf(first).positionCode()).isEqualTo(OfficeTestData.BPJS);
        assertThat(office.stepOf(second).positionCode()).isEqualTo(OfficeTestData.BPJS);
        assertThat(permohonan.find(first.id(), office.code).documents())
                .noneMatch(d -> d.contentType().equals("text/csv"));
        assertThat(jdbc.sql("select count(*) from bpjs_batch_case where batch_id = ? and open")
                        .param(batch)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select applied_at is null from bpjs_answer where id = ?")
                        .param(answerId)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void refusesBadAnswerFilesNamingTheProblemAndKeepsNone() throws Exception {
        var office = new BpjsOffice(context, mvc);
        var waiting = office.atBpjs("Lina Marlina");
        long batch = office.createBatch("CSV");

        office.refused(batch, "jawaban.csv", new byte[0], "Berkas jawaban kosong (0 byte).");
        office.refused(
                batch,
                "jawaban.csv",
                "NIK,NO_KIS,STATUS\n".getBytes(StandardCharsets.UTF_8),
                "Berkas jawaban tidak berisi satu baris data pun.");
        office.refused(
                batch,
                "jawaban.csv",
                ("NIK,NO_KIS,STATUS,KETERANGAN\n" + waiting.applicant().nik() + ",1,aktif,Sudah aktif \u00e9\n")
                        .getBytes(StandardCharsets.ISO_8859_1),
                "bukan teks UTF-8");
        office.refused(
                batch,
                "jawaban.csv",
                ("NIK,STATUS\n" + waiting.applicant().nik() + ",aktif\n").getBytes(StandardCharsets.UTF_8),
                "Baris 1, kolom NO_KIS: Kolom NO_KIS tidak ada di baris judul berkas jawaban.");
        office.refused(batch, "jawaban.xlsx", zipBomb(), "isinya mengembang melampaui batas");
        office.refused(
                batch, "jawaban.xlsx", "bukan zip".getBytes(StandardCharsets.UTF_8), "tidak dapat dibaca sebagai XLSX");
        // a NIK a spreadsheet stored as a number lost its last digit: that row is unmatched, named by its column
        var out = new ByteArrayOutputStream();
        try (var workbook = new Workbook(out, "Alur", "1.0")) {
            var sheet = workbook.newWorksheet("Jawaban");
            sheet.value(0, 0, "NIK");
            sheet.value(0, 1, "NO_KIS");
            sheet.value(0, 2, "STATUS");
            sheet.value(1, 0, Long.parseLong(waiting.applicant().nik()));
            sheet.value(1, 1, "0001");
            sheet.value(1, 2, "aktif");
        }
        long answerId = office.upload(batch, "angka.xlsx", out.toByteArray());
        mvc.perform(get("/bpjs/usulan/{b}/jawaban/{a}", batch, answerId).with(user(office.frontDesk)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("tersimpan sebagai angka")));

        assertThat(jdbc.sql("select count(*) from bpjs_answer where batch_id = ?")
                        .param(batch)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(office.stepOf(waiting).positionCode()).isEqualTo(OfficeTestData.BPJS);
    }

    @Test
    void onlyTheFrontDeskOfAServiceWithAnOutsidePartyExchangesAndOnlyItsOfficesBatches() throws Exception {
        var office = new BpjsOffice(context, mvc);
        office.atBpjs("Wati Sumarni");
        long batch = office.createBatch("CSV");
        var other = new BpjsOffice(context, mvc);

        mvc.perform(get("/bpjs").with(user(office.kepala))).andExpect(status().isForbidden());
        mvc.perform(get("/bpjs/usulan/{b}/berkas", batch).with(user(office.kepala)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/bpjs/usulan/{b}/berkas", batch).with(user(other.frontDesk)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/offices/{office}/bpjs", office.code).with(user(other.admin)))
                .andExpect(status().isNotFound());
    }

    static byte[] xlsx(List<String> header, List<List<String>> rows) throws Exception {
        var out = new ByteArrayOutputStream();
        try (var workbook = new Workbook(out, "Alur", "1.0")) {
            var sheet = workbook.newWorksheet("Jawaban");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    sheet.value(r + 1, c, rows.get(r).get(c));
                }
            }
        }
        return out.toByteArray();
    }

    static byte[] zipBomb() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            var zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
