package id.alur.report;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import id.alur.browser.Browser;
import id.alur.browser.BrowserTest;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The head of Dinsos PPKB Rembang (demo data) opens the dashboard from the home page and sees its charts beside their
 * tables, then the monthly recap, whose PDF downloads and reads back as the report to sign.
 */
@BrowserTest
class ReportsBrowserTests {

    @Test
    void theHeadOpensTheDashboardWithItsChartsAndDownloadsTheMonthlyRecap(Browser browser) throws Exception {
        browser.loginAs("rembang.kepala-dinas");
        Page page = browser.page();
        page.locator("#home-dashboard").click();
        assertThat(page.locator("h1")).hasText("Dasbor Pimpinan");
        assertThat(page.locator("svg[data-chart=finished]")).isVisible();
        assertThat(page.locator("svg[data-chart=trend]")).isVisible();
        assertThat(page.locator("svg[data-chart=trend] rect")).hasCount(12);
        assertThat(page.locator("#trend-table tbody tr")).hasCount(12);
        assertThat(page.locator("#finished-table tbody tr")).hasCount(2);
        browser.screenshot("01-dashboard");

        page.locator("#dashboard-recap").click();
        assertThat(page.locator("h1")).hasText("Laporan Bulanan Pelayanan");
        browser.screenshot("02-recap");
        Download download =
                page.waitForDownload(() -> page.locator("#recap-pdf").click());
        byte[] pdf = Files.readAllBytes(download.path());
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("LAPORAN BULANAN PELAYANAN", "Periode", "NIP.");
        }
    }
}
