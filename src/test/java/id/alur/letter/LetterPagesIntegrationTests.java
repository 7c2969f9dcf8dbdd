package id.alur.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.platform.AlurUser;
import id.alur.platform.AuditQuery;
import id.alur.platform.AuditRecord;
import id.alur.platform.AuditTrail;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The public verification page and the letter administration, through HTTP on PostgreSQL. */
@SpringBootTest
@AutoConfigureMockMvc
class LetterPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    LetterIssuer issuer;

    @Autowired
    LetterService letters;

    @Autowired
    OfficeService offices;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    AuditTrail audit;

    String office;
    AlurUser admin;
    LetterRepository.StoredLetter letter;

    @BeforeEach
    void letter() {
        var data = new OfficeTestData(offices);
        office = data.office();
        admin = data.signedIn(userDetails, data.officeAdmin(office));
        letter = issuer.issue(LetterIssuerIntegrationTests.order(
                LetterIssuerIntegrationTests.CASES.incrementAndGet(),
                office,
                LetterIssuerIntegrationTests.setting(office, "460/{seq}/DINSOS-{yyyy}"),
                Instant.parse("2025-08-12T02:00:00Z")));
    }

    @Test
    void showsTheLetterWithoutLoginAndTheApplicantOnlyAsInitials() throws Exception {
        String page = mvc.perform(get("/publik/verifikasi/" + letter.view().verificationCode()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("460/1/DINSOS-2025", "12-08-2025", "Dinas Sosial", "Surat Pengantar")
                .contains("Muliadi Marcos, SE, MM", "S. A. H.")
                // The hash stored with the PDFs, whether the page or the render started at issue stored them.
                .contains(letters.find(letter.view().id()).pdfSha256())
                .doesNotContain("Siti Aminah", "Harahap", "1302015708800002");
    }

    @Test
    void answersUnknownAndMalformedCodesWithTheSamePlainNotFound() throws Exception {
        String unknown = notFound("/publik/verifikasi/" + VerificationCode.next());
        String malformed = notFound("/publik/verifikasi/%27%20or%201=1--");
        String tooShort = notFound("/publik/verifikasi/abc");
        assertThat(unknown).contains("Surat dengan kode ini tidak ditemukan.");
        assertThat(malformed).isEqualTo(unknown);
        assertThat(tooShort).isEqualTo(unknown);
    }

    @Test
    void tellsWhetherAnUploadedPdfIsTheOneIssued() throws Exception {
        String code = letter.view().verificationCode();
        byte[] pdf = letters.pdf(letter.view().id());
        String same = mvc.perform(multipart("/publik/verifikasi/" + code)
                        .file(new MockMultipartFile("pdf", "surat.pdf", "application/pdf", pdf))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(same).contains("pdf-matches").doesNotContain("pdf-differs");

        byte[] changed = pdf.clone();
        changed[changed.length / 3] ^= 0x20;
        String differs = mvc.perform(multipart("/publik/verifikasi/" + code)
                        .file(new MockMultipartFile("pdf", "surat.pdf", "application/pdf", changed))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(differs).contains("pdf-differs").contains(LetterIssuer.sha256(changed));
    }

    @Test
    void refusesAPatternWithAnUnknownTokenWith422NamingTheField() throws Exception {
        String page = mvc.perform(post("/admin/offices/" + office + "/letters/settings")
                        .with(user(admin))
                        .with(csrf())
                        .param("sopCode", "kis-surat-pengantar")
                        .param("kind", "tanda-terima")
                        .param("issueStep", "1")
                        .param("pattern", "TT/{seq}/{tahun}"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"pattern-error\"").contains("{tahun}");
        assertThat(ofSop("kis-surat-pengantar")).isEmpty();

        mvc.perform(post("/admin/offices/" + office + "/letters/settings")
                        .with(user(admin))
                        .with(csrf())
                        .param("sopCode", "kis-surat-pengantar")
                        .param("kind", "tanda-terima")
                        .param("issueStep", "1")
                        .param("pattern", "TT/{seq}/{yyyy}"))
                .andExpect(status().is3xxRedirection());
        assertThat(ofSop("kis-surat-pengantar"))
                .extracting(LetterSettingView::pattern)
                .containsExactly("TT/{seq}/{yyyy}");
    }

    @Test
    void refusesALogoThatIsNotAnImage() throws Exception {
        letters.saveLetterhead(
                new LetterheadView(office, "Pemerintah Kabupaten Uji", "Dinas Sosial", null, null, "Uji", false, 0),
                "test");
        String page = mvc.perform(multipart("/admin/offices/" + office + "/letters/letterhead/logo")
                        .file(new MockMultipartFile("logo", "logo.png", "image/png", "GIF89a not a png".getBytes()))
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"logo-error\"").contains("bukan gambar PNG atau JPEG");
        assertThat(letters.logo(office)).isEmpty();
    }

    /** Issue 14 item 4: a logo uploaded is an admin action on record (its type and size); a refused one is not. */
    @Test
    void anUploadedLogoIsOnTheAuditTrailAndARefusedOneIsNot() throws Exception {
        letters.saveLetterhead(
                new LetterheadView(office, "Pemerintah Kabupaten Uji", "Dinas Sosial", null, null, "Uji", false, 0),
                "test");
        byte[] png = LetterServiceIntegrationTests.png(120, 120);
        mvc.perform(multipart("/admin/offices/" + office + "/letters/letterhead/logo")
                        .file(new MockMultipartFile("logo", "logo.gif", "image/gif", "GIF89a not a png".getBytes()))
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(multipart("/admin/offices/" + office + "/letters/letterhead/logo")
                        .file(new MockMultipartFile("logo", "logo.png", "image/png", png))
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(letters.logo(office)).isPresent();
        assertThat(recorded("letterhead.logo-"))
                .extracting(AuditRecord::actor, AuditRecord::objectType, AuditRecord::objectId, AuditRecord::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        admin.username(), "letterhead", office, "image/png, " + png.length + " bytes"));
    }

    @Test
    void revokesALetterSoThePublicPageSaysDicabut() throws Exception {
        var id = letter.view().id().value();
        mvc.perform(post("/admin/offices/" + office + "/letters/" + id + "/revoke")
                        .with(user(admin))
                        .with(csrf())
                        .param("reason", ""))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/admin/offices/" + office + "/letters/" + id + "/revoke")
                        .with(user(admin))
                        .with(csrf())
                        .param("reason", "Nama pemohon salah ketik"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/publik/verifikasi/" + letter.view().verificationCode()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("DICABUT").contains("Nama pemohon salah ketik");
    }

    @Test
    void downloadsTheRegisterAsXlsx() throws Exception {
        var response = mvc.perform(get("/admin/offices/" + office + "/letters/register.xlsx")
                        .with(user(admin))
                        .param("from", "2025-08-01")
                        .param("to", "2025-08-31"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats");
        assertThat(response.getContentAsByteArray()).startsWith((byte) 'P', (byte) 'K');
    }

    /**
     * Issue 14 item 4: the letter settings, letterhead, template, a revocation and the register's export are on the
     * audit trail under the office, by the administrator; a refused setting is not.
     */
    @Test
    void theAdministratorsChangesAndTheRegisterExportAreOnTheAuditTrail() throws Exception {
        var settings = post("/admin/offices/" + office + "/letters/settings")
                .param("sopCode", "kis-surat-pengantar")
                .param("kind", "tanda-terima")
                .param("issueStep", "1");
        mvc.perform(settings.param("pattern", "TT/{tahun}").with(user(admin)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        assertThat(recorded("letter-setting.")).isEmpty();
        mvc.perform(post("/admin/offices/" + office + "/letters/settings")
                        .param("sopCode", "kis-surat-pengantar")
                        .param("kind", "tanda-terima")
                        .param("issueStep", "1")
                        .param("pattern", "TT/{seq}/{yyyy}")
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/offices/" + office + "/letters/letterhead")
                        .param("governmentName", "Pemerintah Kabupaten Uji")
                        .param("officeName", "Dinas Sosial")
                        .param("place", "Uji")
                        .param("version", "0")
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        var template = letters.templates(office).getFirst();
        mvc.perform(post("/admin/offices/" + office + "/letters/templates/"
                                + template.kind().slug())
                        .param("body", template.body())
                        .param("version", String.valueOf(template.version()))
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/offices/" + office + "/letters/"
                                + letter.view().id().value() + "/revoke")
                        .param("reason", "Nama pemohon salah ketik")
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/offices/" + office + "/letters/register.xlsx")
                        .param("from", "2025-08-01")
                        .param("to", "2025-08-31")
                        .with(user(admin)))
                .andExpect(status().isOk());

        assertThat(recorded(""))
                .filteredOn(r -> r.actor().equals(admin.username()))
                .extracting(AuditRecord::action, AuditRecord::objectId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "letter-register.exported",
                                "agenda-surat-keluar-" + office + "-2025-08-01-2025-08-31.xlsx"),
                        org.assertj.core.groups.Tuple.tuple(
                                "letter.revoked",
                                String.valueOf(letter.view().id().value())),
                        org.assertj.core.groups.Tuple.tuple(
                                "letter-template.saved",
                                office + "/" + template.kind().slug()),
                        org.assertj.core.groups.Tuple.tuple("letterhead.saved", office),
                        org.assertj.core.groups.Tuple.tuple(
                                "letter-setting.saved",
                                String.valueOf(letters.settings(office).stream()
                                        .filter(setting -> "TT/{seq}/{yyyy}".equals(setting.pattern()))
                                        .findFirst()
                                        .orElseThrow()
                                        .id())));
    }

    private List<AuditRecord> recorded(String actionPrefix) {
        return audit.find(new AuditQuery(List.of(office), null, null, null, actionPrefix, null, null, null, 50));
    }

    String notFound(String path) throws Exception {
        String body = mvc.perform(get(URI.create(path)))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // The CSRF token in the page head differs per session; everything else must be the same.
        return body.replaceAll("<meta name=\"_csrf\"[^>]*>", "");
    }

    /** The office's settings for one SOP (besides the Tanda Terima for every SOP the office started with). */
    private java.util.List<LetterSettingView> ofSop(String sopCode) {
        return letters.settings(office).stream()
                .filter(setting -> setting.sopCode().equals(sopCode))
                .toList();
    }
}
