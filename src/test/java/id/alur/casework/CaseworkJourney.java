package id.alur.casework;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import id.alur.browser.Browser;
import id.alur.demo.DemoOffices;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Drives one permohonan through the pages as the officers of an office would, one login after the other, with a
 * screenshot after every step ({@code target/test-artifacts/<TestClass>/NN-<step>.png}).
 */
final class CaseworkJourney {

    private final Browser browser;
    private final String office;
    private final String password;
    private int shot;
    private String caseUrl;
    private String trackingNumber;

    /** A journey through a demo office: its users are {@code <short name>.<position>} with the demo password. */
    CaseworkJourney(Browser browser, String officeShortName) {
        this(browser, officeShortName, DemoOffices.PASSWORD);
    }

    /** A journey through an office whose users {@code <prefix>.<position>} were given this password. */
    CaseworkJourney(Browser browser, String usernamePrefix, String password) {
        this.browser = browser;
        this.office = usernamePrefix;
        this.password = password;
    }

    Page page() {
        return browser.page();
    }

    String trackingNumber() {
        return trackingNumber;
    }

    String caseUrl() {
        return caseUrl;
    }

    /** Logs out whoever is in and logs in as the office's user of that position. */
    CaseworkJourney as(String position) {
        page().context().clearCookies();
        browser.loginAs(office + "." + position, password);
        assertThat(page().locator(".alur-header .user-info")).isVisible();
        return this;
    }

    CaseworkJourney shot(String name) {
        browser.screenshot("%02d-%s".formatted(++shot, name));
        return this;
    }

    /** The applicant's data on the intake form. */
    record Applicant(String nik, String name, LocalDate birthDate, Sex sex, String kk, String phone) {}

    /** Opens the intake form, chooses the service and fills the applicant; the caller ticks papers and submits. */
    CaseworkJourney startIntake(String sopCode, Applicant applicant, String villageSearch, String villageCode) {
        browser.open("/permohonan/baru");
        Page page = page();
        page.locator("#sopCode").selectOption(sopCode);
        page.locator("#checklist table").waitFor();
        page.locator("#nik").fill(applicant.nik());
        page.locator("#name").fill(applicant.name());
        page.locator("#birthDate").fill(applicant.birthDate().toString());
        page.locator("input[name=sex][value=" + applicant.sex() + "]").check();
        page.locator("#phone").fill(applicant.phone());
        page.locator("#familyCardNumber").fill(applicant.kk());
        page.locator("#address").fill("Jl. Merdeka No. 7, RT 002/RW 003");
        page.locator("#region-search").fill(villageSearch);
        page.locator(".region-result[data-code='" + villageCode + "']").click();
        assertThat(page.locator("#villageCode")).hasValue(villageCode);
        return this;
    }

    CaseworkJourney householdMember(int row, String nik, String name, Relationship relationship) {
        if (page().locator("#member-" + row).count() == 0) {
            page().locator("#add-member").click();
            page().locator("#member-" + row).waitFor();
        }
        page().locator("#member-" + row + " input[name$='.nik']").fill(nik);
        page().locator("#member-" + row + " input[name$='.name']").fill(name);
        page().locator("#member-" + row + " select").selectOption(relationship.name());
        return this;
    }

    /** Ticks a paper as present, with a scan when given. */
    CaseworkJourney paper(int position, FilePayload scan) {
        page().locator("input[name='checklist[" + position + "].present']").check();
        if (scan != null) {
            page().locator("#checklist-" + position + "-scan").setInputFiles(scan);
        }
        return this;
    }

    /** Ticks every paper of the checklist, the first with a PDF scan. */
    CaseworkJourney allPapers() {
        int count = page().locator("#checklist tbody tr").count();
        for (int i = 0; i < count; i++) {
            paper(i, i == 0 ? pdf("kk.pdf") : null);
        }
        return this;
    }

    CaseworkJourney submitIntake() {
        page().locator("#submit-intake").click();
        page().waitForLoadState(LoadState.NETWORKIDLE);
        return this;
    }

    /** Ticks every warning shown and submits again. */
    CaseworkJourney confirmWarnings() {
        Locator boxes = page().locator("#intake-warnings input[type=checkbox]");
        for (int i = 0; i < boxes.count(); i++) {
            boxes.nth(i).check();
        }
        return submitIntake();
    }

