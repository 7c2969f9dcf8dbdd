package id.alur.casework;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import id.alur.browser.Browser;
import id.alur.browser.BrowserTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Each seed office's SOP from intake to its last step in the browser, logging in as each actor in turn, with a
 * Tidak branch and, where the SOP has one, a return to the applicant. Screenshots in
 * {@code target/test-artifacts/SeedJourneyBrowserTests/}.
 */
@BrowserTest
@Tag("slow")
class SeedJourneyBrowserTests {

    static CaseworkJourney.Applicant applicant(String name, Sex sex) {
        LocalDate birth = Applicants.someBirthDate();
        return new CaseworkJourney.Applicant(
                Applicants.nik(birth, sex), name, birth, sex, "3317011203150007", "081234567890");
    }

    @Test
    void rembangTakesAnApplicationFromIntakeToTheSuratPengantar(Browser browser) {
        var journey = new CaseworkJourney(browser, "rembang");
        var applicant = applicant("Siti Aminah", Sex.FEMALE);
        journey.as("petugas-pelayanan")
                .startIntake("kis-surat-pengantar", applicant, "Logede", "33.17.01.2002")
                .householdMember(0, Applicants.nik(LocalDate.of(2012, 5, 4), Sex.MALE), "Budi", Relationship.ANAK)
                .paper(0, CaseworkJourney.pdf("sktm.pdf"))
                .paper(1, CaseworkJourney.png("kk.png"))
                .paper(2, CaseworkJourney.jpeg("ktp.jpg"))
                .paper(3, null)
                .shot("intake-filled")
                .submitIntake();
        // One paper missing: Rembang's SOP leaves it to the officer, who confirms.
        assertThat(journey.page().locator("#intake-warnings")).containsText("Berkas belum lengkap");
        journey.shot("intake-warning").confirmWarnings().onReceipt().shot("receipt");

        journey.as("kasi-rehabsos").openCase().expectStep(2);
        // The scan of the KK (a PNG) opens in the page's viewer, served inline under the page's own origin.
        journey.page().locator("#checklist tr").nth(1).locator("a").click();
        assertThat(journey.page().locator("#viewer img")).isVisible();
        assertThat(journey.page().locator("#viewer img")).hasJSProperty("complete", true);
        org.assertj.core.api.Assertions.assertThat(
                        (Integer) journey.page().locator("#viewer img").evaluate("img => img.naturalWidth"))
                .isEqualTo(120);
        journey.shot("scan-viewer").take().shot("verification-taken");
        journey.returnToApplicant("Lampirkan screenshot DTKS dari desa").shot("returned");

        journey.as("petugas-pelayanan")
                .openCase()
                .uploadFor(4, CaseworkJourney.pdf("dtks.pdf"))
                .resume("Berkas DTKS dibawa");
        journey.expectState("Diproses").shot("resumed");

        journey.as("kasi-rehabsos").openCase().expectStep(2).takeAndDo();
        journey.as("kabid-rehabilitasi-jamsos")
                .openCase()
                .expectStep(3)
                .take()
                .tidak("Periksa kembali data DTKS")
                .shot("tidak");
        journey.as("kasi-rehabsos").openCase().expectStep(2).takeAndDo();
        journey.as("kabid-rehabilitasi-jamsos")
                .openCase()
                .expectStep(3)
                .takeAndDo()
                .shot("paraf");
        journey.as("kepala-dinas").openCase().expectStep(4).takeAndDo().shot("signed");
        journey.as("petugas-pelayanan").openCase().expectStep(5).take();
        journey.handOver("Siti Aminah", applicant.nik(), "#action-complete")
                .expectState("Selesai")
                .shot("handed-over");
        assertThat(journey.page().locator("#handover-recorded")).containsText("Siti Aminah");
        assertThat(journey.page().locator("#timeline tbody tr")).hasCount(8);

        journey.publicStatus(applicant.nik().substring(12)).shot("public-status");
        assertThat(journey.page().locator("#status-stage")).hasText("Selesai");
        assertThat(journey.page().locator("#status-result")).not().containsText("Siti");
    }

    @Test
    void solokRecordsBpjsResultWithEvidenceAndTheHandOverOfTheKis(Browser browser) {
        var journey = new CaseworkJourney(browser, "solok");
        var applicant = applicant("Yusrizal", Sex.MALE);
        journey.as("petugas-pelayanan")
                .startIntake("kis-fasilitasi-jaminan-kesehatan", applicant, "Alahan Panjang", "13.02.04.2001")
                .allPapers()
                .submitIntake()
                .onReceipt()
                .shot("receipt");
        // Step 1 is the applicant submitting: recorded by the intake; step 2 waits for the front desk.
        journey.openCase().expectStep(2).takeAndDo().shot("received");
        journey.as("kepala-dinas").openCase().expectStep(3).takeAndDo();
        journey.as("kepala-bidang").openCase().expectStep(4).takeAndDo();
        journey.as("koordinator-pelayanan").openCase().expectStep(5).takeAndDo();
        journey.as("kepala-dinas").openCase().expectStep(6).takeAndDo().shot("to-bpjs");
        journey.as("petugas-pelayanan")
                .openCase()
                .expectStep(7)
                .recordOutsideResult("BPJS/KIS/2026/00123", CaseworkJourney.pdf("kis.pdf"))
                .expectStep(8)
                .shot("bpjs-recorded");
        journey.handOver("Yusrizal", applicant.nik(), "#action-handover")
                .expectState("Selesai")
                .shot("kis-handed-over");
    }

