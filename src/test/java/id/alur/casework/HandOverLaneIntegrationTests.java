package id.alur.casework;

import static id.alur.casework.PermohonanApiIntegrationTests.postJson;
import static id.alur.casework.PermohonanApiIntegrationTests.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.alur.letter.LetterService;
import id.alur.letter.ReadyToRun;
import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.platform.AlurUser;
import id.alur.sop.SopService;
import id.alur.workflow.Acting;
import id.alur.workflow.CaseId;
import id.alur.workflow.CaseState;
import id.alur.workflow.HistoryAction;
import id.alur.workflow.InboxFilter;
import id.alur.workflow.InboxRow;
import id.alur.workflow.TimelineEntry;
import id.alur.workflow.Verdict;
import id.alur.workflow.WorkflowService;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The hand-over of a letter is recorded by the lane the SOP names for handing it over (issue 12 item 9; DESIGN.md §3
 * "Who acts in each lane"): in this SOP the Kepala Bidang hands the letter to the applicant (row 3) and the applicant
 * receives it (row 4, the applicant's lane). The Kabid records the receipt in the Kabid's own position, as the front
 * desk may; another office position may not. The receipt waits in the Kabid's inbox and home queue as in the front
 * desk's.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HandOverLaneIntegrationTests {

    @Autowired
    LetterService letters;

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficeService offices;

    @Autowired
    SopService sops;

    @Autowired
    PermohonanService permohonan;

    @Autowired
    WorkflowService workflow;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    String office;
    String petugas;
    String kepala;
    String kabid;
    PermohonanView view;

    /** Seed-like SOP of the test office: intake, the Kepala's check, the Kabid hands the letter over, received. */
    static String sopText() {
        return CaseworkAccessRoutes.sopText()
                .replace("kode: kis-uji-akses", "kode: kis-uji-serah")
                .replace("pelaksana:\n", "pelaksana:\n  - id: pemohon\n    nama: Pemohon\n    jenis: pemohon\n")
                .replace(
                        "uraian: BPJS menerbitkan KIS\n    pelaksana: bpjs",
                        "uraian: Menyerahkan surat pengantar kepada pemohon\n    pelaksana: kabid")
                .replace(
                        "uraian: Menyerahkan KIS kepada pemohon\n    pelaksana: petugas",
                        "uraian: Pemohon menerima surat pengantar\n    pelaksana: pemohon");
    }

    /** A permohonan checked by the Kepala and handed over by the Kabid: the applicant's receipt is open. */
    @BeforeEach
    void aLetterReadyToBeReceived() {
        var data = new OfficeTestData(offices);
        office = data.office();
        petugas = data.user(office, OfficeTestData.PETUGAS);
        kepala = data.user(office, OfficeTestData.KEPALA);
        kabid = data.user(office, OfficeTestData.KABID);
        data.user(office, OfficeTestData.BPJS);
        ReadyToRun.letterhead(letters, office);
        var draft = sops.createDraft(office, "HandOverLaneIntegrationTests.sop.yaml", sopText());
        sops.publish(draft.id());
        view = permohonan.submit(
                new Intake(
                        office,
                        "kis-uji-serah",
                        Applicants.woman("Rahayu Ningsih"),
                        List.of(),
                        List.of(new Intake.ChecklistEntry(0, true, null), new Intake.ChecklistEntry(1, true, null)),
                        Set.of()),
                Acting.self(petugas, "Petugas", OfficeTestData.PETUGAS),
                Instant.now());
        var asKepala = Acting.self(kepala, "Kepala", OfficeTestData.KEPALA);
        var check = currentStep();
        workflow.claim(check, asKepala, Instant.now());
        workflow.decide(check, Verdict.YA, null, asKepala, Instant.now());
        var asKabid = Acting.self(kabid, "Kabid", OfficeTestData.KABID);
        var handing = currentStep();
        workflow.claim(handing, asKabid, Instant.now());
        workflow.complete(handing, null, null, asKabid, Instant.now());
    }

    @Test
    void theLaneThatHandsTheLetterOverRecordsItsReceiptInItsOwnPosition() throws Exception {
        String base = "/api/permohonan/" + view.id().value();
        assertThat(strings(call(get(base), kabid, 200).at("/allowedActions"))).contains("serah-terima");

        var answer =
                call(postJson(base + "/langkah/" + currentStep().value() + "/serah-terima", handOver()), kabid, 200);

        assertThat(answer.at("/caseState").asString()).isEqualTo("FINISHED");
        TimelineEntry handedOver = workflow.history(new CaseId(view.workflowCaseId())).entries().stream()
                .filter(e -> e.action() == HistoryAction.HANDED_OVER)
                .findFirst()
                .orElseThrow();
        assertThat(handedOver.actorPosition()).isEqualTo(OfficeTestData.KABID);
        assertThat(permohonan.find(view.id()).handover())
                .get()
                .satisfies(h -> assertThat(h.receivedBy()).isEqualTo("Rahayu Ningsih"));
    }

    @Test
    void theFrontDeskStillMayAndAnotherPositionMayNot() throws Exception {
        String base = "/api/permohonan/" + view.id().value();
        String step = base + "/langkah/" + currentStep().value() + "/serah-terima";
        assertThat(strings(call(get(base), kepala, 200).at("/allowedActions"))).doesNotContain("serah-terima");

        call(postJson(step, handOver()), kepala, 403);
        assertThat(caseState()).isEqualTo(CaseState.AWAITING_APPLICANT);

        call(postJson(step, handOver()), petugas, 200);
        assertThat(caseState()).isEqualTo(CaseState.FINISHED);
    }

    @Test
    void theHandOverWaitsInTheInboxOfTheHandingLaneAsInTheFrontDesks() {
        var step = currentStep();

        assertThat(inbox(OfficeTestData.KABID)).containsExactly(step);
        assertThat(inbox(OfficeTestData.PETUGAS)).containsExactly(step);
        assertThat(inbox(OfficeTestData.KABID, OfficeTestData.PETUGAS))
                .as("an officer holding both positions sees it once")
                .containsExactly(step);
        assertThat(inbox(OfficeTestData.KEPALA)).isEmpty();
    }

    @Test
    void aHandOverOpenedBeforeTheHandingPositionExistedReachesTheHandingLanesInboxOnceFilled() {
        var step = currentStep();
        // as the step was written before V5_240: the front desk's inbox only
        jdbc.sql("update workflow_step set handing_position = null where id = :id")
                .param("id", step.value())
                .update();
        assertThat(inbox(OfficeTestData.KABID)).isEmpty();

        assertThat(workflow.fillHandingPositions()).isPositive();

        assertThat(inbox(OfficeTestData.KABID)).containsExactly(step);
        assertThat(inbox(OfficeTestData.PETUGAS)).containsExactly(step);
        assertThat(inbox(OfficeTestData.KEPALA)).isEmpty();
        assertThat(workflow.fillHandingPositions())
                .as("a second run finds nothing left to fill")
                .isZero();
        assertThat(inbox(OfficeTestData.KABID)).containsExactly(step);
    }

    @Test
    void theHandingLaneSeesTheResultReadyToHandOverOnItsHomePageButNotTheFrontDesksOtherQueues() throws Exception {
        AlurUser signedIn = (AlurUser) users.loadUserByUsername(kabid);
        String home = mvc.perform(get("/").with(user(signedIn)))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(FrontDeskQueuesIntegrationTests.queue(home, "siap-diserahkan"))
                .contains(view.trackingNumber());
        assertThat(home).doesNotContain("id=\"queue-dikembalikan\"", "id=\"queue-pihak-luar\"");
        String kepalasHome = mvc.perform(get("/").with(user((AlurUser) users.loadUserByUsername(kepala))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(kepalasHome).doesNotContain("id=\"queue-siap-diserahkan\"");
    }

    private List<id.alur.workflow.StepId> inbox(String... positions) {
        return workflow.inbox(office, Set.of(positions), InboxFilter.all(Instant.now()), 0, 20).rows().stream()
                .map(InboxRow::stepId)
                .toList();
    }

    private static Map<String, String> handOver() {
        return Map.of(
                "receivedBy", "Rahayu Ningsih",
                "receivedAt", Instant.now().minusSeconds(60).toString(),
                "idKind", "KTP",
                "idNumber", "3317016504800001");
    }

    private id.alur.workflow.StepId currentStep() {
        return workflow.caseView(new CaseId(view.workflowCaseId()))
                .currentStep()
                .orElseThrow()
                .id();
    }

    private CaseState caseState() {
        return workflow.caseView(new CaseId(view.workflowCaseId())).state();
    }

    private JsonNode call(MockHttpServletRequestBuilder request, String username, int expectedStatus) throws Exception {
        String token = offices.issueApiToken(username, "hand-over-test").token();
        MockHttpServletResponse response = mvc.perform(request.header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expectedStatus);
        return PermohonanApiIntegrationTests.json.readTree(response.getContentAsString());
    }
}
