package id.alur.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.alur.platform.AlurUser;
import id.alur.registry.ImportMode;
import id.alur.registry.RegistryColumns;
import id.alur.registry.RegistryService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The DTSEN look-up on the intake page and the recorded fact on the case page (issue 16 item 2), as the browser asks
 * for them, on the whole application: seed 000's office with an imported extract and a rule of desil 5 or lower.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DeskRegistryPageIntegrationTests {

    static final String REMBANG = DeskRegistryIntegrationTests.REMBANG;
    static final String KIS = DeskRegistryIntegrationTests.KIS;
    static final String FRONT_DESK = "rembang.petugas-pelayanan";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    RegistryService registry;

    @Autowired
    PermohonanService permohonan;

    @AfterEach
    void noRuleAgain() {
        registry.setEligibilityRule(REMBANG, KIS, null, "admin");
    }

    AlurUser signedIn(String username) {
        return (AlurUser) users.loadUserByUsername(username);
    }

    void imported(String nik, int desil) {
        var csv = "NIK,NO_KK,NAMA,DESIL,KODE_WILAYAH,STATUS\n" + DeskRegistryIntegrationTests.row(nik, "Siti", desil);
        registry.importCsv(
                REMBANG,
                "dtsen-halaman.csv",
                RegistryColumns.dtsenDefaults(),
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                ImportMode.ALL_OR_NOTHING,
                "rembang.admin");
    }

    @Test
    void theFrontDeskSeesEachNikFoundOrNotWithItsDesilEditionAndTheServiceRule() throws Exception {
        var applicant = Applicants.woman("Siti Meja");
        String member = Applicants.nik(Applicants.someBirthDate(), Sex.MALE);
        imported(applicant.nik(), 2);
        registry.setEligibilityRule(REMBANG, KIS, 5, "rembang.admin");

        var response = mvc.perform(post("/permohonan/baru/registri")
                        .param("sopCode", KIS)
                        .param("nik", applicant.nik())
                        .param("householdMembers[0].nik", member)
                        .param("householdMembers[0].name", "Budi")
                        .with(user(signedIn(FRONT_DESK)))
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        String html = HtmlUtils.htmlUnescape(response.getContentAsString());
        assertThat(rowOf(html, 0))
                .contains("Pemohon", applicant.nik(), "ditemukan", ">2<", "dtsen-halaman.csv", "memenuhi");
        assertThat(rowOf(html, 1)).contains("Budi", member, "tidak ditemukan").doesNotContain("memenuhi");
    }

    @Test
    void theConfirmationStepShowsTheLookUpBesideTheWarnings() throws Exception {
        var applicant = Applicants.woman("Siti Konfirmasi");
        imported(applicant.nik(), 4);
        // seed 000 leaves missing papers to the officer: the DTKS paper missing asks to confirm
        var request = multipart("/permohonan")
                .file(new MockMultipartFile(
                        "checklist[0].scan", "sktm.pdf", "application/pdf", SampleScans.pdf("SKTM")))
                .param("checklist[0].present", "true")
                .param("sopCode", KIS)
                .param("nik", applicant.nik())
                .param("name", applicant.name())
                .param("birthDate", applicant.birthDate().toString())
                .param("sex", applicant.sex().name())
                .param("familyCardNumber", applicant.familyCardNumber())
                .param("address", applicant.address())
                .param("villageCode", applicant.villageCode())
                .param("phone", applicant.phone());

        var response = mvc.perform(request.with(user(signedIn(FRONT_DESK))).with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        String html = HtmlUtils.htmlUnescape(response.getContentAsString());
        assertThat(html).contains("id=\"intake-warnings\"");
        assertThat(rowOf(html, 0)).contains("Pemohon", "ditemukan", ">4<");
    }

    @Test
    void aNikNotYetSixteenDigitsIsNotLookedUp() throws Exception {
        var response = mvc.perform(post("/permohonan/baru/registri")
                        .param("sopCode", KIS)
                        .param("nik", "33170157")
                        .with(user(signedIn(FRONT_DESK)))
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(response.getContentAsString()).contains("id=\"registry-no-nik\"");
    }

    @Test
    void theCasePageShowsTheRecordedCheckWithTheRuleForTheVerifyingOfficer() throws Exception {
        var applicant = Applicants.woman("Siti Kasus");
        imported(applicant.nik(), 7);
        registry.setEligibilityRule(REMBANG, KIS, 5, "rembang.admin");
        var view = permohonan.submit(
                DeskRegistryIntegrationTests.intake(
                        applicant,
                        Applicants.nik(Applicants.someBirthDate(), Sex.MALE),
                        Applicants.allPapers(PermohonanServiceIntegrationTests.requirements(REMBANG))),
                PermohonanServiceIntegrationTests.rembangFrontDesk(),
                Instant.now());

        // seed 000 step 2: the kasi rehabsos verifies
        String html = HtmlUtils.htmlUnescape(
                mvc.perform(get("/permohonan/" + view.id()).with(user(signedIn("rembang.kasi-rehabsos"))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());

        assertThat(html).contains("id=\"registry-recorded\"", "Diperiksa oleh " + FRONT_DESK);
        assertThat(rowOf(html, 0)).contains("ditemukan", ">7<", "tidak memenuhi");
    }

    private static String rowOf(String html, int position) {
        int start = html.indexOf("id=\"registry-" + position + "\"");
        assertThat(start).as("row %d of the findings", position).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }
}
