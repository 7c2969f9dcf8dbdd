package id.alur.casework;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import id.alur.browser.Browser;
import id.alur.browser.BrowserTest;
import id.alur.letter.LetterQrCodes;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An office that is none of the seeds goes live without a developer (issue 12): the system administrator creates the
 * Dinas Sosial of Kabupaten Sumbawa Barat (WITA) with four positions and their users; its administrator writes its
 * SOP in the browser editor, reads the readiness list, fixes each item through its link and publishes; then one
 * application goes through a Tidak that returns the draft letter to an earlier step and ends in a numbered Surat
 * Pengantar whose printed QR code opens its verification page, and another is refused at the verification. Every
 * page is driven as its user would; screenshots in {@code target/test-artifacts/NewOfficeJourneyBrowserTests/}.
 */
@BrowserTest
@Tag("slow")
class NewOfficeJourneyBrowserTests {

    static final String PASSWORD = "ksb-rahasia-2026";
    static final String VILLAGE = "52.07.01.2009";
    static final Path ARTIFACTS = Path.of("target", "test-artifacts", "NewOfficeJourneyBrowserTests");

    /** The lanes of the new office's SOP, highest position first, with the titles the office gives them. */
    static final String[][] POSITIONS = {
        {"kepala-dinas", "Kepala Dinas Sosial"},
        {"kabid-linjamsos", "Kepala Bidang Perlindungan dan Jaminan Sosial"},
        {"kasi-jamsos", "Kepala Seksi Jaminan Sosial"},
        {"petugas-loket", "Petugas Loket Pelayanan"},
    };

    @Test
    void aNewOfficeWritesItsSopInTheEditorPublishesItAndRunsItToAVerifiedLetter(Browser browser) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String office = "dinsos-ksb-" + suffix;
        String users = "ksb" + suffix;
        String sopCode = "pengantar-pbi-jk";
        Page page = browser.page();
        var admin = new CaseworkJourney(browser, users, PASSWORD);

        // The system administrator: the office without a public address yet, its positions, a user for each and
        // the office's administrator.
        browser.loginAs("admin");
        browser.open("/admin/offices/new");
        page.locator("#code").fill(office);
        page.locator("#name").fill("Dinas Sosial Kabupaten Sumbawa Barat");
        page.locator("#kind").selectOption("REGENCY_AGENCY");
        page.locator("#zoneId").selectOption("Asia/Makassar");
        page.locator("form[action$='/admin/offices'] button[type=submit]").click();
        assertThat(page.locator("h1")).hasText("Dinas Sosial Kabupaten Sumbawa Barat");
        for (int i = 0; i < POSITIONS.length; i++) {
            browser.open("/admin/offices/" + office + "/positions/new");
            page.locator("#code").fill(POSITIONS[i][0]);
            page.locator("#title").fill(POSITIONS[i][1]);
            page.locator("#rankOrder").fill(Integer.toString(i + 1));
            if (POSITIONS[i][0].equals("petugas-loket")) {
                page.locator("#frontDesk1").check();
            }
            page.locator("form[action$='/positions'] button[type=submit]").click();
            assertThat(page.locator("#positions")).containsText(POSITIONS[i][1]);
        }
        for (String[] position : POSITIONS) {
            createUser(browser, users + "." + position[0], "Pejabat " + position[1], office, position[1]);
        }
        createUser(browser, users + ".admin", "Admin Dinsos Sumbawa Barat", null, null);
        page.locator("form:has(input[name=officeCode][value='" + office + "']) button")
                .click();
        assertThat(page.locator("form:has(input[name=officeCode][value='" + office + "']) button"))
                .containsText("cabut admin");
        admin.shot("office-created");

