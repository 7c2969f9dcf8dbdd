package id.alur.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.alur.letter.LetterService;
import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.platform.AlurUser;
import id.alur.sop.SopService;
import id.alur.workflow.Acting;
import id.alur.workflow.CaseId;
import id.alur.workflow.Verdict;
import id.alur.workflow.WorkflowService;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Finding any application of the office, on the page {@code /permohonan} and through {@code GET /api/permohonan}: an
 * office of its own with the SOP of {@code CaseworkAccessRoutes.sop.yaml} (step 2, the kepala's check, can return the
 * papers) and six applications, one of them returned to the applicant; a page holds 5.
 */
@SpringBootTest(properties = "alur.casework.inbox-page-size=5")
@AutoConfigureMockMvc
class PermohonanSearchIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficeService offices;

    @Autowired
    SopService sops;

    @Autowired
    LetterService letters;

    @Autowired
    PermohonanService permohonan;

    @Autowired
    WorkflowService workflow;

    @Autowired
    UserDetailsService users;

    @Autowired
    ObjectMapper json;

    OfficeTestData data;
    String office;
    String petugas;
    String kepala;
    String kabid;
    final List<PermohonanView> taken = new ArrayList<>();
    PermohonanView septiana;
    PermohonanView returned;

    @BeforeEach
    void sixApplications() {
        data = new OfficeTestData(offices);
        office = data.office();
        petugas = data.user(office, OfficeTestData.PETUGAS);
        kepala = data.user(office, OfficeTestData.KEPALA);
        kabid = data.user(office, OfficeTestData.KABID);
        CaseworkAccessRoutes.receiptSetting(letters, office);
        sops.publish(sops.createDraft(office, "search.sop.yaml", CaseworkAccessRoutes.sopText())
                .id());
        for (String name : List.of("Siti Aminah", "Dewi Lestari", "Sri Wahyuni", "Nur Hidayah", "Ani Rahayu")) {
            taken.add(submit(Applicants.woman(name)));
        }
        var woman = Applicants.woman("Séptiana Nurhayati");
        septiana = submit(new Intake.Applicant(
                woman.nik(),
                woman.name(),
                woman.birthDate(),
                woman.sex(),
                "3317012504180003",
                woman.address(),
                woman.villageCode(),
                woman.phone()));
        taken.add(septiana);
        returned = taken.get(1);
        var step = workflow.caseView(new CaseId(returned.workflowCaseId()))
                .currentStep()
                .orElseThrow();
        var asKepala = Acting.self(kepala, "Kepala", OfficeTestData.KEPALA);
        workflow.claim(step.id(), asKepala, Instant.now());
        workflow.decide(step.id(), Verdict.TIDAK, "KK belum dilampirkan", asKepala, Instant.now());
    }

    PermohonanView submit(Intake.Applicant applicant) {
        return permohonan.submit(
                new Intake(
                        office,
                        "kis-uji-akses",
                        applicant,
                        List.of(),
                        List.of(new Intake.ChecklistEntry(0, true, null), new Intake.ChecklistEntry(1, true, null)),
                        Set.of()),
                Acting.self(petugas, "Petugas", OfficeTestData.PETUGAS),
                Instant.now());
    }

    /** The path with the query's values encoded (they hold spaces and accents). */
    static URI uri(String path, String query) {
        if (query.isEmpty()) {
            return URI.create(path);
        }
        var parts = new ArrayList<String>();
        for (String pair : query.substring(1).split("&")) {
            int eq = pair.indexOf('=');
            parts.add(pair.substring(0, eq) + "="
                    + URLEncoder.encode(pair.substring(eq + 1), StandardCharsets.UTF_8)
                            .replace("+", "%20"));
        }
        return URI.create(path + "?" + String.join("&", parts));
    }

    JsonNode api(String username, String query, int status) throws Exception {
        var response = mvc.perform(get(uri("/api/permohonan", query))
                        .header(
                                "Authorization",
                                "Bearer "
                                        + offices.issueApiToken(username, "search")
                                                .token()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return json.readTree(response.getContentAsString());
    }

    List<String> found(String username, String query) throws Exception {
        var tracking = new ArrayList<String>();
        api(username, query, 200)
                .get("items")
                .forEach(i -> tracking.add(i.get("trackingNumber").asText()));
        return tracking;
    }

    String page(String username, String query, int status) throws Exception {
        AlurUser signedIn = (AlurUser) users.loadUserByUsername(username);
        var response = mvc.perform(get(uri("/permohonan", query)).with(user(signedIn)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(status);
        return response.getContentAsString();
    }

    @Test
    void findsByTrackingNumberTypedLooselyByWholeNikByItsLastDigitsAndByFamilyCard() throws Exception {
        String number = septiana.trackingNumber();
        assertThat(found(kepala, "?q=" + number.toLowerCase().replace("-", " ")))
                .containsExactly(number);
        assertThat(found(kepala, "?q=" + septiana.applicant().nik())).containsExactly(number);
        assertThat(found(kepala, "?q=" + septiana.applicant().nik().substring(10)))
                .containsExactly(number);
        // last digits only: the same digits inside the NIK are not its end
        assertThat(found(kepala, "?q=" + septiana.applicant().nik().substring(6, 12)))
                .doesNotContain(number);
        assertThat(found(kepala, "?q=3317012504180003")).containsExactly(number);
        assertThat(found(kepala, "?q=3317011203150007")).hasSize(5).doesNotContain(number);
    }

    @Test
    void findsByPartOfTheNameWhateverTheCaseAndAccents() throws Exception {
        assertThat(found(kepala, "?q=septi")).containsExactly(septiana.trackingNumber());
        assertThat(found(kepala, "?q=SÉPTIANA nur")).containsExactly(septiana.trackingNumber());
        assertThat(found(kepala, "?q=hayat")).containsExactly(septiana.trackingNumber());
        // a name of several words is looked up by its last word first, then as a whole: both words in the name but
        // not one after the other is not a match
        assertThat(found(kepala, "?q=nurhayati séptiana")).isEmpty();
        assertThat(found(kepala, "?q=séptiana hayati")).isEmpty();
        assertThat(found(kepala, "?q=ani rahayu")).containsExactly(taken.get(4).trackingNumber());
        assertThat(found(kepala, "?q=nur"))
                .containsExactlyInAnyOrder(
                        septiana.trackingNumber(), taken.get(3).trackingNumber());
    }

    @Test
    void filtersByStateAndCurrentStepAndSortsAndPages() throws Exception {
        assertThat(found(kabid, "?status=dikembalikan")).containsExactly(returned.trackingNumber());
        assertThat(found(kabid, "?status=proses&step=2")).hasSize(5).doesNotContain(returned.trackingNumber());
        assertThat(found(kabid, "?status=selesai")).isEmpty();

        var first = api(kabid, "?sort=nama", 200);
        assertThat(first.get("items").get(0).get("applicantName").asText()).isEqualTo("Ani Rahayu");
        assertThat(first.get("hasMore").asBoolean()).isTrue();
        assertThat(first.get("total").asLong()).isEqualTo(6);
        assertThat(found(kabid, "?sort=nama&page=1")).containsExactly(septiana.trackingNumber());
        assertThat(found(kabid, "?sort=terlama&petugas=" + petugas).getFirst())
                .isEqualTo(taken.getFirst().trackingNumber());
        assertThat(found(kabid, "?petugas=someone-else")).isEmpty();
        String today =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString();
        assertThat(found(kabid, "?from=" + today + "&to=" + today + "&page=1")).hasSize(1);
        assertThat(found(kabid, "?to=2020-01-01")).isEmpty();
    }

    @Test
    void showsTheWholeNikOnlyToThePositionsThatWorkWithIt() throws Exception {
        String nik = septiana.applicant().nik();
        assertThat(api(kepala, "?q=septi", 200).get("items").get(0).get("nik").asText())
                .isEqualTo(nik);
        assertThat(api(kabid, "?q=septi", 200).get("items").get(0).get("nik").asText())
                .isEqualTo(ApplicantView.mask(nik))
                .doesNotContain(nik.substring(4, 12));
    }

    @Test
    void refusesBadParametersNamingEachAndFindsNothingOfAnotherOffice() throws Exception {
        var problem = api(kabid, "?status=hilang&from=kemarin&q=ab", 422);
        var fields = new ArrayList<String>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactly("q", "status", "from");

        String other = data.office();
        String stranger = data.user(other, OfficeTestData.KEPALA);
        assertThat(found(stranger, "?q=" + septiana.trackingNumber())).isEmpty();
        assertThat(found(stranger, "?q=septi")).isEmpty();
    }

    /**
     * Issue 15 follow-up: the holder of the open step is named as the office keeps them now, with the username as the
     * tooltip, not by the name the step was taken under (the bare username when a client took it so).
     */
    @Test
    void namesTheHolderOfTheOpenStepByTheirFullNameWithTheUsernameAsTooltip() throws Exception {
        var step = workflow.caseView(new CaseId(septiana.workflowCaseId()))
                .currentStep()
                .orElseThrow();
        workflow.claim(step.id(), Acting.self(kepala, kepala, OfficeTestData.KEPALA), Instant.now());

        String html = page(kabid, "?q=septi", 200);

        assertThat(html).contains("title=\"" + kepala + "\">Pegawai " + kepala + "</span>");
        assertThat(api(kabid, "?q=septi", 200).at("/items/0/holder").asText()).isEqualTo("Pegawai " + kepala);
    }

    @Test
    void thePageListsFiltersAndNamesBadInput() throws Exception {
        String html = page(kabid, "?q=septi", 200);
        assertThat(html)
                .contains(septiana.trackingNumber())
                .contains("Séptiana Nurhayati")
                .contains("1 permohonan");
        String returnedPage = page(kabid, "?status=dikembalikan", 200);
        assertThat(returnedPage).contains(returned.trackingNumber()).contains("Dikembalikan ke pemohon");
        String all = page(kabid, "", 200);
        assertThat(all).contains("Berikutnya").contains("6 permohonan");

        String bad = page(kabid, "?step=dua", 422);
        assertThat(bad).contains("Langkah (step): &quot;dua&quot; bukan nomor langkah.");
    }
}
