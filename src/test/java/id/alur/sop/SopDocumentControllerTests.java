package id.alur.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.platform.AlurUser;
import id.alur.platform.AuditTrail;
import id.alur.platform.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The SOP document's web layer alone: the version id read from the path, the downloads named after code and version,
 * and an unknown version answered by the platform's advice as its 404 page in the reader's language. The facade is a
 * mock: what it does is {@link SopServiceIntegrationTests}' subject.
 */
@WebMvcTest(
        controllers = SopDocumentController.class,
        includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "id\\.alur\\.platform\\.ApiProblems"),
        // The other modules' advice and web configuration are not this slice's: only sop's and platform's.
        excludeFilters =
                @ComponentScan.Filter(type = FilterType.REGEX, pattern = "id\\.alur\\.(?!sop\\.|platform\\.).*"))
@Import({SopAccess.class, id.alur.platform.AccessProbes.class})
class SopDocumentControllerTests {

    static final AlurUser OFFICER = new AlurUser(
            "kaltara.kabid-linjamsos",
            null,
            "Kabid Linjamsos",
            true,
            "dinsos-kaltara",
            "Dinsos Prov. Kalimantan Utara",
            ZoneId.of("Asia/Makassar"),
            Set.of(Role.OFFICER));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SopService sops;

    /** The office-isolation probe goes on the audit trail; that trail is platform's and not in this slice. */
    @MockitoBean
    AuditTrail audit;

    @Test
    void showsTheDocumentOfTheVersionInThePath() throws Exception {
        given(sops.get(new SopVersionId(7))).willReturn(kaltara(7));

        String html = mvc.perform(get("/sop/versi/7").with(user(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("Rekomendasi Berobat / Pendaftaran Peserta PBI/KIS")
                .contains("href=\"7.pdf\"", "href=\"7.bpmn\"");
    }

    @Test
    void namesTheBpmnDownloadAfterTheCodeAndVersion() throws Exception {
        given(sops.get(new SopVersionId(7))).willReturn(kaltara(7));

        mvc.perform(get("/sop/versi/7.bpmn").with(user(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/bpmn+xml"))
                .andExpect(header().string(
                                "Content-Disposition",
                                startsWith("attachment; filename=\"kis-rekomendasi-berobat-v1.bpmn\"")));
    }

    @Test
    void answersAnUnknownVersionWithThePlatforms404PageInTheReadersLanguage() throws Exception {
        given(sops.get(new SopVersionId(42))).willThrow(new SopVersionNotFoundException(new SopVersionId(42)));

        String indonesian = mvc.perform(get("/sop/versi/42").with(user(OFFICER)))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String english = mvc.perform(
                        get("/sop/versi/42.pdf").param("lang", "en").with(user(OFFICER)))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(indonesian).contains("Versi SOP 42 tidak ditemukan.");
        assertThat(english).contains("SOP version 42 was not found.");
    }

    @Test
    void answersAnotherOfficesVersionAsIfThereWereNone() throws Exception {
        given(sops.get(new SopVersionId(7))).willReturn(kaltara(7));
        var rembang = new AlurUser(
                "rembang.kasi-rehabsos",
                null,
                "Kasi Rehabsos",
                true,
                "dinsosppkb-rembang",
                "Dinsos PPKB Kab. Rembang",
                ZoneId.of("Asia/Jakarta"),
                Set.of(Role.OFFICER));

        String page = mvc.perform(get("/sop/versi/7").with(user(rembang)))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(get("/sop/versi/7.pdf").with(user(rembang))).andExpect(status().isNotFound());
        mvc.perform(get("/sop/versi/7.bpmn").with(user(rembang))).andExpect(status().isNotFound());

        assertThat(page).contains("Versi SOP 7 tidak ditemukan.").doesNotContain("Rekomendasi Berobat");
    }

    @Test
    void answersAPathThatIsNoVersionNumberAndAFontNotServedWith404() throws Exception {
        mvc.perform(get("/sop/versi/tujuh").with(user(OFFICER))).andExpect(status().isNotFound());
        mvc.perform(get("/sop/dokumen/font/Lain.ttf").with(user(OFFICER))).andExpect(status().isNotFound());
    }

    static SopVersionView kaltara(long id) {
        Sop sop = SopFormat.seed("dinsos-kaltara");
        return new SopVersionView(
                new SopVersionId(id),
                "dinsos-kaltara",
                sop.code(),
                1,
                LocalDate.of(2025, 2, 1),
                SopStatus.PUBLISHED,
                sop,
                SopFormat.seedSource("dinsos-kaltara"),
                Instant.parse("2025-01-31T02:00:00Z"));
    }
}
