package id.alur.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LetterPdfTests {

    static final LetterPdf pdf = new LetterPdf();
    static final String URL = "http://localhost:8080/publik/verifikasi/Q2hlY2tUaGlzQ29kZTEyMw";

    @ParameterizedTest
    @EnumSource(LetterKind.class)
    void printsNumberApplicantSignerAndNipOnEveryKind(LetterKind kind) throws IOException {
        byte[] bytes = pdf.render(LetterFixtures.document(kind, "460/17/DINSOS-2025", URL));
        String text = text(bytes);
        assertThat(text)
                .contains("460/17/DINSOS-2025")
                .contains("Siti Aminah Harahap")
                .contains("Muliadi Marcos, SE, MM")
                .contains("NIP. 19720303 199202 1 001")
                .contains("12 Agustus 2025");
    }

    @Test
    void namesTheRecommendingOfficialOnceWithTheOffice() throws IOException {
        String text =
                text(pdf.render(LetterFixtures.document(LetterKind.SURAT_REKOMENDASI_BEROBAT, "011/DS/KU/2025", URL)));
        assertThat(text.replaceAll("\\s+", " "))
                .contains("Yang bertanda tangan di bawah ini, Kepala Dinas Sosial, dengan ini memberikan rekomendasi")
                .doesNotContain("Dinas Sosial Dinas Sosial");
    }

    @Test
    void embedsItsFontsSoTheLetterPrintsTheSameEverywhere() throws IOException {
        byte[] bytes = pdf.render(LetterFixtures.document(LetterKind.SURAT_PENGANTAR, "1/2025", URL));
        try (PDDocument document = Loader.loadPDF(bytes)) {
            var resources = document.getPage(0).getResources();
            int fonts = 0;
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVu");
                fonts++;
            }
            assertThat(fonts).isPositive();
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, Offset.offset(1f));
        }
    }

    @Test
    void carriesAQrCodeThatDecodesToTheVerificationUrl() throws Exception {
        byte[] bytes = pdf.render(LetterFixtures.document(LetterKind.SURAT_PENGANTAR, "1/2025", URL));
        assertThat(decodeQr(bytes)).isEqualTo(URL);
    }

    @Test
    void showsTheParafOnlyOnTheOfficeCopy() throws IOException {
        var document = LetterFixtures.document(LetterKind.SURAT_PENGANTAR, "1/2025", URL);
        assertThat(text(pdf.render(document))).doesNotContain("Yusnani Putri").doesNotContain("ARSIP");
        assertThat(text(pdf.render(document.asOfficeCopy())))
                .contains("ARSIP")
                .contains("Yusnani Putri")
                .contains("Koordinator Pelayanan")
                .contains("12-08-2025 09:15");
    }

    @Test
    void writesTheCapacityLineWhenSigningForAHigherOfficial() throws IOException {
        var base = LetterFixtures.document(LetterKind.SURAT_PENGANTAR, "1/2025", URL);
        var signer = new LetterDocument.Signer(
                "a.n. Kepala Dinas Sosial", "Plh. Kepala Bidang", "Andi Saputra", null, "198501012010011002");
        var document = new LetterDocument(
                base.kind(),
                base.officeCode(),
                base.zone(),
                base.number(),
                base.issuedOn(),
                base.letterhead(),
                base.subject(),
                base.addressee(),
                base.applicant(),
                base.trackingNumber(),
                base.sopName(),
                base.approvals(),
                signer,
                base.verificationUrl(),
                false);
        assertThat(text(pdf.render(document)))
                .contains("a.n. Kepala Dinas Sosial")
                .contains("Plh. Kepala Bidang,")
                .contains("Andi Saputra");
    }

    @Test
    void rendersEachLetterRightWhenManyRenderAtOnce() throws Exception {
        // The parsed fonts are reused between renders: letters rendered together must not mix glyphs or widths.
        int threads = 6;
        var tasks = new ArrayList<Callable<String>>();
        for (int t = 0; t < threads * 3; t++) {
            String number = (t + 1) + "/TEST/2025";
            var kind = LetterKind.values()[t % LetterKind.values().length];
            tasks.add(() -> {
                var rendered = pdf.render(
                        LetterFixtures.document(kind, number, URL),
                        LetterFixtures.document(kind, number, URL).asOfficeCopy());
                assertThat(text(rendered.officeCopy())).contains(number, "ARSIP");
                return text(rendered.issued());
            });
        }
        try (var pool = Executors.newFixedThreadPool(threads)) {
            var results = pool.invokeAll(tasks);
            for (int t = 0; t < results.size(); t++) {
                assertThat(results.get(t).get())
                        .contains((t + 1) + "/TEST/2025")
                        .contains("Siti Aminah Harahap")
                        .contains("NIP. 19720303 199202 1 001");
            }
        }
    }

    static String text(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The text of the QR code on the first page ({@link LetterQrCodes#read}). */
    static String decodeQr(byte[] bytes) throws Exception {
        return LetterQrCodes.read(bytes);
    }
}
