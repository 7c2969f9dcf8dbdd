package id.alur.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.casework.OutsidePartyAccess;
import id.alur.office.ResourceOfficeGuard;
import id.alur.platform.AlurUser;
import id.alur.platform.AuditTrail;
import id.alur.platform.InputProblem;
import id.alur.platform.InvalidInputException;
import id.alur.platform.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The letter pages' web layer alone, with the platform's real advice and the office guard: what a form binds into,
 * a form re-rendered at 422 with each problem at its field (whether the form or the module refused the value), 404 for
 * what is not there or is another office's, and 409 when someone else changed it first. The facade is a mock: what it
 * does is the subject of the integration tests.
 */
@WebMvcTest(
        controllers = {
            LetterSettingsController.class,
            LetterheadController.class,
            LetterRegisterController.class,
            LetterController.class,
            LetterTemplateController.class
        },
        includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "id\\.alur\\.platform\\.ApiProblems"),
        // The other modules' advice and web configuration are not this slice's: only letter's and platform's.
        excludeFilters =
                @ComponentScan.Filter(type = FilterType.REGEX, pattern = "id\\.alur\\.(?!letter\\.|platform\\.).*"))
@Import({ResourceOfficeGuard.class, id.alur.platform.AccessProbes.class})
class LetterPageControllerTests {

    static final String OFFICE = "dinsos-solok";
    static final String BASE = "/admin/offices/" + OFFICE + "/letters";
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final AlurUser ADMIN = new AlurUser(
            "solok.admin",
            null,
            "Admin Solok",
            true,
            OFFICE,
            "Dinas Sosial Kab. Solok",
            WIB,
            Set.of(Role.OFFICE_ADMIN));
    static final AlurUser OTHER_ADMIN = new AlurUser(
            "kaltara.admin",
            null,
            "Admin Kaltara",
            true,
            "dinsos-kaltara",
            "Dinsos Kaltara",
            WIB,
            Set.of(Role.OFFICE_ADMIN));
    static final AlurUser OFFICER = new AlurUser(
            "solok.kepala-dinas",
            null,
            "Kepala Dinas",
            true,
            OFFICE,
            "Dinas Sosial Kab. Solok",
            WIB,
            Set.of(Role.OFFICER));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    LetterService letters;

    /** The letter outputs pages (which steps of an SOP version output a letter). */
    @MockitoBean
    LetterOutputChoices outputChoices;

    @MockitoBean
    AuditTrail audit;

    /** The letter pages ask casework whether an outside party may see a case's letters (issue 14 item 2). */
    @MockitoBean
    OutsidePartyAccess outsideParties;

    /** The letters page warns when the public address letters' QR codes point to is unset (issue 14 item 8). */
    @MockitoBean
    VerificationUrls verificationUrls;

