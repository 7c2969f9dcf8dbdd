package id.alur.office;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import id.alur.browser.Browser;
import id.alur.browser.BrowserTest;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An office administrator at work in the browser: htmx forms, 422 next to the field, Plh created and ended. */
@BrowserTest
class OfficeAdminBrowserTests {

    @Autowired
    OfficeService offices;

    @Autowired
    Memberships memberships;

    @Test
    void addsAPositionToAUserWithHtmxShowingTheErrorNextToTheField(Browser browser) {
        var data = new OfficeTestData(offices);
        String office = data.office();
        String admin = data.officeAdmin(office);
        String member = data.user(office, OfficeTestData.KABID);
        browser.loginAs(admin, OfficeTestData.PASSWORD);
        Page page = browser.page();

        browser.open("/admin/users/" + member);
        page.locator("#memberships button[type=submit]:has-text('Tambah jabatan')")
                .click();
        assertThat(page.locator("#positionCode-error")).hasText("Pilih jabatan.");
        assertThat(page.locator("#positionCode")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#positionCode")).isFocused();
        browser.screenshot("01-membership-422");

        page.locator("#positionCode").selectOption(OfficeTestData.PETUGAS);
        page.locator("#memberships button[type=submit]:has-text('Tambah jabatan')")
                .click();
        assertThat(page.locator("#memberships .list-group")).containsText("Petugas Pelayanan");
        assertThat(page.locator("#positionCode-error")).hasCount(0);
        browser.screenshot("02-membership-added");
        Assertions.assertThat(memberships.ofUser(member)).hasSize(2);
    }

    @Test
    void createsAPlhAndEndsItEarly(Browser browser) {
        var data = new OfficeTestData(offices);
        String office = data.office();
        String admin = data.officeAdmin(office);
        String kepala = data.user(office, OfficeTestData.KEPALA);
        String kabid = data.user(office, OfficeTestData.KABID);
        browser.loginAs(admin, OfficeTestData.PASSWORD);
        Page page = browser.page();

        browser.open("/admin/offices/" + office + "/delegations");
        page.locator("#positionCode").selectOption(OfficeTestData.KEPALA);
        page.locator("#holderUsername").selectOption(kepala);
        page.locator("#standInUsername").selectOption(kabid);
        page.locator("#reason").fill("Cuti tahunan");
        page.locator("form button[type=submit]:has-text('Simpan')").click();
        assertThat(page.locator("#flash-messages")).containsText("Plh Pegawai " + kabid);
        assertThat(page.locator("#delegations tbody tr")).hasCount(1);
        assertThat(page.locator("#delegations")).containsText("berlaku hari ini");
        browser.screenshot("01-plh-created");

        page.locator("#delegations button:has-text('Akhiri sekarang')").click();
        // Ended on its first day: it never took effect.
        assertThat(page.locator("#delegations")).containsText("dibatalkan sebelum berlaku");
        assertThat(page.locator("#delegations button:has-text('Akhiri sekarang')"))
                .hasCount(0);
        browser.screenshot("02-plh-ended");
    }

    @Test
    void anOfficerOpeningTheAdministrationGetsTheForbiddenPageInTheirLanguage(Browser browser) {
        var data = new OfficeTestData(offices);
        String officer = data.user(data.office(), OfficeTestData.KEPALA);
        browser.loginAs(officer, OfficeTestData.PASSWORD);
        Page page = browser.page();

        browser.open("/admin/users");
        assertThat(page.locator("h1")).hasText("Tidak berwenang");
        assertThat(page.locator("body")).not().containsText("Exception");
        browser.open("/admin/users?lang=en");
        assertThat(page.locator("h1")).hasText("Not allowed");
        browser.screenshot("forbidden");
    }

    @Test
    void showsTheApiDocumentationWithoutLogin(Browser browser) {
        browser.open("/api/docs");
        Page page = browser.page();
        assertThat(page).hasURL(Pattern.compile(".*/swagger-ui/index\\.html.*"));
        assertThat(page.locator("body")).containsText("/api/me");
        assertThat(page.locator("body")).containsText("Alur API");
        browser.screenshot("api-docs");
    }
}
