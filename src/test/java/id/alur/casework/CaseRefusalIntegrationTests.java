package id.alur.casework;

import static id.alur.casework.PermohonanApiIntegrationTests.postJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.alur.letter.LetterKind;
import id.alur.letter.LetterService;
import id.alur.letter.LetterSettingView;
import id.alur.letter.LetterView;
import id.alur.letter.ReadyToRun;
import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.sop.SopService;
import id.alur.workflow.Acting;
import id.alur.workflow.CaseId;
import id.alur.workflow.CaseState;
import id.alur.workflow.HistoryAction;
import id.alur.workflow.WorkflowService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * A refusal is an end (DESIGN.md §4 "Ends of a case"): a decision whose Tidak is the SOP's refusal end
 * ({@code tidak: tolak}, {@code CaseRefusalIntegrationTests.sop.yaml}) closes the case and the permohonan as Ditolak,
 * only with a reason; the public status says refused and nothing personal; the NIK may apply again at once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CaseRefusalIntegrationTests {

    @Autowired
    org.springframework.context.ApplicationContext context;

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

    String office;
    String frontDesk;
    String kabid;
    String sopCode;

    @BeforeEach
    void officeWithARefusingSop() {
        var data = new OfficeTestData(offices);
        office = data.office();
        frontDesk = data.user(office, OfficeTestData.PETUGAS);
        kabid = data.user(office, OfficeTestData.KABID);
        ReadyToRun.prepare(context, office, sopText());
        var draft = sops.createDraft(office, "CaseRefusalIntegrationTests.sop.yaml", sopText());
        sops.publish(draft.id());
        sopCode = draft.code();
    }

    static String sopText() {
        try (var in = CaseRefusalIntegrationTests.class.getResourceAsStream("CaseRefusalIntegrationTests.sop.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Intake intake(Intake.Applicant applicant) {
        return new Intake(
                office,
                sopCode,
                applicant,
                List.of(),
                List.of(new Intake.ChecklistEntry(0, true, new Intake.Upload("ktp.pdf", SampleScans.pdf("KTP")))),
                Set.of());
    }

    PermohonanView takeIn(Intake.Applicant applicant) {
        return permohonan.submit(
                intake(applicant), Acting.self(frontDesk, "Petugas", OfficeTestData.PETUGAS), Instant.now());
    }

    JsonNode call(MockHttpServletRequestBuilder request, String username, int expectedStatus) throws Exception {
        String token = offices.issueApiToken(username, "refusal-test").token();
        MockHttpServletResponse response = mvc.perform(request.header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expectedStatus);
        return PermohonanApiIntegrationTests.json.readTree(response.getContentAsString());
    }

    /** The kabid takes the verification (step 2) of the permohonan; answers the decision's address. */
    String takeVerification(PermohonanView view) throws Exception {
        var step = workflow.caseView(new CaseId(view.workflowCaseId()))
                .currentStep()
                .orElseThrow();
        assertThat(step.activityNumber()).isEqualTo(2);
        String base = "/api/permohonan/" + view.id() + "/langkah/" + step.id();
        call(post(base + "/ambil"), kabid, 200);
        return base + "/putusan";
    }

    @Test
    void refusesTheRefusalWithoutAReasonAndWritesNothing() throws Exception {
        var view = takeIn(Applicants.woman("Tanpa Alasan"));
        String decide = takeVerification(view);

        var refused = call(postJson(decide, Map.of("verdict", "TIDAK", "note", "  ")), kabid, 422);

        assertThat(refused.at("/errors/0/field").asString()).isEqualTo("note");
        var caseView = workflow.caseView(new CaseId(view.workflowCaseId()));
        assertThat(caseView.state()).isEqualTo(CaseState.ACTIVE);
        assertThat(caseView.currentStep().orElseThrow().activityNumber()).isEqualTo(2);
        assertThat(permohonan.find(view.id()).status()).isEqualTo(PermohonanStatus.OPEN);
    }

    @Test
    void closesCaseAndPermohonanAsRefusedWithTheReasonAndFreesTheNik() throws Exception {
        var applicant = Applicants.woman("Siti Ditolak");
        var view = takeIn(applicant);
        String decide = takeVerification(view);

        var answer =
                call(postJson(decide, Map.of("verdict", "TIDAK", "note", "Tidak terdaftar dalam DTKS")), kabid, 200);

        assertThat(answer.at("/caseState").asString()).isEqualTo("REFUSED");
        assertThat(answer.at("/permohonan/status").asString()).isEqualTo("REFUSED");
        assertThat(answer.at("/allowedActions").size()).isZero();
        var caseView = workflow.caseView(new CaseId(view.workflowCaseId()));
        assertThat(caseView.endReason()).isEqualTo("Tidak terdaftar dalam DTKS");
        assertThat(caseView.currentStep()).isEmpty();
        var history = workflow.history(new CaseId(view.workflowCaseId())).entries();
        assertThat(history.getLast().action()).isEqualTo(HistoryAction.REFUSED);
        assertThat(history).noneMatch(e -> e.activityNumber() != null && e.activityNumber() == 3);

        var status = permohonan
                .publicStatus(view.trackingNumber(), applicant.nik().substring(12))
                .orElseThrow();
        assertThat(status.stage()).isEqualTo(CaseStage.REFUSED);
        assertThat(status.currentStep()).isNull();
        assertThat(status.closedAt()).isNotNull();

        var again = takeIn(applicant);
        assertThat(again.status()).isEqualTo(PermohonanStatus.OPEN);
    }

    @Test
    void issuesTheOfficesNumberedRefusalLetterWithTheReasonVerifiableByItsCodeWhenTheOfficeEnabledIt()
            throws Exception {
        var letters = context.getBean(LetterService.class);
        var before = takeIn(Applicants.woman("Tanpa Surat Tolak"));
        call(postJson(takeVerification(before), Map.of("verdict", "TIDAK", "note", "Belum ada surat")), kabid, 200);
        assertThat(letters.forCase(before.workflowCaseId()))
                .extracting(LetterView::kind)
                .containsExactly(LetterKind.TANDA_TERIMA);

        // The office enables the refusal letter: a setting of its kind for the SOP (its steps are not used).
        letters.saveSetting(
                new LetterSettingView(
                        null,
                        office,
                        sopCode,
                        LetterKind.SURAT_PENOLAKAN,
                        1,
                        1,
                        List.of(),
                        "TOLAK/{seq}/{yyyy}",
                        null,
                        null,
                        "Penolakan Permohonan",
                        null,
                        null,
                        0),
                "test");
        var view = takeIn(Applicants.woman("Rina Ditolak"));
        call(
                postJson(takeVerification(view), Map.of("verdict", "TIDAK", "note", "Tidak terdaftar dalam DTKS")),
                kabid,
                200);

        var refusal = letters.forCase(view.workflowCaseId()).stream()
                .filter(l -> l.kind() == LetterKind.SURAT_PENOLAKAN)
                .findFirst()
                .orElseThrow();
        assertThat(refusal.number()).isEqualTo("TOLAK/1/" + refusal.issuedOn().getYear());
        assertThat(refusal.signerName())
                .isEqualTo(offices.findUser(kabid).orElseThrow().fullName());
        String text = id.alur.letter.LetterPdfText.of(letters.pdf(refusal.id()));
        assertThat(text)
                .contains("tidak dapat dikabulkan")
                .contains("Tidak terdaftar dalam DTKS")
                .contains("Rina Ditolak")
                .contains(view.trackingNumber());
        var verification = letters.verify(refusal.verificationCode()).orElseThrow();
        assertThat(verification.number()).isEqualTo(refusal.number());
    }
}