    @Test
    void bindsTheSettingFormIntoTheSettingItSaves() throws Exception {
        mvc.perform(setting("460/{seq}/DINSOS-{yyyy}").param("issueStep", "4").param("parafSteps", "2, 3"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(BASE));

        var saved = ArgumentCaptor.forClass(LetterSettingView.class);
        then(letters).should().saveSetting(saved.capture(), eq("solok.admin"));
        assertThat(saved.getValue())
                .isEqualTo(new LetterSettingView(
                        null,
                        OFFICE,
                        "kis-bpjs",
                        LetterKind.SURAT_PENGANTAR,
                        4,
                        4,
                        List.of(2, 3),
                        "460/{seq}/DINSOS-{yyyy}",
                        "460",
                        null,
                        null,
                        null,
                        null,
                        0));
    }

    @Test
    void reRendersTheSettingFormWith422AtAFieldTheFormCannotRead() throws Exception {
        String page = body(mvc.perform(setting("{seq}/{yyyy}").param("issueStep", "empat"))
                .andExpect(status().isUnprocessableContent()));

        assertThat(page).contains("id=\"issueStep-error\"").contains("Nomor langkah harus angka 1 atau lebih.");
        then(letters).should(never()).saveSetting(any(), anyString());
    }

    @Test
    void reRendersTheSettingFormWith422AtTheFieldTheModuleRefusedKeepingWhatWasTyped() throws Exception {
        given(letters.saveSetting(any(), anyString()))
                .willThrow(new InvalidLetterInputException("pattern", "letter.pattern.unknown-token", "{tahun}"));

        String page = body(mvc.perform(setting("TT/{seq}/{tahun}").param("issueStep", "1"))
                .andExpect(status().isUnprocessableContent()));

        assertThat(page)
                .contains("id=\"pattern-error\"")
                .contains("Penanda {tahun} tidak dikenal.")
                .contains("value=\"TT/{seq}/{tahun}\"");
    }

    @Test
    void reRendersTheLetterheadPageWith422AtTheLogoItRefused() throws Exception {
        given(letters.uploadLogo(eq(OFFICE), any(), eq("solok.admin")))
                .willThrow(new InvalidLetterInputException("logo", "letter.logo.not-an-image"));

        String page = body(mvc.perform(multipart(BASE + "/letterhead/logo")
                        .file(new MockMultipartFile("logo", "logo.png", "image/png", "GIF89a".getBytes()))
                        .with(user(ADMIN))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent()));

        assertThat(page).contains("id=\"logo-error\"").contains("Berkas ini bukan gambar PNG atau JPEG.");
        then(letters).should().uploadLogo(OFFICE, "GIF89a".getBytes(), "solok.admin");
    }

    @Test
    void reRendersTheLetterPageWith422AtTheReasonTheRevocationNeeds() throws Exception {
        given(letters.find(new LetterId(9))).willReturn(letter(9, OFFICE, null));
        given(letters.revoke(new LetterId(9), "", "solok.admin"))
                .willThrow(new InvalidLetterInputException("reason", "letter.revoke.reason-required"));

        String page = body(mvc.perform(post(BASE + "/9/revoke")
                        .param("reason", "")
                        .with(user(ADMIN))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent()));

        assertThat(page).contains("id=\"reason-error\"").contains("Alasan pencabutan wajib diisi.");
    }

    @Test
    void showsTheTemplateEditorWithEveryPlaceholderItMayUseBesideIt() throws Exception {
        given(letters.template(OFFICE, LetterKind.TANDA_TERIMA)).willReturn(template(LetterKind.TANDA_TERIMA));

        String page = body(mvc.perform(get(BASE + "/templates/tanda-terima").with(user(ADMIN)))
                .andExpect(status().isOk()));

        assertThat(page)
                .contains("Isi Tanda Terima")
                .contains("Telah diterima berkas permohonan {{layanan}} dari:")
                .contains("{{pemohon.nama}}")
                .contains("NIK pemohon tersamar")
                .contains("{{tabel.berkas}}")
                .doesNotContain("{{penolakan.alasan}}");
    }

    @Test
    void savesTheBodyAsTypedAndReRendersItWith422NamingAnUnknownPlaceholderAndItsLine() throws Exception {
        given(letters.template(OFFICE, LetterKind.SURAT_PENGANTAR)).willReturn(template(LetterKind.SURAT_PENGANTAR));
        mvc.perform(post(BASE + "/templates/surat-pengantar")
                        .param("body", "Untuk {{pemohon.nama}}.")
                        .param("version", "2")
                        .with(user(ADMIN))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(BASE + "/templates/surat-pengantar"));
        then(letters)
                .should()
                .saveTemplate(OFFICE, LetterKind.SURAT_PENGANTAR, "Untuk {{pemohon.nama}}.", 2, "solok.admin");

        given(letters.saveTemplate(eq(OFFICE), eq(LetterKind.SURAT_PENGANTAR), anyString(), eq(0), anyString()))
                .willThrow(new InvalidInputException(List.of(
                        InputProblem.ofField("body", "letter.template.unknown-placeholder", "{{pemohon.gaji}}", 3))));
        String page = body(mvc.perform(post(BASE + "/templates/surat-pengantar")
                        .param("body", "Untuk\n\n{{pemohon.gaji}}")
                        .param("version", "0")
                        .with(user(ADMIN))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent()));
        assertThat(page)
                .contains("id=\"body-error\"")
                .contains("Penanda {{pemohon.gaji}} pada baris 3 tidak dikenal untuk surat ini.")
                .contains("{{pemohon.gaji}}</textarea>");
    }

    @Test
    void previewsTheBodyAsTypedAsAPdfAndAnswersAKindWithoutBodyWith404() throws Exception {
        given(letters.template(OFFICE, LetterKind.TANDA_TERIMA)).willReturn(template(LetterKind.TANDA_TERIMA));
        given(letters.previewTemplate(OFFICE, LetterKind.TANDA_TERIMA, "Isi {{pemohon.nama}}"))
                .willReturn("%PDF-1.7".getBytes());

        mvc.perform(post(BASE + "/templates/tanda-terima/preview")
                        .param("body", "Isi {{pemohon.nama}}")
                        .with(user(ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(content().bytes("%PDF-1.7".getBytes()));
        then(letters).should(never()).saveTemplate(any(), any(), any(), org.mockito.ArgumentMatchers.anyInt(), any());

        mvc.perform(get(BASE + "/templates/lembar-disposisi").with(user(ADMIN))).andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/templates/tidak-ada").with(user(ADMIN))).andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/templates/tanda-terima").with(user(OTHER_ADMIN)))
                .andExpect(status().isNotFound());
    }

    static LetterTemplateView template(LetterKind kind) {
        return new LetterTemplateView(
                OFFICE,
                null,
                null,
                kind,
                LetterTemplate.standard(kind).body(),
                true,
                false,
                0,
                null,
                null,
                LetterService.placeholders(kind));
    }

    @Test
    void answersAnotherOfficesLettersAndALetterThatIsNotThereWith404() throws Exception {
        mvc.perform(get(BASE).with(user(OTHER_ADMIN))).andExpect(status().isNotFound());
        then(letters).shouldHaveNoInteractions();

        given(letters.find(new LetterId(9))).willReturn(letter(9, "dinsos-kaltara", null));
        mvc.perform(get(BASE + "/9").with(user(ADMIN))).andExpect(status().isNotFound());
        mvc.perform(get("/letters/9/letter.pdf").with(user(OFFICER))).andExpect(status().isNotFound());

        given(letters.find(new LetterId(10))).willThrow(new LetterNotFoundException("letter 10"));
        assertThat(body(mvc.perform(get(BASE + "/10").with(user(ADMIN))).andExpect(status().isNotFound())))
                .contains("Surat tidak ditemukan.");
    }

    @Test
    void answersAChangeSomeoneMadeFirstWith409SayingWho() throws Exception {
        given(letters.setting(5))
                .willReturn(new LetterSettingView(
                        5L,
                        OFFICE,
                        "kis-bpjs",
                        LetterKind.SURAT_PENGANTAR,
                        1,
                        1,
                        List.of(),
                        "{seq}/{yyyy}",
                        null,
                        null,
                        null,
                        null,
                        null,
                        3));
        given(letters.saveSetting(any(), anyString()))
                .willThrow(
                        new LetterChangedException("setting 5", "rina", Instant.parse("2025-08-12T02:00:00Z"), null));
        given(letters.find(new LetterId(9))).willReturn(letter(9, OFFICE, Instant.parse("2025-08-12T03:00:00Z")));
        given(letters.revoke(new LetterId(9), "Salah ketik", "solok.admin"))
                .willThrow(new LetterChangedException(
                        "letter 9", "rina", Instant.parse("2025-08-12T03:00:00Z"), letter(9, OFFICE, null)));

        String setting =
                body(mvc.perform(setting("{seq}/{yyyy}").param("issueStep", "1").param("id", "5"))
                        .andExpect(status().isConflict()));
        String revoked = body(mvc.perform(post(BASE + "/9/revoke")
                        .param("reason", "Salah ketik")
                        .with(user(ADMIN))
                        .with(csrf()))
                .andExpect(status().isConflict()));

        assertThat(setting).contains("Diubah oleh rina pada 12 Agu 2025 09:00");
        assertThat(revoked).contains("Diubah oleh rina pada 12 Agu 2025 10:00");
    }

    MockHttpServletRequestBuilder setting(String pattern) {
        return post(BASE + "/settings")
                .param("sopCode", "kis-bpjs")
                .param("kind", "surat-pengantar")
                .param("pattern", pattern)
                .param("classificationCode", "460")
                .with(user(ADMIN))
                .with(csrf());
    }

    static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    static LetterView letter(long id, String office, Instant revokedAt) {
        return new LetterView(
                new LetterId(id),
                office,
                "kis-bpjs",
                LetterKind.SURAT_PENGANTAR,
                77,
                id + "/2025",
                LocalDate.of(2025, 8, 12),
                Instant.parse("2025-08-12T02:00:00Z"),
                "Permohonan Penerbitan KIS",
                "Kepala BPJS Kesehatan",
                "Siti Aminah Harahap",
                "Muliadi Marcos, SE, MM",
                "Kepala Dinas Sosial",
                null,
                "abcdefghijkl",
                "ab".repeat(32),
                revokedAt,
                revokedAt == null ? null : "rina",
                revokedAt == null ? null : "Salah ketik");
    }
}