    /** On the receipt: remembers the tracking number and the case page. */
    CaseworkJourney onReceipt() {
        assertThat(page()).hasURL(Pattern.compile(".*/permohonan/\\d+/tanda-terima$"));
        trackingNumber = page().locator("#tracking-number").textContent().strip();
        caseUrl = page().url().replaceFirst("^https?://[^/]+", "").replace("/tanda-terima", "");
        return this;
    }

    CaseworkJourney openCase() {
        browser.open(caseUrl);
        return this;
    }

    CaseworkJourney expectStep(int activity) {
        assertThat(page().locator("#step-name")).containsText(activity + ". ");
        return this;
    }

    CaseworkJourney take() {
        page().locator("#action-take").click();
        assertThat(page().locator("#case-done")).isVisible();
        return this;
    }

    CaseworkJourney complete(String note) {
        if (note != null) {
            page().locator("#complete-note").fill(note);
        }
        page().locator("#action-complete").click();
        assertThat(page().locator("#case-done")).isVisible();
        return this;
    }

    CaseworkJourney ya() {
        page().locator("#action-ya").click();
        return this;
    }

    CaseworkJourney tidak(String note) {
        page().locator("#decide-note").fill(note);
        page().locator("#action-tidak").click();
        assertThat(page().locator("#case-done")).isVisible();
        return this;
    }

    CaseworkJourney returnToApplicant(String note) {
        page().locator("#decide-note").fill(note);
        page().locator("#action-return").click();
        assertThat(page().locator("#case-done")).isVisible();
        assertThat(page().locator("#case-state")).hasText("Dikembalikan kepada pemohon");
        return this;
    }

    /** Takes the step and completes it (or decides Ya at a decision). */
    CaseworkJourney takeAndDo() {
        take();
        if (page().locator("#action-ya").count() > 0) {
            ya();
            assertThat(page().locator("#case-done")).isVisible();
        } else {
            complete(null);
        }
        return this;
    }

    CaseworkJourney uploadFor(int position, FilePayload scan) {
        page().locator("#upload-" + position).setInputFiles(scan);
        page().locator("#upload-" + position + "-submit").click();
        assertThat(page().locator("#case-done")).isVisible();
        return this;
    }

    CaseworkJourney resume(String note) {
        page().locator("#resume-note").fill(note);
        page().locator("#action-resume").click();
        assertThat(page().locator("#case-done")).isVisible();
        return this;
    }

    CaseworkJourney recordOutsideResult(String reference, FilePayload evidence) {
        page().locator("#outside-reference").fill(reference);
        page().locator("#outside-date").fill(LocalDate.now().toString());
        if (evidence != null) {
            page().locator("#outside-evidence").setInputFiles(evidence);
        }
        page().locator("#action-outside").click();
        assertThat(page().locator("#case-done")).isVisible();
        return this;
    }

    CaseworkJourney handOver(String receivedBy, String idNumber, String buttonId) {
        page().locator("#handover-receivedBy").fill(receivedBy);
        page().locator("#handover-idKind").selectOption("KTP");
        page().locator("#handover-idNumber").fill(idNumber);
        page().locator(buttonId).click();
        assertThat(page().locator("#case-done")).isVisible();
        return this;
    }

    CaseworkJourney expectState(String label) {
        assertThat(page().locator("#case-state")).hasText(label);
        return this;
    }

    /** The public status page, without logging in. */
    CaseworkJourney publicStatus(String nikLast4) {
        page().context().clearCookies();
        browser.open("/publik/status");
        page().locator("#trackingNumber").fill(trackingNumber);
        page().locator("#nikLast4").fill(nikLast4);
        page().locator("#status-submit").click();
        page().waitForLoadState(LoadState.DOMCONTENTLOADED);
        return this;
    }

    static FilePayload pdf(String name) {
        return new FilePayload(name, "application/pdf", SampleScans.pdf(name));
    }

    static FilePayload png(String name) {
        return new FilePayload(name, "image/png", SampleScans.png());
    }

    static FilePayload jpeg(String name) {
        return new FilePayload(name, "image/jpeg", SampleScans.jpeg());
    }
}