        // Its administrator writes the SOP in the editor: a refusal at the verification, a return of the draft
        // letter from the head of division to the section head, a Surat Pengantar signed by the head of office.
        // From the navigation to the office page and its SOP section, as the admin finds them.
        admin.as("admin");
        page.locator(".alur-header a[href='/admin']").click();
        assertThat(page.locator("h1")).hasText("Dinas Sosial Kabupaten Sumbawa Barat");
        page.locator("a[href='/admin/offices/" + office + "/sop']").click();
        page.locator("#write-new-sop").click();
        writeSop(page, sopCode);
        assertThat(page.locator("#sop-preview-status")).containsText("Tidak ada kesalahan");
        assertThat(page.locator("#sop-flowchart svg [data-symbol='decision']").first())
                .isVisible();
        admin.shot("sop-written");
        page.locator("#sop-save").click();
        assertThat(page.locator("#flash-messages")).containsText("Draf SOP " + sopCode + " versi 1 disimpan");

        // The readiness list blocks publishing until the office has an address and the letters have settings.
        browser.open("/admin/offices/" + office + "/sop");
        Locator readiness = page.locator(".readiness-row");
        assertThat(readiness).containsText("Alamat kantor untuk publik belum diisi");
        assertThat(readiness).containsText("Surat Pengantar");
        assertThat(readiness).containsText("Kop surat kantor belum diisi");
        admin.shot("readiness-blocking");
        page.locator(".publish-form button[type=submit]").click();
        assertThat(page.locator(".publish-form .invalid-feedback"))
                .containsText("Alamat kantor untuk publik belum diisi");

        readiness.locator("li:has-text('Alamat kantor') a").click();
        page.locator("#address").fill("Jl. Bung Karno No. 3, Taliwang, Sumbawa Barat");
        page.locator("form[action$='/admin/offices/" + office + "'] button[type=submit]")
                .click();
        assertThat(page.locator("#address")).hasValue("Jl. Bung Karno No. 3, Taliwang, Sumbawa Barat");

        // Without its kop surat a letter would print no government line and the office's name as its place.
        browser.open("/admin/offices/" + office + "/sop");
        readiness.locator("li:has-text('Kop surat') a").click();
        page.locator("#governmentName").fill("Pemerintah Kabupaten Sumbawa Barat");
        page.locator("#officeName").fill("Dinas Sosial");
        page.locator("#address").fill("Jl. Bung Karno No. 3, Taliwang, Sumbawa Barat 84355");
        page.locator("#place").fill("Taliwang");
        page.locator("form[action$='/letters/letterhead'] button[type=submit]").click();
        assertThat(page.locator("#flash-messages")).containsText("Kop surat disimpan");

        browser.open("/admin/offices/" + office + "/sop");
        if (readiness.locator("li:has-text('Tanda Terima')").count() > 0) {
            letterSetting(browser, office, sopCode, "tanda-terima", "1", "1", "", "TT/{seq:0000}/{yyyy}");
        }
        browser.open("/admin/offices/" + office + "/sop");
        readiness.locator("li:has-text('Surat Pengantar') a").click();
        letterSetting(browser, office, sopCode, "surat-pengantar", "5", "5", "4", "400.9/{seq:000}/DINSOS-KSB/{yyyy}");

