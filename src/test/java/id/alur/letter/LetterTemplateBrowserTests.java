package id.alur.letter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import id.alur.browser.Browser;
import id.alur.browser.BrowserTest;
import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An office administrator writes the body of the office's Surat Pengantar in the browser (issue 12 item 8): a
 * placeholder in the text, the PDF preview with sample data, an unknown placeholder refused naming its line, then
 * saved; the next letter the office issues reads as written.
 */
@BrowserTest
class LetterTemplateBrowserTests {

    static final String BODY = """
            Bersama ini kami sampaikan permohonan atas nama {{pemohon.nama}}, kode uji TPL77.

            {{tabel.pemohon}}""";

    @Autowired
    OfficeService offices;

    @Autowired
    LetterIssuer issuer;

    @Autowired
    LetterService letters;

    @Test
    void writesTheBodyPreviewsItRefusesAnUnknownPlaceholderAndTheNextLetterUsesIt(Browser browser) throws Exception {
        var data = new OfficeTestData(offices);
        String office = data.office();
        browser.loginAs(data.officeAdmin(office), OfficeTestData.PASSWORD);
        String path = "/admin/offices/" + office + "/letters/templates/surat-pengantar";
        browser.open(path);
        Page page = browser.page();
        assertThat(page.locator("#placeholders-heading")).isVisible();
        assertThat(page.locator("aside")).containsText("{{pemohon.nama}}");

        page.locator("#body").fill(BODY);
        // The preview opens in a new tab as a PDF, which headless Chromium downloads instead of showing: the same
        // request the preview button sends, in the signed-in browser's session, is read here.
        assertThat(page.locator("button[formaction$='/preview']")).isVisible();
        APIResponse preview = page.request()
                .post(
                        browser.baseUrl() + path + "/preview",
                        RequestOptions.create()
                                .setForm(FormData.create()
                                        .set(
                                                "_csrf",
                                                page.locator("form[action$='/surat-pengantar'] input[name=_csrf]")
                                                        .inputValue())
                                        .set("version", page.locator("#version").inputValue())
                                        .set("body", page.locator("#body").inputValue())));
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.headers().get("content-type")).startsWith("application/pdf");
        assertThat(LetterPdfTests.text(preview.body())).contains("Siti Aminah", "TPL77");
        browser.screenshot("01-body-with-placeholder");

        page.locator("#body").fill(BODY + "\nGaji pemohon: {{pemohon.gaji}}");
        page.locator("form[action$='/surat-pengantar'] button.btn-primary").click();
        assertThat(page.locator("#body-error"))
                .containsText("Penanda {{pemohon.gaji}} pada baris 4 tidak dikenal untuk surat ini.");
        assertThat(letters.template(office, LetterKind.SURAT_PENGANTAR).standard())
                .isTrue();
        browser.screenshot("02-unknown-placeholder");

        page.locator("#body").fill(BODY);
        page.locator("form[action$='/surat-pengantar'] button.btn-primary").click();
        assertThat(page.locator("[role=status]").first()).containsText("Isi surat disimpan.");
        browser.screenshot("03-saved");

        var issued = issuer.issue(LetterIssuerIntegrationTests.order(
                LetterIssuerIntegrationTests.CASES.incrementAndGet(),
                office,
                LetterIssuerIntegrationTests.setting(office, "460/{seq}/UJI-{yyyy}"),
                Instant.now()));
        assertThat(LetterPdfTests.text(letters.pdf(issued.view().id())))
                .contains("Bersama ini kami sampaikan permohonan atas nama Siti Aminah Harahap", "TPL77")
                .doesNotContain("{{");
    }
}
