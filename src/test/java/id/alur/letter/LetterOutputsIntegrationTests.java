package id.alur.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.platform.AlurUser;
import id.alur.sop.ReadinessItem;
import id.alur.sop.SopService;
import id.alur.sop.SopStatus;
import id.alur.sop.SopVersionId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An SOP whose step 2 outputs a "Surat Keterangan" (none of the seeds' letters): readiness asks for a letter setting of
 * the service letter, the admin may decide in the browser that the step's output is no letter (or that another is),
 * and the letter it issues is titled by its setting's Perihal.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LetterOutputsIntegrationTests {

    static final String SOP = "kis-uji-surat";

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficeService offices;

    @Autowired
    SopService sops;

    @Autowired
    LetterService letters;

    @Autowired
    LetterIssuer issuer;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    LetterOutputChoices choices;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    String office;
    String adminUsername;
    AlurUser admin;
    SopVersionId draft;
    String outputs;

    /** The office has its lanes held, a Tanda Terima and a kop surat: only the Surat Keterangan is missing. */
    @BeforeEach
    void anSopWithASuratKeterangan() throws IOException {
        var data = new OfficeTestData(offices);
        office = data.office();
        adminUsername = data.officeAdmin(office);
        admin = data.signedIn(userDetails, adminUsername);
        for (String position : List.of(OfficeTestData.KABID, OfficeTestData.PETUGAS, OfficeTestData.BPJS)) {
            data.user(office, position);
        }
        String kepala = OfficeTestData.unique("kepala");
        offices.createUser(
                kepala,
                new id.alur.office.UserProfile(
                        "Kepala Dinas Uji", LetterReadinessIntegrationTests.uniqueNip(), null, null),
                OfficeTestData.PASSWORD);
        offices.addMembership(kepala, office, OfficeTestData.KEPALA);
        ReadyToRun.letterhead(letters, office);
        draft = sops.createDraft(office, "surat-keterangan.sop.yaml", sopText()).id();
        outputs = "/admin/offices/" + office + "/letters/outputs/" + draft.value();
    }

    @Test
    void asksForASettingOfTheServiceLetterForASuratKeterangan() {
        assertThat(sops.readiness(draft))
                .extracting(ReadinessItem::messageKey, ReadinessItem::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "letter.readiness.output-without-setting", List.of(2, "Surat Keterangan", SOP)));

        letters.saveSetting(setting(LetterKind.SURAT_LAYANAN, 2, "470/{seq}/UJI/{yyyy}"), "test");

        assertThat(sops.readiness(draft)).isEmpty();
        assertThat(sops.publish(draft).status()).isEqualTo(SopStatus.PUBLISHED);
    }

    @Test
    void theAdminDecidesInTheBrowserThatTheStepOutputsNoLetterAndReadinessFollows() throws Exception {
        String page = page(get(outputs), 200);
        assertThat(page)
                .contains("Surat Keterangan", "Surat Layanan", "Ikuti aturan")
                .doesNotContain("BPJS menerbitkan");

        page(post(outputs).param("step.2", "tidak"), 302);

        assertThat(sops.readiness(draft)).isEmpty();
        assertThat(page(get(outputs), 200)).contains("<option value=\"tidak\" selected=\"selected\">");

        // The front desk's step 1 made a letter by choice: the service letter is asked for at step 1.
        page(post(outputs).param("step.1", "ya").param("step.2", ""), 302);
        assertThat(sops.readiness(draft))
                .extracting(ReadinessItem::arguments)
                .containsExactly(List.of(1, "Menerima permohonan", SOP));
    }

    @Test
    void refusesAChoiceForAStepOutsideTheOfficesLanesAndWritesNothing() throws Exception {
        String refused = page(post(outputs).param("step.2", "tidak").param("step.3", "ya"), 422);

        assertThat(refused).contains("Langkah 3 bukan langkah jabatan kantor pada versi SOP ini.");
        assertThat(sops.readiness(draft))
                .extracting(ReadinessItem::messageKey)
                .containsExactly("letter.readiness.output-without-setting");
    }

    @Test
    void theServiceLetterIsTitledByItsSettingsPerihal() throws IOException {
        var setting = LetterSetting.of(setting(LetterKind.SURAT_LAYANAN, 2, "470/{seq}/UJI/{yyyy}"));
        var titled = new LetterSetting(
                null,
                office,
                SOP,
                LetterKind.SURAT_LAYANAN,
                2,
                2,
                List.of(),
                setting.pattern(),
                null,
                null,
                "Surat Keterangan",
                null,
                null,
                0);
        var letter = issuer.issue(LetterIssuerIntegrationTests.order(
                LetterIssuerIntegrationTests.CASES.incrementAndGet(),
                office,
                titled,
                Instant.parse("2026-03-02T02:00:00Z")));

        String text = LetterPdfText.of(letters.pdf(letter.view().id()));
        assertThat(text).contains("SURAT KETERANGAN", "Nomor: 470/1/UJI/2026", "menerangkan bahwa");
    }

    @Test
    void theApiReadsAndReplacesTheChoicesAndRefusesAStepOutsideTheOfficesLanes() throws Exception {
        String token =
                "Bearer " + offices.issueApiToken(adminUsername, "outputs").token();
        String url = "/api/offices/" + office + "/letter-outputs/" + draft.value();

        var read =
                mvc.perform(get(url).header("Authorization", token)).andReturn().getResponse();
        assertThat(read.getStatus()).isEqualTo(200);
        assertThat(read.getContentAsString(StandardCharsets.UTF_8))
                .contains("\"activity\":2", "\"output\":\"Surat Keterangan\"", "\"byRule\":\"surat-layanan\"")
                .doesNotContain("\"activity\":3");

        var chosen = mvc.perform(put(url).header("Authorization", token)
                        .contentType("application/json")
                        .content("{\"choices\": {\"2\": false}}"))
                .andReturn()
                .getResponse();
        assertThat(chosen.getStatus()).isEqualTo(200);
        assertThat(chosen.getContentAsString()).contains("\"chosen\":false");
        assertThat(sops.readiness(draft)).isEmpty();

        var refused = mvc.perform(put(url).header("Authorization", token)
                        .contentType("application/json")
                        .content("{\"choices\": {\"2\": true, \"3\": true}}"))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("step.3");
        assertThat(sops.readiness(draft)).as("nothing written").isEmpty();
    }

    @Test
    void aRevisionOfAPublishedVersionKeepsTheAdminsChoicesAndItsReadinessWithThem() throws Exception {
        page(post(outputs).param("step.2", "tidak"), 302);
        sops.publish(draft);

        var revision = sops.revise(draft).id();

        assertThat(choices.outputs(office, revision))
                .filteredOn(o -> o.chosen() != null)
                .extracting(o -> o.activity().number(), LetterOutputs.Output::chosen)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, false));
        assertThat(sops.readiness(revision))
                .as("the Surat Keterangan is still no letter")
                .isEmpty();
        assertThat(page(get("/admin/offices/" + office + "/letters/outputs/" + revision.value()), 200))
                .contains("<option value=\"tidak\" selected=\"selected\">");
    }

    @Test
    void aNewVersionFromAFileKeepsAChoiceOnlyWhereTheStepsNumberAndOutputAreUnchanged() throws IOException {
        letters.saveSetting(setting(LetterKind.SURAT_LAYANAN, 1, "470/{seq}/UJI/{yyyy}"), "test");
        choices.choose(office, draft, java.util.Map.of(1, true, 2, false), adminUsername);
        sops.publish(draft);

        var changed = sops.createDraft(
                        office,
                        "surat-keterangan.sop.yaml",
                        sopText().replace("output: Surat Keterangan", "output: Surat Keterangan Domisili"))
                .id();

        assertThat(choices.outputs(office, changed))
                .filteredOn(o -> o.chosen() != null)
                .extracting(o -> o.activity().number(), LetterOutputs.Output::chosen)
                .as("step 2 outputs another text: the rule decides it again")
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, true));
        assertThat(jdbc.sql("select chosen_by from letter_output_choice where sop_version_id = ?")
                        .param(changed.value())
                        .query(String.class)
                        .list())
                .as("the choice is still the admin's")
                .containsExactly(adminUsername);
    }

    private LetterSettingView setting(LetterKind kind, int step, String pattern) {
        return new LetterSettingView(
                null, office, SOP, kind, step, step, List.of(), pattern, null, null, null, null, null, 0);
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, int status)
            throws Exception {
        MockHttpServletResponse response =
                mvc.perform(request.with(user(admin)).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return response.getContentAsString();
    }

    private static String sopText() throws IOException {
        try (InputStream in =
                LetterReadinessIntegrationTests.class.getResourceAsStream("LetterReadinessIntegrationTests.sop.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("output: Surat Pengantar ke BPJS Kesehatan", "output: Surat Keterangan");
        }
    }
}
