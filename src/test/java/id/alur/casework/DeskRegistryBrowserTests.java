package id.alur.casework;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import id.alur.browser.Browser;
import id.alur.browser.BrowserTest;
import id.alur.registry.ImportMode;
import id.alur.registry.RegistryColumns;
import id.alur.registry.RegistryService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The DTSEN/DTKS check at seed 000's front desk in the browser (issue 16 item 2): the officer looks the NIKs up on
 * the intake form, the intake records the check, and the verifying kasi sees it on the case page with the service
 * rule's verdict. Screenshots in {@code target/test-artifacts/DeskRegistryBrowserTests/}.
 */
@BrowserTest
class DeskRegistryBrowserTests {

    static final String REMBANG = "dinsosppkb-rembang";
    static final String KIS = "kis-surat-pengantar";

    @Autowired
    RegistryService registry;

    @AfterEach
    void noRuleAgain() {
        registry.setEligibilityRule(REMBANG, KIS, null, "admin");
    }

    @Test
    void theFrontDeskLooksTheNiksUpAndTheVerifierSeesTheRecordedCheck(Browser browser) {
        var applicant = SeedJourneyBrowserTests.applicant("Sri Wahyuni", Sex.FEMALE);
        String member = Applicants.nik(LocalDate.of(2013, 3, 9), Sex.MALE);
        String csv = "NIK,NO_KK,NAMA,DESIL,KODE_WILAYAH,STATUS\n" + applicant.nik()
                + ",3317011203150007,Sri Wahyuni,3,33.17.01,AKTIF\n";
        registry.importCsv(
                REMBANG,
                "dtsen-rembang-2026.csv",
                RegistryColumns.dtsenDefaults(),
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                ImportMode.ALL_OR_NOTHING,
                "rembang.admin");
        registry.setEligibilityRule(REMBANG, KIS, 5, "rembang.admin");

        var journey = new CaseworkJourney(browser, "rembang");
        journey.as("petugas-pelayanan")
                .startIntake(KIS, applicant, "Logede", "33.17.01.2002")
                .householdMember(0, member, "Bayu", Relationship.ANAK);
        journey.page().locator("#registry-look-up").click();
        assertThat(journey.page().locator("#registry-0")).containsText("ditemukan");
        assertThat(journey.page().locator("#registry-0")).containsText("dtsen-rembang-2026.csv");
        assertThat(journey.page().locator("#registry-0")).containsText("memenuhi");
        assertThat(journey.page().locator("#registry-1")).containsText("tidak ditemukan");
        journey.shot("intake-registry-check").allPapers().submitIntake().onReceipt();

        journey.as("kasi-rehabsos").openCase().expectStep(2);
        var recorded = journey.page().locator("#registry-recorded");
        assertThat(recorded).containsText("Diperiksa oleh rembang.petugas-pelayanan");
        assertThat(journey.page().locator("#registry-recorded #registry-0")).containsText("memenuhi");
        assertThat(journey.page().locator("#registry-recorded #registry-1")).containsText("tidak ditemukan");
        journey.shot("case-registry-check");
    }
}
