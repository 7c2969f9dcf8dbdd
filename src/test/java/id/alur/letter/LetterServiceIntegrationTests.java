package id.alur.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.assertj.core.groups.Tuple;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class LetterServiceIntegrationTests {

    /** Seeded: a failure can be run again as it was. */
    private static final Random OFFICES = new Random(20250813L);

    @Autowired
    LetterService letters;

    @Autowired
    LetterIssuer issuer;

    @Test
    void savesASettingAndRefusesAStaleEdit() {
        String office = uniqueOffice();
        var saved = letters.saveSetting(input(office, "460/{seq}/DINSOS-{yyyy}", null, 0), "admin");
        assertThat(saved.id()).isNotNull();
        assertThat(saved.pattern()).isEqualTo("460/{seq}/DINSOS-{yyyy}");
        assertThat(letters.settings(office)).containsExactly(saved);

        var edited = letters.saveSetting(input(office, "{seq:000}/DS/KU/{yyyy}", saved.id(), saved.version()), "admin");
        assertThat(edited.version()).isEqualTo(saved.version() + 1);
        assertThatThrownBy(() -> letters.saveSetting(input(office, "{seq}/{yyyy}", saved.id(), saved.version()), "b"))
                .isInstanceOfSatisfying(
                        LetterChangedException.class,
                        e -> assertThat(e.changedBy()).isEqualTo("admin"));
        assertThat(letters.setting(saved.id()).pattern()).isEqualTo("{seq:000}/DS/KU/{yyyy}");
    }

    @Test
    void refusesAPatternWithAnUnknownTokenOrWithoutSequenceNamingTheField() {
        String office = uniqueOffice();
        assertThatThrownBy(() -> letters.saveSetting(input(office, "460/{nomor}/{yyyy}", null, 0), "admin"))
                .isInstanceOfSatisfying(InvalidLetterInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("pattern");
                    assertThat(e.messageKey()).isEqualTo("letter.pattern.unknown-token");
                });
        assertThatThrownBy(() -> letters.saveSetting(input(office, "460/DINSOS-{yyyy}", null, 0), "admin"))
                .isInstanceOfSatisfying(InvalidLetterInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("pattern");
                    assertThat(e.messageKey()).isEqualTo("letter.pattern.no-sequence");
                });
        assertThatThrownBy(() -> letters.saveSetting(input(office, "{class}/{seq}/{yyyy}", null, 0), "admin"))
                .isInstanceOfSatisfying(
                        InvalidLetterInputException.class,
                        e -> assertThat(e.field()).isEqualTo("classificationCode"));
        assertThat(letters.settings(office)).isEmpty();
    }

    @Test
    void refusesStepsOutOfOrderAndASecondSettingOfTheSameKind() {
        String office = uniqueOffice();
        var late = new LetterSettingView(
                null,
                office,
                "kis-pns",
                LetterKind.SURAT_PENGANTAR,
                6,
                6,
                List.of(4, 6),
                "{seq}/{yyyy}",
                null,
                null,
                null,
                null,
                null,
                0);
        assertThatThrownBy(() -> letters.saveSetting(late, "admin"))
                .isInstanceOfSatisfying(
                        InvalidLetterInputException.class,
                        e -> assertThat(e.field()).isEqualTo("parafSteps"));
        var signAfterIssue = new LetterSettingView(
                null,
                office,
                "kis-pns",
                LetterKind.SURAT_PENGANTAR,
                6,
                8,
                List.of(),
                "{seq}/{yyyy}",
                null,
                null,
                null,
                null,
                null,
                0);
        assertThatThrownBy(() -> letters.saveSetting(signAfterIssue, "admin"))
                .isInstanceOfSatisfying(
                        InvalidLetterInputException.class,
                        e -> assertThat(e.field()).isEqualTo("signStep"));
        letters.saveSetting(input(office, "{seq}/{yyyy}", null, 0), "admin");
        assertThatThrownBy(() -> letters.saveSetting(input(office, "{seq}/{yy}", null, 0), "admin"))
                .isInstanceOfSatisfying(
                        InvalidLetterInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("letter.setting.duplicate"));
    }

    @Test
    void keepsALetterheadWithItsLogoAndRefusesWhatIsNotAnImageOrTooLarge() throws Exception {
        String office = uniqueOffice();
        assertThatThrownBy(() -> letters.uploadLogo(office, png(100, 100), "admin"))
                .isInstanceOfSatisfying(
                        InvalidLetterInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("letter.logo.letterhead-first"));
        var saved = letters.saveLetterhead(
                new LetterheadView(
                        office, "Pemerintah Kabupaten Rembang", "Dinas Sosial", null, null, "Rembang", false, 0),
                "admin");
        assertThat(saved.hasLogo()).isFalse();

        byte[] logo = png(200, 240);
        assertThat(letters.uploadLogo(office, logo, "admin").hasLogo()).isTrue();
        assertThat(letters.logo(office).orElseThrow().mediaType()).isEqualTo("image/png");
        assertThat(letters.logo(office).orElseThrow().bytes()).isEqualTo(logo);

        assertLogoRefused(office, "%PDF-1.7 not an image".getBytes(), "letter.logo.not-an-image");
        assertLogoRefused(office, "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(), "letter.logo.not-an-image");
        byte[] truncated = Arrays.copyOf(logo, 40);
        assertLogoRefused(office, truncated, "letter.logo.not-an-image");
        assertLogoRefused(office, new byte[0], "letter.logo.empty");
        assertLogoRefused(office, new byte[600 * 1024], "letter.logo.too-large");
        assertLogoRefused(office, png(2400, 10), "letter.logo.bad-dimensions");
        assertThat(letters.logo(office).orElseThrow().bytes()).isEqualTo(logo);

        var edited = letters.saveLetterhead(
                new LetterheadView(
                        office,
                        "Pemerintah Kabupaten Rembang",
                        "Dinas Sosial, Pemberdayaan Perempuan dan Keluarga Berencana",
                        "Jl. Pemuda",
                        null,
                        "Rembang",
                        true,
                        letters.letterhead(office).orElseThrow().version()),
                "admin");
        assertThat(edited.hasLogo()).isTrue();
        assertThat(edited.address()).isEqualTo("Jl. Pemuda");
    }

    @Test
    void listsTheRegisterByPeriodAndKindAndExportsItAsXlsx() throws Exception {
        String office = uniqueOffice();
        var pengantar = LetterIssuerIntegrationTests.setting(office, "460/{seq}/DINSOS-{yyyy}");
        var receipt = new LetterSetting(
                null,
                office,
                "kis-surat-pengantar",
                LetterKind.TANDA_TERIMA,
                1,
                1,
                List.of(),
                NumberingPattern.parse("TT-{seq}/{mm:roman}/{yyyy}"),
                null,
                null,
                null,
                null,
                null,
                0);
        long caseOne = LetterIssuerIntegrationTests.CASES.incrementAndGet();
        long caseTwo = LetterIssuerIntegrationTests.CASES.incrementAndGet();
        issuer.issue(
                LetterIssuerIntegrationTests.order(caseOne, office, receipt, Instant.parse("2025-03-03T02:00:00Z")));
        var first = issuer.issue(
                LetterIssuerIntegrationTests.order(caseOne, office, pengantar, Instant.parse("2025-03-04T02:00:00Z")));
        issuer.issue(
                LetterIssuerIntegrationTests.order(caseTwo, office, pengantar, Instant.parse("2025-04-01T02:00:00Z")));
        letters.revoke(first.view().id(), "Salah alamat tujuan", "admin");

        var march = new RegisterPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));
        assertThat(letters.register(office, march, null))
                .extracting(RegisterEntry::number)
                .containsExactly("TT-1/III/2025", "460/1/DINSOS-2025");
        assertThat(letters.register(office, RegisterPeriod.year(2025), LetterKind.SURAT_PENGANTAR))
                .extracting(RegisterEntry::number, RegisterEntry::revoked)
                .containsExactly(Tuple.tuple("460/1/DINSOS-2025", true), Tuple.tuple("460/2/DINSOS-2025", false));

        byte[] xlsx = letters.registerWorkbook(
                office, RegisterPeriod.year(2025), LetterKind.SURAT_PENGANTAR, Locale.forLanguageTag("id"));
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            // Keyed by the sheet's own 1-based row number: the reader leaves empty rows out.
            var rows =
                    workbook.getFirstSheet().read().stream().collect(Collectors.toMap(r -> r.getRowNum() - 1, r -> r));
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Buku Agenda Surat Keluar");
            assertThat(rows.get(4).getCellText(1)).isEqualTo("Nomor Surat");
            assertThat(rows.get(5).getCellText(1)).isEqualTo("460/1/DINSOS-2025");
            assertThat(rows.get(5).getCellText(3)).isEqualTo("Surat Pengantar");
            assertThat(rows.get(5).getCellText(6)).isEqualTo("Siti Aminah Harahap");
            assertThat(rows.get(5).getCellText(8)).contains("Dicabut").contains("Salah alamat tujuan");
            assertThat(rows.get(6).getCellText(1)).isEqualTo("460/2/DINSOS-2025");
            assertThat(rows).hasSize(6).doesNotContainKey(7);
        }
    }

    @Test
    void rendersBothPdfsOfAStoredLetterAgainFromWhatWasStoredAtIssue() throws Exception {
        String office = uniqueOffice();
        var setting = LetterIssuerIntegrationTests.setting(office, "460/{seq}/DINSOS-{yyyy}");
        var issued = issuer.issue(LetterIssuerIntegrationTests.order(
                LetterIssuerIntegrationTests.CASES.incrementAndGet(),
                office,
                setting,
                Instant.parse("2025-08-12T02:00:00Z")));
        // The office's letterhead changes after issue: the letter renders as it was signed.
        letters.saveLetterhead(
                new LetterheadView(office, "Pemerintah Kota Lain", "Dinas Lain", null, null, "Kota", false, 0),
                "admin");

        var rendered = letters.render(issued.view().id());

        assertThat(new String(rendered.issued(), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        String text = LetterPdfTests.text(rendered.issued());
        assertThat(text)
                .contains("460/1/DINSOS-2025", "Siti Aminah Harahap", "Dinas Sosial", "REG-")
                .doesNotContain("Dinas Lain")
                .doesNotContain("ARSIP");
        assertThat(LetterPdfTests.decodeQr(rendered.issued()))
                .isEqualTo("http://localhost:8080/publik/verifikasi/"
                        + issued.view().verificationCode());
        assertThat(LetterPdfTests.text(rendered.officeCopy())).contains("460/1/DINSOS-2025", "ARSIP");
        assertThat(LetterPdfTests.text(letters.pdf(issued.view().id()))).isEqualTo(text);
        assertThat(LetterPdfTests.text(letters.officeCopy(issued.view().id())))
                .isEqualTo(LetterPdfTests.text(rendered.officeCopy()));
    }

    @Test
    void refusesToRenderAnUnknownLetter() {
        assertThatThrownBy(() -> letters.render(new LetterId(Long.MAX_VALUE)))
                .isInstanceOf(LetterNotFoundException.class);
    }

    @Test
    void refusesARegisterPeriodThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new RegisterPeriod(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 1)))
                .isInstanceOfSatisfying(
                        InvalidLetterInputException.class,
                        e -> assertThat(e.field()).isEqualTo("to"));
    }

    void assertLogoRefused(String office, byte[] bytes, String key) {
        assertThatThrownBy(() -> letters.uploadLogo(office, bytes, "admin"))
                .as(key)
                .isInstanceOfSatisfying(InvalidLetterInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("logo");
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }

    static byte[] png(int width, int height) throws Exception {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xFF0000);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static LetterSettingView input(String office, String pattern, Long id, int version) {
        return new LetterSettingView(
                id,
                office,
                "kis-fasilitasi-jaminan-kesehatan",
                LetterKind.SURAT_PENGANTAR,
                6,
                6,
                List.of(),
                pattern,
                null,
                null,
                "Permohonan Penerbitan KIS",
                "Kepala BPJS Kesehatan",
                null,
                version);
    }

    static String uniqueOffice() {
        return "test-" + Long.toString(OFFICES.nextLong(1L << 40), 36);
    }
}
