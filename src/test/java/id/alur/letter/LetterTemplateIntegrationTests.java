package id.alur.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.platform.InputProblem;
import id.alur.platform.InvalidInputException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The office's letter bodies on PostgreSQL: a change applies from the next letter on while an issued letter keeps its
 * text, a body with an unknown placeholder writes nothing, and markup in the applicant's data or the body stays text.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LetterTemplateIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    LetterService letters;

    @Autowired
    LetterIssuer issuer;

    @Autowired
    LetterPdf pdf;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OfficeService offices;

    @Test
    void anIssuedLetterKeepsTheTextItWasIssuedWithWhenTheTemplateChangesTheNextLetterTakesTheNewOne() throws Exception {
        String office = LetterServiceIntegrationTests.uniqueOffice();
        var setting = LetterIssuerIntegrationTests.setting(office, "460/{seq}/DINSOS-{yyyy}");
        var saved = letters.saveTemplate(
                office,
                LetterKind.SURAT_PENGANTAR,
                "Teks lama untuk {{pemohon.nama}}, registrasi {{nomor_registrasi}}.\n\n{{tabel.pemohon}}",
                0,
                "admin");
        assertThat(saved.standard()).isFalse();
        var first = issue(office, setting);

        letters.saveTemplate(
                office, LetterKind.SURAT_PENGANTAR, "Teks baru untuk {{pemohon.nama}}.", saved.version(), "admin");
        var second = issue(office, setting);

        String firstText = LetterPdfTests.text(letters.render(first.view().id()).issued());
        assertThat(firstText)
                .contains("Teks lama untuk Siti Aminah Harahap, registrasi REG-")
                .contains("Nomor Registrasi")
                .doesNotContain("Teks baru");
        assertThat(LetterPdfTests.text(letters.pdf(first.view().id()))).isEqualTo(firstText);
        assertThat(LetterPdfTests.text(letters.pdf(second.view().id())))
                .contains("Teks baru untuk Siti Aminah Harahap.")
                .doesNotContain("Teks lama")
                .doesNotContain("Nomor Registrasi");
    }

    @Test
    void anOfficeThatWroteNoTemplateIssuesTheStandardText() throws Exception {
        String office = LetterServiceIntegrationTests.uniqueOffice();
        var view = letters.template(office, LetterKind.TANDA_TERIMA);
        assertThat(view.standard()).isTrue();
        assertThat(view.body()).contains("{{tabel.pemohon}}");

        var letter = issue(office, LetterIssuerIntegrationTests.setting(office, "{seq}/{yyyy}"));

        assertThat(LetterPdfTests.text(letters.pdf(letter.view().id())))
                .contains("Bersama ini kami sampaikan permohonan penerbitan Kartu Indonesia Sehat (KIS)")
                .contains("beserta anggota keluarga yang diusulkan sebagai berikut:")
                .contains("Rahmat Hidayat")
                .contains("kami ucapkan terima kasih.");
    }

    @Test
    void aBodyWithAnUnknownPlaceholderIsRefusedNamingItAndItsLineAndNothingIsWritten() {
        String office = LetterServiceIntegrationTests.uniqueOffice();

        assertThatThrownBy(() -> letters.saveTemplate(
                        office,
                        LetterKind.SURAT_PENGANTAR,
                        "Atas nama {{pemohon.nama}}\n\ndengan gaji {{pemohon.gaji}}.",
                        0,
                        "admin"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(InputProblem.ofField(
                                        "body", "letter.template.unknown-placeholder", "{{pemohon.gaji}}", 3)));
        assertThatThrownBy(() -> letters.previewTemplate(office, LetterKind.SURAT_PENGANTAR, "{{pemohon.gaji}}"))
                .isInstanceOf(InvalidInputException.class);

        assertThat(jdbc.sql("select count(*) from letter_template where office_code = ?")
                        .param(office)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(letters.template(office, LetterKind.SURAT_PENGANTAR).standard())
                .isTrue();
    }

    @Test
    void markupInTheApplicantsDataAndInTheBodyIsPrintedAsTextNeverInterpreted() throws Exception {
        String office = LetterServiceIntegrationTests.uniqueOffice();
        letters.saveTemplate(
                office,
                LetterKind.SURAT_PENGANTAR,
                "<b>Tebal?</b> [[${letter.number}]] ${T(java.lang.System).getProperty('user.home')} untuk"
                        + " {{pemohon.nama}}.",
                0,
                "admin");
        var setting = LetterIssuerIntegrationTests.setting(office, "{seq}/{yyyy}");
        var base = LetterIssuerIntegrationTests.order(
                LetterIssuerIntegrationTests.CASES.incrementAndGet(),
                office,
                setting,
                Instant.parse("2025-08-12T02:00:00Z"));
        var applicant = new LetterDocument.Applicant(
                "<i>Budi</i> & \"Ani\" <script>alert(1)</script>",
                "1302015708800002",
                null,
                "Jl. <Mawar>",
                List.of(),
                List.of());
        var letter = issuer.issue(new LetterIssuer.Order(
                base.caseId(),
                base.subjectRef(),
                office,
                base.zone(),
                base.sopCode(),
                base.sopName(),
                setting,
                base.completedAt(),
                base.stepApprovals(),
                applicant,
                base.trackingNumber(),
                base.letterhead()));

        var document = LetterDocument.fromJson(jdbc.sql("select document from letter where id = ?")
                .param(letter.view().id().value())
                .query(String.class)
                .single());
        String html = pdf.html(document);
        assertThat(html)
                .contains("&lt;b&gt;Tebal?&lt;/b&gt; [[${letter.number}]]")
                .contains("&lt;i&gt;Budi&lt;/i&gt; &amp; &quot;Ani&quot; &lt;script&gt;")
                .doesNotContain("<script>")
                .doesNotContain(System.getProperty("user.home"));
        assertThat(LetterPdfTests.text(letters.pdf(letter.view().id())))
                .contains("<b>Tebal?</b> [[${letter.number}]]")
                .contains("${T(java.lang.System)")
                .contains("<i>Budi</i> & \"Ani\"")
                .contains("<script>alert(1)</script>");
    }

    @Test
    void previewsABodyAsAPdfWithSampleDataBeforeItIsSaved() throws Exception {
        String office = new OfficeTestData(offices).office();

        byte[] preview = letters.previewTemplate(
                office, LetterKind.TANDA_TERIMA, "Diterima dari {{pemohon.nama}} ({{pemohon.nik}}).\n{{tabel.berkas}}");

        assertThat(LetterPdfTests.text(preview))
                .contains("Diterima dari Siti Aminah (3317••••••••0001).")
                .contains("Surat Keterangan Tidak Mampu")
                .contains("001/CONTOH/");
        assertThat(letters.template(office, LetterKind.TANDA_TERIMA).standard()).isTrue();
    }

    @Test
    void theApiReadsAndReplacesABodyAndRefusesAnUnknownPlaceholderWith422NamingItAndItsLine() throws Exception {
        var data = new OfficeTestData(offices);
        String office = data.office();
        String token = "Bearer "
                + offices.issueApiToken(data.officeAdmin(office), "templates").token();
        String url = "/api/offices/" + office + "/letter-templates/tanda-terima";

        var read =
                mvc.perform(get(url).header("Authorization", token)).andReturn().getResponse();
        assertThat(read.getStatus()).isEqualTo(200);
        assertThat(read.getContentAsString())
                .contains("\"standard\":true")
                .contains("{{pemohon.nama}}")
                .doesNotContain("{{penolakan.alasan}}");

        var refused = mvc.perform(put(url).header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\": \"Diterima dari\\n{{pemohon.gaji}}\", \"version\": 0}"))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("\"field\":\"body\"").contains("{{pemohon.gaji}}");
        assertThat(letters.template(office, LetterKind.TANDA_TERIMA).standard()).isTrue();

        var saved = mvc.perform(put(url).header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\": \"Diterima dari {{pemohon.nama}}.\", \"version\": 0}"))
                .andReturn()
                .getResponse();
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(200);
        assertThat(letters.template(office, LetterKind.TANDA_TERIMA).body())
                .isEqualTo("Diterima dari {{pemohon.nama}}.");
        assertThat(mvc.perform(get("/api/offices/" + office + "/letter-templates/lembar-disposisi")
                                .header("Authorization", token))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private LetterRepository.StoredLetter issue(String office, LetterSetting setting) {
        return issuer.issue(LetterIssuerIntegrationTests.order(
                LetterIssuerIntegrationTests.CASES.incrementAndGet(),
                office,
                setting,
                Instant.parse("2025-08-12T02:00:00Z")));
    }
}
