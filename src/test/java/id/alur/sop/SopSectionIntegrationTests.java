package id.alur.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.alur.letter.ReadyToRun;
import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.platform.AlurUser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The SOP section shows each draft's readiness list ("siap dijalankan") to the office's administrators, each item with
 * the link that fixes it; the office's head finds the section on the home page and reads it without any action, other
 * officers get no link, another office's people find nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SopSectionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SopService sops;

    @Autowired
    OfficeService offices;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    ApplicationContext context;

    @Test
    void eachDraftOnTheSectionListsWhatIsMissingWithItsFixLink() throws Exception {
        var data = new OfficeTestData(offices);
        String office = data.office();
        AlurUser admin = data.signedIn(userDetails, data.officeAdmin(office));
        SopVersionView draft =
                sops.createDraft(office, "003-dinsos-kaltara.sop.yaml", SopFormat.seedSource("dinsos-kaltara"));

        String html = page(admin, "/admin/offices/" + office + "/sop", 200);

        assertThat(html)
                .contains("id=\"readiness-" + draft.id().value() + "\"")
                .contains("Siap dijalankan?")
                .contains("Lajur Pengadministrasi Umum (pengadministrasi-umum) belum menjadi jabatan di kantor ini")
                .contains("SOP kis-rekomendasi-berobat belum punya pengaturan surat untuknya")
                .contains("href=\"/admin/offices/" + office + "/positions/new\"")
                .contains("href=\"/admin/offices/" + office + "/letters\"")
                .contains("Kop surat kantor belum diisi")
                .contains("href=\"/admin/offices/" + office + "/letters/letterhead\"")
                .doesNotContain("Semua siap");
    }

    @Test
    void aDraftOfAnOfficeReadyToRunSaysSo() throws Exception {
        var data = new OfficeTestData(offices);
        String office = data.office();
        ReadyToRun.prepare(context, office, SopFormat.seedSource("dinsos-kaltara"));
        AlurUser admin = data.signedIn(userDetails, data.officeAdmin(office));
        SopVersionView draft =
                sops.createDraft(office, "003-dinsos-kaltara.sop.yaml", SopFormat.seedSource("dinsos-kaltara"));

        assertThat(page(admin, "/admin/offices/" + office + "/sop", 200))
                .contains("id=\"readiness-" + draft.id().value() + "\"")
                .contains("Semua siap: versi ini dapat diterbitkan.")
                .doesNotContain("Menghalangi");
    }

    @Test
    void theHeadOfTheOfficeReadsTheSectionFromTheHomePageWithoutActions() throws Exception {
        var data = new OfficeTestData(offices);
        String office = data.office();
        AlurUser head = data.signedIn(userDetails, data.user(office, OfficeTestData.KEPALA));
        AlurUser officer = data.signedIn(userDetails, data.user(office, OfficeTestData.PETUGAS));
        SopVersionView draft =
                sops.createDraft(office, "003-dinsos-kaltara.sop.yaml", SopFormat.seedSource("dinsos-kaltara"));
        String link = "href=\"/sop/kantor/" + office + "\"";

        assertThat(page(head, "/", 200)).contains(link);
        assertThat(page(officer, "/", 200)).doesNotContain(link);

        String section = page(head, "/sop/kantor/" + office, 200);
        assertThat(section)
                .contains("Hanya baca")
                .contains("Rekomendasi Berobat / Pendaftaran Peserta PBI/KIS")
                .contains("href=\"/sop/versi/" + draft.id().value() + "\"")
                .doesNotContain("/terbitkan")
                .doesNotContain("/unggah")
                .doesNotContain("/ubah")
                .doesNotContain("Siap dijalankan?");
        page(head, "/admin/offices/" + office + "/sop", 403);
    }

    @Test
    void theHeadComparesTwoVersionsFromTheReadOnlySection() throws Exception {
        var data = new OfficeTestData(offices);
        String office = data.office();
        String other = data.office();
        ReadyToRun.prepare(context, office, SopFormat.seedSource("dinsos-kaltara"));
        AlurUser head = data.signedIn(userDetails, data.user(office, OfficeTestData.KEPALA));
        AlurUser otherHead = data.signedIn(userDetails, data.user(other, OfficeTestData.KEPALA));
        SopVersionView published = sops.publish(
                sops.createDraft(office, "003-dinsos-kaltara.sop.yaml", SopFormat.seedSource("dinsos-kaltara"))
                        .id());
        SopVersionView revision = sops.revise(published.id());
        String compare = "/sop/kantor/" + office + "/" + revision.id().value() + "/bandingkan";

        assertThat(page(head, "/sop/kantor/" + office, 200)).contains("href=\"" + compare + "\"");
        assertThat(page(head, compare, 200))
                .contains("Versi 2 dibandingkan dengan versi 1")
                .contains("action=\"/sop/kantor/" + office + "/bandingkan\"")
                .doesNotContain("/admin/offices/");
        page(otherHead, compare, 404);
        page(head, "/admin/offices/" + office + "/sop/" + revision.id().value() + "/bandingkan", 403);
    }

    @Test
    void anotherOfficesSectionIsNotFound() throws Exception {
        var data = new OfficeTestData(offices);
        String office = data.office();
        String other = data.office();
        AlurUser head = data.signedIn(userDetails, data.user(other, OfficeTestData.KEPALA));

        page(head, "/sop/kantor/" + office, 404);
    }

    String page(AlurUser who, String path, int expectedStatus) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(path).with(user(who))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(expectedStatus);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
