package id.alur.calendar;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import id.alur.browser.Browser;
import id.alur.browser.BrowserTest;
import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import java.time.LocalDate;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An office administrator changes a closed day in place on the office's calendar page (issue 15): a blank reason is
 * refused next to the field with the form still editing, then the day is moved and the table shows it. The page's
 * forms and links work by htmx, swapping their answers in without loading the page again (issue 15 follow-up).
 */
@BrowserTest
class OfficeCalendarBrowserTests {

    @Autowired
    OfficeService offices;

    @Autowired
    WorkingCalendar calendar;

    @Test
    void changesAClosedDayInPlaceAfterARefusedBlankReason(Browser browser) {
        var data = new OfficeTestData(offices);
        String office = data.office();
        String admin = data.officeAdmin(office);
        LocalDate day = LocalDate.of(CalendarAdminIntegrationTests.freshYear(), 8, 20);
        calendar.addOfficeException(office, day, OfficeExceptionKind.CLOSED, "Hari jadi kabupaten");
        browser.loginAs(admin, OfficeTestData.PASSWORD);
        Page page = browser.page();

        browser.open("/admin/offices/" + office + "/kalender");
        // a mark on this page's window: gone if any step below loads a page instead of swapping the answer in
        page.evaluate("() => { window.alurSamePage = true; }");
        page.locator("#edit-exception-" + day).click();
        assertThat(page.locator("#add-heading")).hasText("Ubah pengecualian");
        assertThat(page.locator("#exception-form #reason")).hasValue("Hari jadi kabupaten");

        page.locator("#exception-form #reason").fill(" ");
        page.locator("#exception-form button[type=submit]").click();
        assertThat(page.locator("#reason-error")).hasText("Alasan pengecualian wajib diisi.");
        assertThat(page.locator("#add-heading")).hasText("Ubah pengecualian");
        browser.screenshot("01-exception-edit-422");
        Assertions.assertThat(calendar.officeExceptions(office))
                .extracting(OfficeExceptionView::reason)
                .containsExactly("Hari jadi kabupaten");

        page.locator("#exception-form #date").fill(day.plusDays(1).toString());
        page.locator("#exception-form #reason").fill("Hari jadi kabupaten (diundur)");
        page.locator("#exception-form button[type=submit]").click();
        assertThat(page.locator("#flash-messages")).containsText("Pengecualian diubah");
        assertThat(page.locator("#exceptions")).containsText("Hari jadi kabupaten (diundur)");
        assertThat(page.locator("#add-heading")).hasText("Tambah pengecualian");
        browser.screenshot("02-exception-changed");

        Assertions.assertThat(calendar.officeExceptions(office))
                .extracting(OfficeExceptionView::date)
                .containsExactly(day.plusDays(1));

        page.locator("#exceptions button.text-danger").click();
        assertThat(page.locator("#flash-messages")).containsText("dihapus");
        assertThat(page.locator("#office-calendar")).containsText("Kantor ini belum memiliki pengecualian.");
        Assertions.assertThat(calendar.officeExceptions(office)).isEmpty();
        Assertions.assertThat(page.evaluate("() => window.alurSamePage === true"))
                .as("edited, refused, saved and removed without a page load")
                .isEqualTo(true);
    }
}
