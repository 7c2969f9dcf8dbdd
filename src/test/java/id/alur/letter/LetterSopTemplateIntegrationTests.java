package id.alur.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.platform.AlurUser;
import id.alur.platform.InputProblem;
import id.alur.platform.InvalidInputException;
import id.alur.sop.SopService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Each SOP of an office may have its own body of a letter kind (issue 12 follow-up): an office with two services issues
 * each service letter with its service's text, an SOP without one takes the office's body, an issued letter keeps the
 * text it was issued with, and a body with an unknown placeholder or for an SOP the office does not have writes
 * nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LetterSopTemplateIntegrationTests {

    static final LetterKind SERVICE = LetterKind.SURAT_LAYANAN;

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficeService offices;

    @Autowired
    SopService sops;

    @Autowired
    LetterService letters;

    @Autowired
    LetterIssuer issuer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService userDetails;

    String office;
    String adminUsername;

    /** An office with three services: SOPs {@code layanan-a}, {@code layanan-b} and {@code layanan-c}. */
    @BeforeEach
    void anOfficeWithThreeServices() throws IOException {
        var data = new OfficeTestData(offices);
        office = data.office();
        adminUsername = data.officeAdmin(office);
        for (String sop : List.of("layanan-a", "layanan-b", "layanan-c")) {
            sops.createDraft(office, sop + ".sop.yaml", sopText(sop));
        }
    }

    @Test
    void eachServiceIssuesItsLetterWithItsOwnBodyAndAServiceWithoutOneTakesTheOfficesBody() throws IOException {
        letters.saveTemplate(office, SERVICE, "Isi kantor untuk {{pemohon.nama}}.", 0, "admin");
        letters.saveTemplate(office, "layanan-a", SERVICE, "Isi layanan A untuk {{pemohon.nama}}.", 0, "admin");
        var b = letters.saveTemplate(
                office, "layanan-b", SERVICE, "Isi layanan B, {{layanan}}, untuk {{pemohon.nama}}.", 0, "admin");
        assertThat(b.sopCode()).isEqualTo("layanan-b");
        assertThat(b.standard()).isFalse();

        String a = text(issue("layanan-a"));
        String bText = text(issue("layanan-b"));
        String c = text(issue("layanan-c"));

        assertThat(a).contains("Isi layanan A untuk Siti Aminah Harahap.").doesNotContain("Isi kantor");
        assertThat(bText)
                .contains("Isi layanan B, Pelayanan Surat Pengantar Pembuatan KIS, untuk Siti Aminah Harahap.")
                .doesNotContain("Isi kantor");
        assertThat(c).contains("Isi kantor untuk Siti Aminah Harahap.").doesNotContain("Isi layanan");
        var inherited = letters.template(office, "layanan-c", SERVICE);
        assertThat(inherited.standard()).isTrue();
        assertThat(inherited.officeBody()).isTrue();
        assertThat(inherited.body()).isEqualTo("Isi kantor untuk {{pemohon.nama}}.");
        assertThat(letters.template(office, SERVICE).body())
                .as("the office's body is its own")
                .contains("Isi kantor");
    }

    @Test
    void anIssuedLetterKeepsItsTextWhenItsServicesBodyChangesOrIsRemoved() throws IOException {
        var saved = letters.saveTemplate(office, "layanan-a", SERVICE, "Teks lama {{pemohon.nama}}.", 0, "admin");
        var first = issue("layanan-a");

        var changed = letters.saveTemplate(
                office, "layanan-a", SERVICE, "Teks baru {{pemohon.nama}}.", saved.version(), "admin");
        var second = issue("layanan-a");
        var removed = letters.removeTemplate(office, "layanan-a", SERVICE, changed.version(), "admin");
        var third = issue("layanan-a");

        assertThat(LetterPdfTests.text(letters.render(first.view().id()).issued()))
                .contains("Teks lama Siti Aminah Harahap.")
                .doesNotContain("Teks baru");
        assertThat(text(second)).contains("Teks baru Siti Aminah Harahap.");
        assertThat(removed.standard()).isTrue();
        assertThat(removed.officeBody())
                .as("the office wrote none: the standard body")
                .isFalse();
        assertThat(text(third)).doesNotContain("Teks").contains("menerangkan bahwa");
        assertThatThrownBy(() -> letters.removeTemplate(office, "layanan-a", SERVICE, changed.version(), "admin"))
                .as("nothing left to remove at that version")
                .isInstanceOf(LetterChangedException.class);
    }

    @Test
    void refusesAnUnknownPlaceholderAndAnSopTheOfficeDoesNotHaveAndWritesNothing() {
        assertThatThrownBy(() -> letters.saveTemplate(
                        office, "layanan-a", SERVICE, "Untuk {{pemohon.nama}}\n{{pemohon.gaji}}", 0, "admin"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(InputProblem.ofField(
                                        "body", "letter.template.unknown-placeholder", "{{pemohon.gaji}}", 2)));
        assertThatThrownBy(() -> letters.saveTemplate(office, "layanan-lain", SERVICE, "Isi.", 0, "admin"))
                .isInstanceOf(LetterNotFoundException.class);
        assertThatThrownBy(() -> letters.template(office, "layanan-lain", SERVICE))
                .isInstanceOf(LetterNotFoundException.class);

        assertThat(jdbc.sql("select count(*) from letter_template where office_code = ?")
                        .param(office)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theAdminEditsAServicesBodyOnItsPageFromTheSettingAndThroughTheApi() throws Exception {
        AlurUser admin = new OfficeTestData(offices).signedIn(userDetails, adminUsername);
        letters.saveSetting(
                new LetterSettingView(
                        null,
                        office,
                        "layanan-a",
                        SERVICE,
                        2,
                        2,
                        List.of(),
                        "{seq}/{yyyy}",
                        null,
                        null,
                        "Surat Keterangan",
                        null,
                        null,
                        0),
                "test");
        String page = "/admin/offices/" + office + "/letters/templates/surat-layanan/sop/layanan-a";
        assertThat(call(get("/admin/offices/" + office + "/letters"), admin, 200))
                .contains(page);
        assertThat(call(get(page), admin, 200)).contains("untuk SOP Pelayanan layanan-a", "isi baku");

        assertThat(call(post(page).param("body", "Isi {{pemohon.gaji}}").param("version", "0"), admin, 422))
                .contains("{{pemohon.gaji}}");
        call(post(page).param("body", "Isi layanan A untuk {{pemohon.nama}}.").param("version", "0"), admin, 302);
        assertThat(letters.template(office, "layanan-a", SERVICE).body())
                .isEqualTo("Isi layanan A untuk {{pemohon.nama}}.");
        assertThat(call(get("/admin/offices/" + office + "/letters"), admin, 200))
                .contains("(isi khusus SOP)");

        String token = "Bearer "
                + offices.issueApiToken(adminUsername, "sop-templates").token();
        String api = "/api/offices/" + office + "/letter-templates/surat-layanan/sop/layanan-a";
        var read =
                mvc.perform(get(api).header("Authorization", token)).andReturn().getResponse();
        assertThat(read.getStatus()).isEqualTo(200);
        assertThat(read.getContentAsString(StandardCharsets.UTF_8))
                .contains("\"sop\":\"layanan-a\"", "\"standard\":false", "\"version\":0");
        var saved = mvc.perform(put(api).header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\": \"Isi dari API untuk {{pemohon.nama}}.\", \"version\": 0}"))
                .andReturn()
                .getResponse();
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(200);
        var removed = mvc.perform(delete(api).param("version", "1").header("Authorization", token))
                .andReturn()
                .getResponse();
        assertThat(removed.getStatus()).as(removed.getContentAsString()).isEqualTo(200);
        assertThat(removed.getContentAsString()).contains("\"standard\":true", "\"officeBody\":false");
        assertThat(mvc.perform(get("/api/offices/" + office + "/letter-templates/surat-layanan/sop/layanan-lain")
                                .header("Authorization", token))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private LetterRepository.StoredLetter issue(String sop) {
        var setting = new LetterSetting(
                null,
                office,
                sop,
                SERVICE,
                4,
                4,
                List.of(),
                NumberingPattern.parse("470/{seq}/{yyyy}"),
                null,
                null,
                "Surat Keterangan",
                null,
                null,
                0);
        return issuer.issue(LetterIssuerIntegrationTests.order(
                LetterIssuerIntegrationTests.CASES.incrementAndGet(),
                office,
                setting,
                Instant.parse("2026-03-02T02:00:00Z")));
    }

    private String text(LetterRepository.StoredLetter letter) throws IOException {
        return LetterPdfTests.text(letters.pdf(letter.view().id()));
    }

    private String call(MockHttpServletRequestBuilder request, AlurUser who, int status) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(request.with(user(who)).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** {@code LetterReadinessIntegrationTests}' SOP under another code and name. */
    private static String sopText(String code) throws IOException {
        try (InputStream in =
                LetterReadinessIntegrationTests.class.getResourceAsStream("LetterReadinessIntegrationTests.sop.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("kode: kis-uji-surat", "kode: " + code)
                    .replace("nama: Pelayanan Uji Siap", "nama: Pelayanan " + code);
        }
    }
}
