package id.alur.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.platform.AlurUser;
import id.alur.platform.InvalidInputException;
import id.alur.sop.SopComparison.ActivityChange;
import id.alur.sop.SopComparison.ActivityRef;
import id.alur.sop.SopComparison.FieldChange;
import id.alur.sop.SopComparison.LaneChange;
import id.alur.sop.SopComparison.LaneOrder;
import id.alur.sop.SopComparison.LaneRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Comparing two versions of one SOP before publishing (issue 12 item 5): seed 003 as version 1 and a revision of it
 * ({@code SopCompareIntegrationTests.revised.sop.yaml}) as version 2 differ in exactly the Nomor SOP, one lane added,
 * one renamed, the lane order, one row added, one removed and three rows changed; the page, the API and the service say
 * exactly that. Another office's versions are 404; versions of two different SOPs are 422.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SopCompareIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SopService sops;

    @Autowired
    OfficeService offices;

    @Autowired
    UserDetailsService userDetails;

    final JsonMapper json = JsonMapper.builder().build();

    OfficeTestData data;
    String office;
    String adminName;
    AlurUser admin;
    SopVersionView first;
    SopVersionView revised;

    @BeforeEach
    void twoVersionsOfSeed003() {
        data = new OfficeTestData(offices);
        office = data.office();
        adminName = data.officeAdmin(office);
        admin = data.signedIn(userDetails, adminName);
        first = sops.createDraft(office, "003-dinsos-kaltara.sop.yaml", SopFormat.seedSource("dinsos-kaltara"));
        revised = sops.createDraft(office, "003-dinsos-kaltara.sop.yaml", revisedText());
    }

    static String revisedText() {
        try (InputStream in =
                SopCompareIntegrationTests.class.getResourceAsStream("SopCompareIntegrationTests.revised.sop.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void listsExactlyTheIdentityLaneAndActivityChangesOfARevision() {
        SopComparison comparison = sops.compare(first.id(), revised.id());

        assertThat(comparison.before().version()).isEqualTo(1);
        assertThat(comparison.after().version()).isEqualTo(2);
        assertThat(comparison.identity())
                .containsExactly(new FieldChange("identitas.nomor", "011/DS/KU/2025", "012/DS/KU/2026"));
        assertThat(comparison.lanesAdded()).containsExactly(new LaneRef("sekretaris", "Sekretaris Dinas"));
        assertThat(comparison.lanesRemoved()).isEmpty();
        assertThat(comparison.lanesChanged())
                .containsExactly(new LaneChange(
                        "kabid-linjamsos",
                        List.of(new FieldChange(
                                "nama", "Kepala Bidang Linjamsos", "Kepala Bidang Perlindungan dan Jaminan Sosial"))));
        assertThat(comparison.lanesReordered())
                .isEqualTo(new LaneOrder(
                        List.of("pengadministrasi-umum", "kepala-dinas", "kabid-linjamsos", "subkoor-jaminan-sosial"),
                        List.of(
                                "kepala-dinas",
                                "sekretaris",
                                "kabid-linjamsos",
                                "subkoor-jaminan-sosial",
                                "pengadministrasi-umum")));
        assertThat(comparison.activitiesAdded())
                .containsExactly(new ActivityRef(3, "Mencatat surat dalam agenda Sekretariat", "sekretaris"));
        assertThat(comparison.activitiesRemoved())
                .containsExactly(new ActivityRef(
                        7, "Menerima dan meneruskan ke Sub Koordinator Jaminan Sosial", "kabid-linjamsos"));
        // Rows 5 and 6 of the seed are renumbered 6 and 7 with their targets: the same activities, so no change.
        assertThat(comparison.activitiesChanged())
                .containsExactly(
                        new ActivityChange(
                                4,
                                5,
                                first.sop().activity(4).orElseThrow().description(),
                                List.of(new FieldChange(
                                        "mutu_baku.waktu",
                                        "24 Jam, hitungan: kalender",
                                        "2 Hari, hitungan: kalender"))),
                        new ActivityChange(
                                6,
                                7,
                                first.sop().activity(6).orElseThrow().description(),
                                List.of(new FieldChange("ya", "7", "8"))),
                        new ActivityChange(
                                8,
                                8,
                                first.sop().activity(8).orElseThrow().description(),
                                List.of(
                                        new FieldChange(
                                                "mutu_baku.kelengkapan",
                                                "Surat Rekomendasi Berobat",
                                                "Surat Rekomendasi Berobat\nPersetujuan Kepala Dinas"),
                                        new FieldChange(
                                                "mutu_baku.output",
                                                "Surat Rekomendasi Berobat Provinsi",
                                                "Surat Rekomendasi Berobat Provinsi bernomor"))));
        assertThat(comparison.same()).isFalse();
    }

    @Test
    void aVersionComparedWithAnUnchangedCopyIsTheSame() {
        SopVersionView copy =
                sops.createDraft(office, "003-dinsos-kaltara.sop.yaml", SopFormat.seedSource("dinsos-kaltara"));

        assertThat(sops.compare(first.id(), copy.id()).same()).isTrue();
    }

    @Test
    void thePageShowsEachDifferenceAndOffersEveryVersionOfTheSop() throws Exception {
        String html = page("/admin/offices/" + office + "/sop/" + revised.id().value() + "/bandingkan", 200);

        assertThat(html)
                .contains("Versi 2 dibandingkan dengan versi 1")
                .contains("data-field=\"identitas.nomor\"")
                .contains("011/DS/KU/2025")
                .contains("012/DS/KU/2026")
                .contains("Pelaksana ditambahkan: Sekretaris Dinas (sekretaris)")
                .contains("Pelaksana kabid-linjamsos diubah:")
                .contains("Nama lajur: Kepala Bidang Linjamsos → Kepala Bidang Perlindungan dan Jaminan Sosial")
                .contains("Urutan pelaksana berubah: pengadministrasi-umum, kepala-dinas, kabid-linjamsos,"
                        + " subkoor-jaminan-sosial menjadi kepala-dinas, sekretaris, kabid-linjamsos,"
                        + " subkoor-jaminan-sosial, pengadministrasi-umum")
                .contains("Kegiatan 3 ditambahkan: Mencatat surat dalam agenda Sekretariat (pelaksana sekretaris)")
                .contains("Kegiatan 7 dihapus: Menerima dan meneruskan ke Sub Koordinator Jaminan Sosial")
                .contains("Kegiatan 4 (kini nomor 5) diubah:")
                .contains("24 Jam, hitungan: kalender")
                .contains("Kegiatan 8 diubah:")
                .contains("Surat Rekomendasi Berobat Provinsi bernomor")
                .containsPattern(
                        "<option value=\"" + first.id().value() + "\"\\s+selected=\"selected\">Versi 1 \\(Draf\\)")
                .doesNotContain("Kegiatan 5 (kini nomor 6)");

        String reversed = page(
                "/admin/offices/" + office + "/sop/" + first.id().value() + "/bandingkan?dengan="
                        + revised.id().value(),
                200);
        assertThat(reversed)
                .contains("Versi 1 dibandingkan dengan versi 2")
                .contains("Kegiatan 3 dihapus: Mencatat surat dalam agenda Sekretariat");
    }

    @Test
    void theSectionAndTheVersionPageLinkToTheComparison() throws Exception {
        String compare = "/admin/offices/" + office + "/sop/" + revised.id().value() + "/bandingkan";
        assertThat(page("/admin/offices/" + office + "/sop", 200)).contains("href=\"" + compare + "\"");
        assertThat(page("/sop/versi/" + revised.id().value(), 200))
                .contains("href=\"../../admin/offices/" + office + "/sop/"
                        + revised.id().value() + "/bandingkan\"");

        mvc.perform(get("/admin/offices/" + office + "/sop/bandingkan")
                        .param("versi", Long.toString(first.id().value()))
                        .param("dengan", Long.toString(revised.id().value()))
                        .with(user(admin)))
                .andExpect(redirectedUrl(
                        "/admin/offices/" + office + "/sop/" + first.id().value() + "/bandingkan?dengan="
                                + revised.id().value()));
    }

    @Test
    void anSopWithOneVersionHasNothingToCompare() throws Exception {
        SopVersionView other =
                sops.createDraft(office, "000-dinsosppkb-rembang.sop.yaml", SopFormat.seedSource("dinsosppkb-rembang"));

        assertThat(page("/admin/offices/" + office + "/sop/" + other.id().value() + "/bandingkan", 200))
                .contains("SOP ini baru memiliki satu versi")
                .doesNotContain("dibandingkan dengan versi");
    }

    @Test
    void versionsOfTwoDifferentSopsAreRefused() throws Exception {
        SopVersionView other =
                sops.createDraft(office, "000-dinsosppkb-rembang.sop.yaml", SopFormat.seedSource("dinsosppkb-rembang"));

        assertThatThrownBy(() -> sops.compare(other.id(), revised.id()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e)
                                .problems()
                                .getFirst()
                                .field())
                        .isEqualTo("with"));
        assertThat(page(
                        "/admin/offices/" + office + "/sop/" + revised.id().value() + "/bandingkan?dengan="
                                + other.id().value(),
                        422))
                .contains("Hanya versi dari SOP yang sama yang dapat dibandingkan");
        JsonNode problem = api(revised.id().value(), other.id().value(), adminName, 422);
        assertThat(problem.toString()).contains("with");
    }

    @Test
    void anotherOfficesVersionsAreNotFound() throws Exception {
        String otherOffice = data.office();
        SopVersionView foreign =
                sops.createDraft(otherOffice, "003-dinsos-kaltara.sop.yaml", SopFormat.seedSource("dinsos-kaltara"));
        String foreignAdmin = data.officeAdmin(otherOffice);

        page(
                "/admin/offices/" + office + "/sop/" + revised.id().value() + "/bandingkan?dengan="
                        + foreign.id().value(),
                404);
        page("/admin/offices/" + office + "/sop/" + foreign.id().value() + "/bandingkan", 404);
        api(revised.id().value(), foreign.id().value(), adminName, 404);
        api(revised.id().value(), first.id().value(), foreignAdmin, 404);
    }

    @Test
    void theApiAnswersTheSameDifferences() throws Exception {
        JsonNode comparison = api(revised.id().value(), first.id().value(), adminName, 200);

        assertThat(comparison.get("before").get("id").asLong())
                .isEqualTo(first.id().value());
        assertThat(comparison.get("after").get("version").asInt()).isEqualTo(2);
        assertThat(comparison.get("identity").get(0).get("field").asString()).isEqualTo("identitas.nomor");
        assertThat(comparison.get("identity").get(0).get("after").asString()).isEqualTo("012/DS/KU/2026");
        assertThat(comparison.get("lanesAdded").get(0).get("id").asString()).isEqualTo("sekretaris");
        assertThat(comparison.get("activitiesAdded").get(0).get("number").asInt())
                .isEqualTo(3);
        assertThat(comparison.get("activitiesRemoved").get(0).get("number").asInt())
                .isEqualTo(7);
        assertThat(comparison.get("activitiesChanged")).hasSize(3);
        assertThat(comparison
                        .get("activitiesChanged")
                        .get(1)
                        .get("fields")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("ya");
    }

    String page(String path, int expectedStatus) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(path).with(user(admin))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(expectedStatus);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    JsonNode api(long id, long with, String username, int expectedStatus) throws Exception {
        String token = offices.issueApiToken(username, "sop-compare-test").token();
        MockHttpServletResponse response = mvc.perform(get("/api/sop/" + id + "/compare")
                        .param("with", Long.toString(with))
                        .header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(expectedStatus);
        return json.readTree(body);
    }
}