    @Test
    void kemenagRefusesIncompletePapersAndRedraftsAfterATidak(Browser browser) {
        var journey = new CaseworkJourney(browser, "jaksel");
        var applicant = applicant("Drs. Hasanuddin", Sex.MALE);
        journey.as("ptsp")
                .startIntake("kis-pns", applicant, "Kebayoran Lama Utara", "31.74.05.1001")
                .submitIntake();
        assertThat(journey.page().locator("#checklist-error")).containsText("tidak dapat diproses");
        journey.shot("refused-incomplete")
                .allPapers()
                .submitIntake()
                .onReceipt()
                .shot("receipt");

        journey.as("kepala-kantor").openCase().expectStep(2).takeAndDo();
        journey.as("kasubbag-tu").openCase().expectStep(3).takeAndDo();
        journey.as("korpel").openCase().expectStep(4).takeAndDo();
        journey.as("kasubbag-tu")
                .openCase()
                .expectStep(5)
                .take()
                .tidak("Konsep belum memuat NIP")
                .shot("tidak");
        journey.as("korpel").openCase().expectStep(4).takeAndDo();
        journey.as("kasubbag-tu").openCase().expectStep(5).takeAndDo();
        journey.as("kepala-kantor").openCase().expectStep(6).takeAndDo();
        journey.as("kasubbag-tu").openCase().expectStep(7).takeAndDo();
        journey.as("bpjs-kesehatan")
                .openCase()
                .expectStep(8)
                .recordOutsideResult("0001234567890", null)
                .shot("bpjs");
        journey.as("korpel").openCase().expectStep(9).takeAndDo();
        journey.as("ptsp").openCase().expectStep(10).take();
        journey.handOver("Drs. Hasanuddin", applicant.nik(), "#action-complete")
                .expectState("Selesai")
                .shot("done");
    }

    @Test
    void kaltaraSendsTheRecommendationBackFromTheKepalaDinas(Browser browser) {
        var journey = new CaseworkJourney(browser, "kaltara");
        var applicant = applicant("Markus Lenggang", Sex.MALE);
        journey.as("pengadministrasi-umum")
                .startIntake("kis-rekomendasi-berobat", applicant, "Tanjung Selor Hilir", "65.01.05.1002")
                .allPapers()
                .submitIntake()
                .onReceipt();
        journey.as("kepala-dinas").openCase().expectStep(2).takeAndDo();
        journey.as("kabid-linjamsos").openCase().expectStep(3).takeAndDo();
        journey.as("subkoor-jaminan-sosial").openCase().expectStep(4).takeAndDo();
        journey.as("kabid-linjamsos").openCase().expectStep(5).takeAndDo();
        journey.as("kepala-dinas")
                .openCase()
                .expectStep(6)
                .take()
                .tidak("Lengkapi diagnosa rumah sakit")
                .shot("tidak");
        journey.as("kabid-linjamsos").openCase().expectStep(5).takeAndDo();
        journey.as("kepala-dinas").openCase().expectStep(6).takeAndDo();
        journey.as("kabid-linjamsos").openCase().expectStep(7).takeAndDo();
        journey.as("subkoor-jaminan-sosial")
                .openCase()
                .expectStep(8)
                .takeAndDo()
                .expectState("Selesai")
                .shot("done");
    }

    @Test
    void belitungReturnsIncompletePapersToTheApplicantAtTheCheck(Browser browser) {
        var journey = new CaseworkJourney(browser, "belitung");
        var applicant = applicant("Nurlela", Sex.FEMALE);
        journey.as("staf-yankes")
                .startIntake("jkn-kis-pendaftaran-baru", applicant, "Paal Satu", "19.02.01.1011")
                .paper(0, CaseworkJourney.pdf("kk.pdf"))
                .submitIntake();
        assertThat(journey.page().locator("#intake-warnings")).containsText("dikembalikan kepada pemohon");
        journey.confirmWarnings().onReceipt().shot("receipt");
        journey.openCase().expectStep(2).takeAndDo();
        journey.expectStep(3).take();
        journey.ya();
        assertThat(journey.page().locator("#case-problem")).containsText("Berkas belum lengkap");
        journey.shot("ya-refused").returnToApplicant("Bawa KTP dan akta kelahiran anak");
        journey.uploadFor(1, CaseworkJourney.jpeg("ktp.jpg"))
                .uploadFor(2, CaseworkJourney.pdf("akta.pdf"))
                .resume("Dilengkapi")
                .expectStep(3)
                .takeAndDo()
                .shot("checked");
        journey.as("kasi-yankes-rujukan").openCase().expectStep(4).takeAndDo();
        journey.as("kabid-yankes").openCase().expectStep(5).takeAndDo();
        journey.as("staf-yankes").openCase().expectStep(6).takeAndDo().expectStep(7);
        journey.handOver("Nurlela", applicant.nik(), "#action-handover")
                .expectState("Selesai")
                .shot("done");
    }
}