        browser.open("/admin/offices/" + office + "/sop");
        assertThat(readiness).containsText("Semua siap");
        page.locator(".publish-form button[type=submit]").click();
        assertThat(page.locator(".sop-versions .badge").first()).hasText("Terbit");
        admin.shot("published");
        // The official document of the version, one click away, with the kop and the rows as typed.
        page.locator(".sop-versions a:has-text('Dokumen resmi')").click();
        assertThat(page.locator("body")).containsText("Pemerintah Kabupaten Sumbawa Barat");
        assertThat(page.locator("body")).containsText("400.9/27/DINSOS/2026");
        assertThat(page.locator("body")).containsText("Menyerahkan Surat Pengantar");
        // Its Tanggal Efektif is the day it was published to come into force (today in WITA), though the form left it
        // blank.
        assertThat(page.locator("body"))
                .containsText(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("id"))
                        .format(LocalDate.now(ZoneId.of("Asia/Makassar"))));
        admin.shot("sop-document");

        // A Ya path with a return loop, ending in a numbered letter.
        var journey = new CaseworkJourney(browser, users, PASSWORD);
        var applicant = SeedJourneyBrowserTests.applicant("Baiq Nurhayati", Sex.FEMALE);
        journey.as("petugas-loket")
                .startIntake(sopCode, applicant, "Dasan Anyar", VILLAGE)
                .allPapers()
                .submitIntake()
                .onReceipt()
                .shot("receipt");
        journey.as("kasi-jamsos").openCase().expectStep(2).takeAndDo();
        journey.expectStep(3).takeAndDo();
        journey.as("kabid-linjamsos")
                .openCase()
                .expectStep(4)
                .take()
                .tidak("Alamat pemohon pada konsep belum sesuai KK")
                .shot("returned-to-step-3");
        journey.as("kasi-jamsos").openCase().expectStep(3).takeAndDo();
        journey.as("kabid-linjamsos").openCase().expectStep(4).takeAndDo();
        journey.as("kepala-dinas").openCase().expectStep(5).takeAndDo().shot("signed");
        journey.as("petugas-loket").openCase().expectStep(6).take();
        journey.handOver("Baiq Nurhayati", applicant.nik(), "#action-complete")
                .expectState("Selesai")
                .shot("handed-over");

        // The letter: numbered by the office's pattern, its printed QR code opens its verification page.
        page.locator("a[href^='/letters/case/']").click();
        Locator letter = page.locator(".case-letters tr:has-text('Surat Pengantar')");
        String number = letter.locator("td").nth(1).textContent().strip();
        Assertions.assertThat(number)
                .matches("400\\.9/\\d{3}/DINSOS-KSB/" + LocalDate.now().getYear());
        String pdfPath = letter.locator("a:has-text('PDF')").getAttribute("href");
        byte[] pdf = page.request().get(browser.baseUrl() + pdfPath).body();
        Files.write(ARTIFACTS.resolve("surat-pengantar.pdf"), pdf);
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            Assertions.assertThat(text).containsIgnoringCase("Pemerintah Kabupaten Sumbawa Barat");
            Assertions.assertThat(text).contains("Taliwang, ").contains(number);
        }
        String qr = LetterQrCodes.read(pdf);
        Assertions.assertThat(qr).contains("/publik/verifikasi/");
        page.context().clearCookies();
        browser.open(URI.create(qr).getPath());
        assertThat(page.locator(".letter-number")).hasText(number);
        assertThat(page.locator(".letter-valid")).isVisible();
        journey.shot("verified");

        // A refusal at the verification: the application closes as Ditolak.
        var refused = new CaseworkJourney(browser, users, PASSWORD);
        var second = SeedJourneyBrowserTests.applicant("Lalu Ahmad", Sex.MALE);
        refused.as("petugas-loket")
                .startIntake(sopCode, second, "Dasan Anyar", VILLAGE)
                .allPapers()
                .submitIntake()
                .onReceipt();
        refused.as("kasi-jamsos")
                .openCase()
                .expectStep(2)
                .take()
                .tidak("Tidak terdaftar dalam DTKS")
                .expectState("Ditolak")
                .shot("refused");
        refused.publicStatus(second.nik().substring(12));
        assertThat(page.locator("#status-stage")).hasText("Ditolak");
        assertThat(page.locator("#status-result")).not().containsText("Lalu");
    }

    /** Fills the official form: identity, four lanes and six rows. */
    static void writeSop(Page page, String code) {
        page.locator("[name='kode']").fill(code);
        page.locator("[name='identitas.instansi']").fill("Pemerintah Kabupaten Sumbawa Barat");
        page.locator("[name='identitas.unit']").fill("DINAS SOSIAL\nBIDANG PERLINDUNGAN DAN JAMINAN SOSIAL");
        page.locator("[name='identitas.nomor']").fill("400.9/27/DINSOS/2026");
        page.locator("[name='identitas.nama']").fill("PELAYANAN SURAT PENGANTAR PENDAFTARAN PBI-JK");
        for (int i = 0; i < POSITIONS.length; i++) {
            if (i > 0) {
                page.locator("button[data-action='add-lane']").click();
            }
            page.locator("[name='pelaksana[" + i + "].id']").fill(POSITIONS[i][0]);
            page.locator("[name='pelaksana[" + i + "].nama']").fill(POSITIONS[i][1]);
        }
        row(page, 0, "Menerima permohonan dan memeriksa kelengkapan berkas", "petugas-loket", "terminator", "10 menit");
        page.locator("[name='kegiatan[0].mutu_baku.kelengkapan']")
                .fill("Fotokopi KTP\nFotokopi Kartu Keluarga\nSurat Keterangan Tidak Mampu dari desa");
        page.locator("[name='kegiatan[0].mutu_baku.output']").fill("Berkas permohonan");
        row(page, 1, "Memverifikasi kelayakan pemohon pada DTKS", "kasi-jamsos", "keputusan", "30 menit");
        page.locator("[name='kegiatan[1].ya']").fill("3");
        page.locator("[name='kegiatan[1].tidak']").fill("tolak");
        page.locator("[name='kegiatan[1].keterangan']").fill("Tidak terdaftar di DTKS: permohonan ditolak");
        for (int i = 2; i < 6; i++) {
            page.locator("button[data-action='add-row']").click();
        }
        row(page, 2, "Menyusun konsep Surat Pengantar", "kasi-jamsos", "proses", "1 jam");
        page.locator("[name='kegiatan[2].mutu_baku.output']").fill("Konsep surat");
        row(page, 3, "Memeriksa dan memaraf konsep surat", "kabid-linjamsos", "keputusan", "30 menit");
        page.locator("[name='kegiatan[3].ya']").fill("5");
        page.locator("[name='kegiatan[3].tidak']").fill("3");
        page.locator("[name='kegiatan[3].mutu_baku.output']").fill("Paraf");
        row(page, 4, "Menandatangani Surat Pengantar", "kepala-dinas", "proses", "30 menit");
        page.locator("[name='kegiatan[4].mutu_baku.output']").fill("Surat Pengantar");
        row(page, 5, "Menyerahkan Surat Pengantar kepada pemohon", "petugas-loket", "terminator", "10 menit");
    }

    static void row(Page page, int index, String description, String lane, String symbol, String time) {
        String p = "kegiatan[" + index + "]";
        page.locator("[name='" + p + ".uraian']").fill(description);
        page.locator("[name='" + p + ".pelaksana']").fill(lane);
        page.locator("[name='" + p + ".simbol']").selectOption(symbol);
        page.locator("[name='" + p + ".mutu_baku.waktu']").fill(time);
    }

    /** As the system administrator: a user, with a first position of the office when one is given. */
    static void createUser(Browser browser, String username, String fullName, String office, String positionTitle) {
        Page page = browser.page();
        browser.open("/admin/users/new");
        page.locator("#username").fill(username);
        page.locator("#fullName").fill(fullName);
        page.locator("#password").fill(PASSWORD);
        if (office != null) {
            page.locator("#officeCode").selectOption(office);
            page.locator("#positionCode").selectOption(new SelectOption().setLabel(office + " — " + positionTitle));
        }
        page.locator("form[action$='/admin/users'] button[type=submit]").click();
        assertThat(page).hasURL(browser.baseUrl() + "/admin/users/" + username);
    }

    /** As the office administrator: a letter setting for the SOP. */
    static void letterSetting(
            Browser browser,
            String office,
            String sopCode,
            String kind,
            String issueStep,
            String signStep,
            String parafSteps,
            String pattern) {
        Page page = browser.page();
        browser.open("/admin/offices/" + office + "/letters/settings/new");
        page.locator("#sopCode").fill(sopCode);
        page.locator("#kind").selectOption(kind);
        page.locator("#issueStep").fill(issueStep);
        page.locator("#signStep").fill(signStep);
        page.locator("#parafSteps").fill(parafSteps);
        page.locator("#pattern").fill(pattern);
        page.locator("#subject").fill("Pengantar pendaftaran peserta PBI-JK");
        page.locator("#addressee").fill("Kepala BPJS Kesehatan Cabang Sumbawa");
        page.locator("form.letter-setting-form button[type=submit]").click();
        assertThat(page.locator("body")).containsText(pattern);
    }
}
