package id.alur.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.alur.casework.CaseStage;
import id.alur.casework.PermohonanService;
import id.alur.casework.PublicStatus;
import id.alur.letter.LetterKind;
import id.alur.letter.LetterService;
import id.alur.letter.LetterVerification;
import id.alur.letter.PdfCheck;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The public status and letter verification pages in the web slice: binding, 422, 404, the rate limit. */
@PortalWebSlice
class PortalPagesTests {

    /** Each test looks up from its own client address: the rate limit counts per address. */
    static final AtomicInteger CLIENT = new AtomicInteger(1);

    static final String CODE = "K7M2Q9XA";

    static final LetterVerification LETTER = new LetterVerification(
            "460/12/DINSOS/2026",
            LocalDate.of(2026, 3, 2),
            "Dinas Sosial PPKB Kabupaten Rembang",
            LetterKind.SURAT_PENGANTAR,
            "Sri Wahyuni",
            "Kepala Dinas",
            "ab".repeat(32),
            "S. A.",
            null,
            null);

    @Autowired
    MockMvc mvc;

    @Autowired
    PermohonanService permohonan;

    @Autowired
    LetterService letters;

    MockHttpServletResponse lookUp(String client, String trackingNumber, String nikLast4) throws Exception {
        MockHttpServletRequestBuilder request = post("/publik/status")
                .param("trackingNumber", trackingNumber)
                .param("nikLast4", nikLast4)
                .with(csrf())
                .with(r -> {
                    r.setRemoteAddr(client);
                    return r;
                });
        return mvc.perform(request).andReturn().getResponse();
    }

    static String newClient() {
        return "10.88.0." + CLIENT.getAndIncrement();
    }

    @Test
    void bindsTheLookUpAndShowsWhereThePermohonanStands() throws Exception {
        given(permohonan.publicStatus(" alr-2026-7k3m9q ", "0002"))
                .willReturn(Optional.of(new PublicStatus(
                        "ALR-2026-7K3M9Q",
                        "Dinas Sosial PPKB Kabupaten Rembang",
                        "Pelayanan Surat Pengantar KIS",
                        Instant.parse("2026-03-02T01:00:00Z"),
                        CaseStage.IN_PROCESS,
                        "Verifikasi berkas",
                        Instant.parse("2026-03-02T01:05:00Z"),
                        null,
                        null,
                        ZoneId.of("Asia/Jakarta"))));

        var response = lookUp(newClient(), " alr-2026-7k3m9q ", " 0002 ");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Verifikasi berkas", "Sedang diproses");
    }

    @Test
    void answers422WhenTheDigitsAreMissingAnd404WhenNothingMatches() throws Exception {
        given(permohonan.publicStatus(anyString(), anyString())).willReturn(Optional.empty());

        var incomplete = lookUp(newClient(), "ALR-2026-4UNKNW", "12");
        var unknown = lookUp(newClient(), "ALR-2026-4UNKNW", "1234");

        assertThat(incomplete.getStatus()).isEqualTo(422);
        assertThat(incomplete.getContentAsString()).contains("Isi nomor registrasi dan 4 angka terakhir NIK.");
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString()).contains("Permohonan tidak ditemukan.");
    }

    @Test
    void refusesTheEleventhLookUpOfAMinuteWith429() throws Exception {
        given(permohonan.publicStatus(anyString(), anyString())).willReturn(Optional.empty());
        String client = newClient();
        for (int i = 0; i < 10; i++) {
            // a different number each time: the limit per address is tested, not the one per tracking number
            assertThat(lookUp(client, "ALR-2026-0000A" + (char) ('A' + i), "1234")
                            .getStatus())
                    .isEqualTo(404);
        }

        var refused = lookUp(client, "ALR-2026-0000AZ", "1234");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
    }

    @Test
    void answersAnUnknownLetterCodeWith404AndChecksAnUploadedPdf() throws Exception {
        given(letters.verify(anyString())).willReturn(Optional.empty());
        given(letters.verify(CODE)).willReturn(Optional.of(LETTER));
        given(letters.verifyPdf(any(), any())).willReturn(Optional.of(new PdfCheck(true, "ab".repeat(32), LETTER)));

        var unknown =
                mvc.perform(get("/publik/verifikasi/ZZZZZZZZ")).andReturn().getResponse();
        var known = mvc.perform(get("/publik/verifikasi/" + CODE)).andReturn().getResponse();
        var checked = mvc.perform(multipart("/publik/verifikasi/" + CODE)
                        .file(new MockMultipartFile("pdf", "surat.pdf", "application/pdf", new byte[] {1, 2, 3}))
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString()).contains("letter-not-found");
        assertThat(known.getStatus()).isEqualTo(200);
        assertThat(known.getContentAsString()).contains("460/12/DINSOS/2026", "S. A.");
        assertThat(checked.getStatus()).isEqualTo(200);
        verify(letters).verifyPdf(CODE, new byte[] {1, 2, 3});
    }

    @Test
    void answers422WhenNoPdfWasChosen() throws Exception {
        given(letters.verify(CODE)).willReturn(Optional.of(LETTER));

        var response = mvc.perform(multipart("/publik/verifikasi/" + CODE).with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("id=\"pdf-error\"");
        verify(letters, never()).verifyPdf(any(), any());
    }

    @Test
    void sendsATypedCodeToItsOwnAddress() throws Exception {
        var response = mvc.perform(get("/publik/verifikasi").param("kode", " " + CODE + " "))
                .andReturn()
                .getResponse();

        assertThat(response.getRedirectedUrl()).isEqualTo("/publik/verifikasi/" + CODE);
    }
}
