package id.alur.letter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import id.alur.browser.Browser;
import id.alur.browser.BrowserTest;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A citizen scans the QR code of a letter and lands on its verification page without logging in, then checks the
 * PDF they were given; the office's administrator revokes a letter and the same page says so.
 */
@BrowserTest
class LetterVerificationBrowserTests {

    @Autowired
    LetterIssuer issuer;

    @Autowired
    LetterService letters;

    @Test
    void opensTheVerificationPageFromTheQrCodeAndChecksThePdf(Browser browser) throws Exception {
        var letter = issue("dinsos-solok");
        byte[] pdf = letters.pdf(letter.view().id());
        String qr = LetterPdfTests.decodeQr(pdf);
        assertThat(qr).endsWith("/publik/verifikasi/" + letter.view().verificationCode());

        browser.open(URI.create(qr).getPath());
        Page page = browser.page();
        assertThat(page.locator("h1")).hasText("Verifikasi Surat");
        assertThat(page.locator(".letter-number")).hasText(letter.view().number());
        assertThat(page.locator(".letter-initials")).hasText("S. A. H.");
        assertThat(page.locator(".letter-hash")).hasText(LetterIssuer.sha256(pdf));
        assertThat(page.locator(".letter-valid")).isVisible();
        browser.screenshot("01-verification-page");

        Path file = Files.createTempFile("surat", ".pdf");
        Files.write(file, pdf);
        page.locator("#pdf").setInputFiles(file);
        page.locator("form[enctype='multipart/form-data'] button[type=submit]").click();
        assertThat(page.locator(".pdf-matches")).hasText("Berkas ini sama persis dengan surat yang diterbitkan.");
        browser.screenshot("02-pdf-matches");

        byte[] changed = pdf.clone();
        changed[changed.length / 2] ^= 0x01;
        Files.write(file, changed);
        page.locator("#pdf").setInputFiles(file);
        page.locator("form[enctype='multipart/form-data'] button[type=submit]").click();
        assertThat(page.locator(".pdf-differs")).containsText("BERBEDA");
        Files.delete(file);
    }

    @Test
    void showsDicabutAfterTheOfficeAdministratorRevokedTheLetter(Browser browser) {
        var letter = issue("dinsos-solok");
        browser.loginAs("solok.admin");
        browser.open("/admin/offices/dinsos-solok/letters/" + letter.view().id().value());
        Page page = browser.page();
        page.locator("#reason").fill("Nomor induk kependudukan pemohon salah ketik");
        page.locator("form[action$='/revoke'] button[type=submit]").click();
        assertThat(page.locator("[role=status]").first()).containsText("Surat dicabut.");

        browser.open("/publik/verifikasi/" + letter.view().verificationCode());
        assertThat(page.locator(".letter-revoked")).containsText("DICABUT");
        assertThat(page.locator(".letter-revoked")).containsText("Nomor induk kependudukan pemohon salah ketik");
        browser.screenshot("03-revoked");
    }

    LetterRepository.StoredLetter issue(String office) {
        return issuer.issue(LetterIssuerIntegrationTests.order(
                LetterIssuerIntegrationTests.CASES.incrementAndGet(),
                office,
                LetterIssuerIntegrationTests.setting(office, "460/{seq}/DINSOS-{yyyy}"),
                Instant.parse("2024-03-04T02:00:00Z")));
    }
}
