package id.alur.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import id.alur.browser.Browser;
import id.alur.browser.BrowserTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@BrowserTest
class LoginBrowserTests {

    @Test
    void logsInSeesTheDashboardInIndonesianSwitchesToEnglishAndLogsOut(Browser browser) {
        browser.loginAs("rembang.kepala-dinas");
        Page page = browser.page();
        assertThat(page).hasURL(Pattern.compile(".*/$"));
        assertThat(page.locator("html")).hasAttribute("lang", "id");
        assertThat(page.locator("h1")).containsText("Selamat datang, Bambang Setiawan");
        assertThat(page.locator(".alur-header .office-name"))
                .hasText("Dinas Sosial, Pemberdayaan Perempuan dan Keluarga Berencana Kabupaten Rembang");
        assertThat(page.locator(".alur-header .positions")).hasText("Kepala Dinas");
        assertThat(page.locator("#alur-nav")).containsText("Kotak Masuk");
        assertThat(page.locator("#alur-nav a[href$='/admin']")).hasCount(0);
        browser.screenshot("01-dashboard-id");

        page.locator(".lang-switch a[hreflang=en]").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).containsText("Welcome, Bambang Setiawan");
        assertThat(page.locator("#alur-nav")).containsText("Inbox");
        browser.screenshot("02-dashboard-en");

        page.locator("form[action$='/logout'] button").click();
        assertThat(page).hasURL(Pattern.compile(".*/login\\?logout$"));
        assertThat(page.locator("[role=status]")).hasText("You have logged out.");
        browser.open("/");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        browser.screenshot("03-logged-out");
    }

    @Test
    void showsTheErrorNextToTheFormWhenThePasswordIsWrong(Browser browser) {
        browser.loginAs("rembang.kepala-dinas", "not-the-password");
        Page page = browser.page();
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.locator("#login-error"))
                .hasText("Nama pengguna atau kata sandi salah, atau akun dinonaktifkan.");
        assertThat(page.locator("#password")).hasAttribute("aria-describedby", "login-error");
        browser.screenshot("wrong-password");
    }

    @Test
    void showsTheAdministratorTheAdminScreens(Browser browser) {
        browser.loginAs("admin");
        Page page = browser.page();
        page.locator("#alur-nav a[href$='/admin']").click();
        assertThat(page.locator("table")).containsText("dinsos-kaltara");
        browser.screenshot("admin-offices");
        browser.open("/admin/offices/dinsos-kaltara");
        assertThat(page.locator("#positions")).containsText("Sub Koordinator Jaminan Sosial");
        browser.screenshot("admin-office");
        browser.open("/admin/users/kaltara.kepala-dinas");
        assertThat(page.locator("#memberships")).containsText("Kepala Dinas");
        browser.screenshot("admin-user");
        browser.open("/admin/offices/dinsos-kaltara/delegations");
        browser.screenshot("admin-delegations");
    }
}
