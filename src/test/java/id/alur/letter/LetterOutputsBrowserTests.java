package id.alur.letter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.alur.browser.Browser;
import id.alur.browser.BrowserTest;
import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.office.UserProfile;
import id.alur.sop.SopService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An office administrator in the browser (issue 12 follow-up): decides on the letter outputs page of an SOP version
 * that a step's "Surat Keterangan" is no letter, then that it is one after all, and sees the draft's readiness on the
 * SOP studio follow each choice; removes a letter setting through its confirmation page, and is refused for one that
 * letters were issued under.
 */
@BrowserTest
class LetterOutputsBrowserTests {

    @Autowired
    OfficeService offices;

    @Autowired
    SopService sops;

    @Autowired
    LetterService letters;

    @Autowired
    LetterIssuer issuer;

    @Test
    void marksAStepsOutputAsNoLetterAndAsALetterAndTheReadinessFollows(Browser browser) throws IOException {
        var data = new OfficeTestData(offices);
        String office = data.office();
        for (String position : List.of(OfficeTestData.KABID, OfficeTestData.PETUGAS, OfficeTestData.BPJS)) {
            data.user(office, position);
        }
        String kepala = OfficeTestData.unique("kepala");
        offices.createUser(
                kepala,
                new UserProfile("Kepala Dinas Uji", LetterReadinessIntegrationTests.uniqueNip(), null, null),
                OfficeTestData.PASSWORD);
        offices.addMembership(kepala, office, OfficeTestData.KEPALA);
        ReadyToRun.letterhead(letters, office);
        long draft = sops.createDraft(office, "surat-keterangan.sop.yaml", suratKeteranganSop())
                .id()
                .value();
        browser.loginAs(data.officeAdmin(office), OfficeTestData.PASSWORD);
        Page page = browser.page();
        String outputs = "/admin/offices/" + office + "/letters/outputs/" + draft;
        Locator readiness = page.locator("#readiness-" + draft);
        String missing =
                "Langkah 2 menghasilkan Surat Keterangan, tetapi SOP kis-uji-surat belum punya pengaturan surat";

        browser.open("/admin/offices/" + office + "/sop");
        assertThat(readiness).containsText(missing);

        browser.open(outputs);
        Locator step2 = page.locator("#output-2");
        assertThat(step2).containsText("Surat Keterangan");
        assertThat(step2).containsText("Surat Layanan");
        browser.screenshot("outputs-01-by-rule");
        step2.locator("select").selectOption("tidak");
        page.locator("form.letter-outputs button[type=submit]").click();
        assertThat(page.locator("#flash-messages")).containsText("Keputusan keluaran surat disimpan.");
        assertThat(page.locator("#output-2 select")).hasValue("tidak");
        browser.screenshot("outputs-02-no-letter");

        browser.open("/admin/offices/" + office + "/sop");
        assertThat(readiness).not().containsText(missing);
        assertThat(readiness.locator(".ready")).isVisible();

        browser.open(outputs);
        page.locator("#output-2 select").selectOption("ya");
        page.locator("form.letter-outputs button[type=submit]").click();
        assertThat(page.locator("#output-2 select")).hasValue("ya");

        browser.open("/admin/offices/" + office + "/sop");
        assertThat(readiness).containsText(missing);
        browser.screenshot("outputs-03-a-letter-again");
    }

    @Test
    void removesASettingAfterConfirmingAndIsRefusedForOneLettersWereIssuedUnder(Browser browser) {
        var data = new OfficeTestData(offices);
        String office = data.office();
        long unused = letters.settings(office).stream()
                .filter(s -> s.kind() == LetterKind.TANDA_TERIMA)
                .findFirst()
                .orElseThrow()
                .id();
        String pattern = "460/{seq}/DINSOS-{yyyy}";
        long usedId = letters.saveSetting(
                        new LetterSettingView(
                                null,
                                office,
                                "kis-surat-pengantar",
                                LetterKind.SURAT_PENGANTAR,
                                4,
                                4,
                                List.of(),
                                pattern,
                                null,
                                null,
                                null,
                                null,
                                null,
                                0),
                        "test")
                .id();
        issuer.issue(LetterIssuerIntegrationTests.order(
                LetterIssuerIntegrationTests.CASES.incrementAndGet(),
                office,
                LetterIssuerIntegrationTests.setting(office, pattern),
                Instant.parse("2025-08-12T02:00:00Z")));
        browser.loginAs(data.officeAdmin(office), OfficeTestData.PASSWORD);
        Page page = browser.page();
        String overview = "/admin/offices/" + office + "/letters";

        browser.open(overview);
        page.locator("a[href='" + overview + "/settings/" + unused + "/remove']")
                .click();
        Locator form = page.locator("form.letter-setting-remove");
        assertThat(form).containsText("Tanda Terima");
        assertThat(form).containsText("Semua SOP");
        browser.screenshot("removal-01-confirm");
        page.locator("#confirm").check();
        form.locator("button[type=submit]").click();
        assertThat(page.locator("#flash-messages")).containsText("Pengaturan surat dihapus.");
        assertThat(page.locator("a[href='" + overview + "/settings/" + unused + "/remove']"))
                .hasCount(0);
        assertThat(letters.settings(office)).extracting(LetterSettingView::id).doesNotContain(unused);

        page.locator("a[href='" + overview + "/settings/" + usedId + "/remove']")
                .click();
        page.locator("#confirm").check();
        form.locator("button[type=submit]").click();
        assertThat(form).containsText("Pengaturan ini tidak dapat dihapus karena sudah 1 surat terbit dengannya");
        browser.screenshot("removal-02-refused");
        assertThat(letters.settings(office)).extracting(LetterSettingView::id).contains(usedId);
    }

    /** The readiness test's SOP with step 2 outputting a Surat Keterangan, as in LetterOutputsIntegrationTests. */
    private static String suratKeteranganSop() throws IOException {
        try (InputStream in =
                LetterReadinessIntegrationTests.class.getResourceAsStream("LetterReadinessIntegrationTests.sop.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("output: Surat Pengantar ke BPJS Kesehatan", "output: Surat Keterangan");
        }
    }
}
