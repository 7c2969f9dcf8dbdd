package id.alur.sop;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.alur.browser.Browser;
import id.alur.browser.BrowserTest;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An office administrator writes a small SOP in the editor: problems and flowchart follow the typing; a draft is saved. */
@BrowserTest
class SopEditorBrowserTests {

    static final String OFFICE = "dinsos-kaltara";

    @Autowired
    SopService sops;

    @Test
    void writesASmallSopSeesTheFlowchartFollowAndSavesADraft(Browser browser) {
        String code = "uji-peramban-" + UUID.randomUUID().toString().substring(0, 8);
        browser.loginAs("kaltara.admin");
        Page page = browser.page();
        browser.open("/admin/offices/" + OFFICE + "/sop");
        page.locator("#write-new-sop").click();
        assertThat(page.locator("h1")).hasText("SOP baru");

        page.locator("[name='kode']").fill(code);
        page.locator("[name='identitas.nama']").fill("Rekomendasi Uji Peramban");
        page.locator("[name='pelaksana[0].id']").fill("kepala-dinas");
        page.locator("[name='pelaksana[0].nama']").fill("Kepala Dinas");
        page.locator("button[data-action='add-lane']").click();
        page.locator("[name='pelaksana[1].id']").fill("pengadministrasi-umum");
        page.locator("[name='pelaksana[1].nama']").fill("Pengadministrasi Umum");

        page.locator("[name='kegiatan[0].uraian']").fill("Menerima permohonan");
        page.locator("[name='kegiatan[0].pelaksana']").fill("pengadministrasi-umum");
        page.locator("[name='kegiatan[0].mutu_baku.waktu']").fill("15 menit");
        page.locator("[name='kegiatan[1].uraian']").fill("Menyerahkan surat rekomendasi");
        page.locator("[name='kegiatan[1].pelaksana']").fill("pengadministrasi-umum");

        Locator flowchart = page.locator("#sop-flowchart svg");
        assertThat(flowchart.locator("[data-activity='2']").first()).isVisible();
        assertThat(page.locator("#sop-preview-status")).containsText("Tidak ada kesalahan");
        browser.screenshot("01-two-rows");

        // A decision in between: the new row is step 2, the hand-over becomes step 3.
        page.locator("button[data-action='add-row']").click();
        Locator rows = page.locator("#sop-rows .sop-row");
        rows.nth(2).locator("button[data-action='up']").click();
        page.locator("[name='kegiatan[1].uraian']").fill("Memeriksa dan menyetujui");
        page.locator("[name='kegiatan[1].pelaksana']").fill("sekretaris");
        page.locator("[name='kegiatan[1].simbol']").selectOption("keputusan");
        page.locator("[name='kegiatan[1].ya']").fill("3");
        page.locator("[name='kegiatan[1].tidak']").fill("pemohon");

        Locator unknownLane = page.locator("#sop-problems li[data-field='kegiatan[1].pelaksana']");
        assertThat(unknownLane).containsText("Kegiatan 2 · Pelaksana");
        assertThat(unknownLane).containsText("pelaksana sekretaris tidak ada dalam daftar pelaksana");
        assertThat(page.locator("[name='kegiatan[1].pelaksana']")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#sop-flowchart")).hasClass(java.util.regex.Pattern.compile("stale"));
        browser.screenshot("02-unknown-lane");

        page.locator("[name='kegiatan[1].pelaksana']").fill("kepala-dinas");
        assertThat(flowchart.locator("[data-symbol='decision']").first()).isVisible();
        assertThat(flowchart.locator("[data-activity='3']").first()).isVisible();
        assertThat(page.locator("#sop-problems li.text-danger")).hasCount(0);
        assertThat(page.locator("[name='kegiatan[1].pelaksana']")).not().hasAttribute("aria-invalid", "true");
        browser.screenshot("03-decision-drawn");

        page.locator("#sop-save").click();
        assertThat(page.locator("#flash-messages")).containsText("Draf SOP " + code + " versi 1 disimpan");
        SopVersionView draft = sops.versions(OFFICE).stream()
                .filter(v -> v.code().equals(code))
                .findFirst()
                .orElseThrow();
        Assertions.assertThat(draft.status()).isEqualTo(SopStatus.DRAFT);
        Assertions.assertThat(draft.sop().activities())
                .extracting(Activity::description)
                .containsExactly("Menerima permohonan", "Memeriksa dan menyetujui", "Menyerahkan surat rekomendasi");
        Assertions.assertThat(draft.sop().activity(2).orElseThrow().decision())
                .isEqualTo(new Decision(new Branch.ToStep(3), new Branch.ToApplicant()));
        assertThat(page.locator("[name='kegiatan[1].uraian']")).hasValue("Memeriksa dan menyetujui");
        browser.screenshot("04-draft-saved");
    }
}
