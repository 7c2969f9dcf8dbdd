package id.alur.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.office.OfficeTestData;
import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A case in an usulan can leave the BPJS step without the answer file (issue 16 item 3 follow-up): its result typed in
 * on the case page, or the case cancelled or withdrawn. Its batch row closes with it, says so on the batch page, and the
 * batch is answered once every row is closed, however each was.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BpjsOpenRowsIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aResultTypedInOnTheCasePageClosesTheRowAndTheBatchIsAnsweredWhenEveryRowIsClosed() throws Exception {
        var office = new BpjsOffice(context, mvc);
        var byFile = office.atBpjs("Sri Wahyuni");
        var byHand = office.atBpjs("Nur Hidayah");
        var cancelled = office.atBpjs("Tuti Alawiyah");
        long batch = office.createBatch("CSV");
        // the answer file brings the first one's result, before the others are settled
        byte[] answer = ("NIK;NO_KIS;STATUS\n" + byFile.applicant().nik() + ";0001234567890;aktif\n")
                .getBytes(StandardCharsets.UTF_8);
        office.apply(batch, office.upload(batch, "jawaban.csv", answer)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/bpjs").with(user(office.frontDesk)))
                .andExpect(content().string(Matchers.containsString("Sebagian dijawab: 1 dijawab, 2 menunggu")));

        // the front desk types the second's result in on the case page, with BPJS's letter as its scan
        office.resultTypedIn(byHand, "0009876543210");
        assertThat(office.stepOf(byHand).positionCode()).isEqualTo(OfficeTestData.PETUGAS);
        assertThat(row(batch, byHand)).isEqualTo("DICATAT 0009876543210");
        mvc.perform(get("/permohonan/{id}", byHand.id().value()).with(user(office.frontDesk)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Dikirim dalam usulan BPJS"))));
        mvc.perform(get("/bpjs").with(user(office.frontDesk)))
                .andExpect(content().string(Matchers.containsString("Sebagian dijawab: 2 dijawab, 1 menunggu")));

        // the office cancels the third while it waits for BPJS
        office.cancelled(cancelled, "Pemohon sudah terdaftar PBI");
        assertThat(row(batch, cancelled)).isEqualTo("DIHENTIKAN Pemohon sudah terdaftar PBI");

        mvc.perform(get("/bpjs/usulan/{b}", batch).with(user(office.frontDesk)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString(
                                "3 permohonan, 3 orang diusulkan: 0 menunggu jawaban, 1 aktif, 0 ditolak, 2 dijawab di halaman permohonan"
                                        + " atau dihentikan.")))
                .andExpect(content().string(Matchers.containsString("aktif, nomor KIS 0001234567890")))
                .andExpect(content().string(Matchers.containsString("dijawab di halaman permohonan: 0009876543210")))
                .andExpect(content()
                        .string(Matchers.containsString("permohonan dihentikan: Pemohon sudah terdaftar PBI")));
        mvc.perform(get("/bpjs").with(user(office.frontDesk)))
                .andExpect(
                        content()
                                .string(
                                        Matchers.containsString(
                                                "Selesai dijawab: 1 aktif, 0 ditolak, 2 dijawab di halaman permohonan atau dihentikan")));
    }

    @Test
    void aLateAnswerForARowClosedElsewhereIsAlreadyAnsweredAndChangesNothing() throws Exception {
        var office = new BpjsOffice(context, mvc);
        var byHand = office.atBpjs("Ani Suryani");
        var withdrawn = office.atBpjs("Yuni Kartika");
        long batch = office.createBatch("CSV");
        office.resultTypedIn(byHand, "0001111111111");
        // the applicant withdraws, recorded by the front desk
        office.withdrawn(withdrawn, "Pindah domisili");

        byte[] answer = ("NIK;NO_KIS;STATUS\n" + byHand.applicant().nik() + ";0002222222222;aktif\n"
                        + withdrawn.applicant().nik() + ";0003333333333;aktif\n")
                .getBytes(StandardCharsets.UTF_8);
        long answerId = office.upload(batch, "jawaban.csv", answer);
        mvc.perform(get("/bpjs/usulan/{b}/jawaban/{a}", batch, answerId).with(user(office.frontDesk)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString(
                                "0 baris cocok, 0 tidak cocok, 0 bertentangan, 2 sudah dijawab.")))
                .andExpect(content()
                        .string(Matchers.containsString("Sudah dijawab di halaman permohonan (0001111111111).")))
                .andExpect(content().string(Matchers.containsString("Permohonan ini sudah dihentikan")));
        office.apply(batch, answerId)
                .andExpect(status().is(422))
                .andExpect(content().string(Matchers.containsString("Tidak ada baris jawaban yang cocok")));
        assertThat(row(batch, byHand)).isEqualTo("DICATAT 0001111111111");
        assertThat(row(batch, withdrawn)).isEqualTo("DIHENTIKAN Pindah domisili");
    }

    @Test
    void rowsLeftOpenBeforeTheListenerAreClosedByV6266AsItWouldHaveClosedThem() throws Exception {
        var office = new BpjsOffice(context, mvc);
        var byHand = office.atBpjs("Rina Marlina");
        var cancelled = office.atBpjs("Wati Sumarni");
        var waiting = office.atBpjs("Lina Marlina");
        long batch = office.createBatch("CSV");
        office.resultTypedIn(byHand, "0004444444444");
        office.cancelled(cancelled, "Data ganda");
        // as they stood before V6_265: both rows still open
        jdbc.sql("""
                        update bpjs_batch_case set open = true, answer = null, kis_number = null, reason = null,
                            answered_at = null where batch_id = ?
                        """).param(batch).update();

        jdbc.sql(new String(
                        new ClassPathResource("db/migration/V6_266__casework_bpjs_close_rows_left_open.sql")
                                .getContentAsByteArray(),
                        StandardCharsets.UTF_8))
                .update();

        assertThat(row(batch, byHand)).isEqualTo("DICATAT 0004444444444");
        assertThat(row(batch, cancelled)).isEqualTo("DIHENTIKAN Data ganda");
        assertThat(row(batch, waiting)).isEqualTo("open");
    }

    /** The row's answer with its KIS number or reason, as stored. */
    private String row(long batch, PermohonanView view) {
        return jdbc.sql("""
                        select answer || ' ' || coalesce(kis_number, reason, '') from bpjs_batch_case
                         where batch_id = ? and permohonan_id = ? and not open
                        """)
                .params(batch, view.id().value())
                .query(String.class)
                .optional()
                .orElse("open");
    }
}
