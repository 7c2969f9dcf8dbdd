package id.alur.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.letter.LetterKind;
import id.alur.letter.LetterService;
import id.alur.letter.LetterSettingView;
import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.platform.AuditOutcome;
import id.alur.platform.AuditQuery;
import id.alur.platform.AuditRecord;
import id.alur.platform.AuditTrail;
import id.alur.workflow.Acting;
import id.alur.workflow.CaseId;
import id.alur.workflow.WorkflowService;
import java.time.Instant;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Outside parties see only their lane (issue 14): a BPJS user sees a permohonan only once it has reached the BPJS
 * step, and of it the application and its papers, not the office's internal notes, scans and steps.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OutsideLaneIntegrationTests {

    static final JsonMapper json = JsonMapper.builder().build();

    static final String APPLICANT = "Pemohon Lintas";

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficeService offices;

    @Autowired
    PermohonanService permohonan;

    @Autowired
    WorkflowService workflow;

    @Autowired
    AuditTrail audit;

    @Autowired
    LetterService letters;

    @Test
    void anOutsidePartyDoesNotSeeACaseThatHasNotReachedItsLane() throws Exception {
        var office = new BpjsOffice(context, mvc);
        var waiting = office.submit(APPLICANT);

        mvc.perform(get("/permohonan/{id}", waiting.id().value()).with(user(office.bpjs())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/permohonan/{id}/berkas/{doc}", waiting.id().value(), office.intakeScan(waiting))
                        .with(user(office.bpjs())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/permohonan/{id}/catatan", waiting.id().value())
                        .param("body", "Mengintip")
                        .with(user(office.bpjs()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/permohonan/{id}", waiting.id().value()).header("Authorization", office.bpjsToken()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/permohonan/{id}", waiting.id().value()).with(user(office.kepala)))
                .andExpect(status().isOk());

        assertThat(permohonan.find(waiting.id(), office.code).notes()).isEmpty();
        assertThat(audit.find(AuditQuery.about(
                        "permohonan", String.valueOf(waiting.id().value()), 10)))
                .extracting(AuditRecord::actor, AuditRecord::action, AuditRecord::outcome)
                .contains(Tuple.tuple(office.bpjs().username(), "access.outside-lane", AuditOutcome.NOT_FOUND));
    }

    @Test
    void anOutsidePartySeesOfACaseAtItsStepOnlyWhatItsStepNeeds() throws Exception {
        var office = new BpjsOffice(context, mvc);
        var atBpjs = office.submit(APPLICANT);
        long id = atBpjs.id().value();
        long papers = office.intakeScan(atBpjs);
        var kepala = office.asKepala();
        permohonan.addNote(atBpjs.id(), office.code, "Catatan internal kantor", kepala, Instant.now());
        var internal = permohonan.attach(
                atBpjs.id(),
                office.code,
                null,
                new Intake.Upload("telaah.pdf", SampleScans.pdf("Telaah")),
                2,
                office.kepala.username(),
                Instant.now());
        office.checkedYa(atBpjs);

        JsonNode seen =
                json.readTree(mvc.perform(get("/api/permohonan/{id}", id).header("Authorization", office.bpjsToken()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(seen.at("/permohonan/notes").size()).isZero();
        // the DTSEN/DTKS check recorded at intake is the office's (issue 16 item 5): its head sees it, BPJS does not
        assertThat(seen.at("/registryCheck").size()).isZero();
        JsonNode byHead = json.readTree(mvc.perform(get("/api/permohonan/{id}", id)
                        .header(
                                "Authorization",
                                "Bearer "
                                        + offices.issueApiToken(office.kepala.username(), "test")
                                                .token()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(byHead.at("/registryCheck").size()).isPositive();
        assertThat(seen.at("/permohonan/documents").size()).isEqualTo(1);
        assertThat(seen.at("/permohonan/documents/0/id/value").asLong()).isEqualTo(papers);
        assertThat(seen.at("/permohonan/applicant/name").asString()).isEqualTo(APPLICANT);
        JsonNode history = json.readTree(
                mvc.perform(get("/api/permohonan/{id}/riwayat", id).header("Authorization", office.bpjsToken()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(history.at("/steps").size()).isEqualTo(1);
        assertThat(history.at("/steps/0/positionCode").asString()).isEqualTo(OfficeTestData.BPJS);

        mvc.perform(get("/permohonan/{id}/berkas/{doc}", id, papers).with(user(office.bpjs())))
                .andExpect(status().isOk());
        mvc.perform(get("/permohonan/{id}/berkas/{doc}", id, internal.id().value())
                        .with(user(office.bpjs())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/permohonan/{id}/berkas/{doc}", id, internal.id().value())
                        .header("Authorization", office.bpjsToken()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/permohonan/{id}", id).with(user(office.bpjs())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Catatan internal kantor"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("telaah.pdf"))));
        mvc.perform(get("/permohonan/{id}", id).with(user(office.kepala)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Catatan internal kantor")))
                .andExpect(content().string(Matchers.containsString("telaah.pdf")));

        // Every look at the permohonan is on the audit trail (issue 14 item 4): API reads, scans, the case page.
        assertThat(audit.find(AuditQuery.about("permohonan", String.valueOf(id), 50)))
                .extracting(AuditRecord::actor, AuditRecord::action)
                .contains(
                        Tuple.tuple(office.bpjs().username(), "permohonan.read"),
                        Tuple.tuple(office.bpjs().username(), "scan.viewed"),
                        Tuple.tuple(office.bpjs().username(), "permohonan.viewed"),
                        Tuple.tuple(office.kepala.username(), "permohonan.viewed"));
    }

    @Test
    void anOutsidePartyStillSeesACaseThatHasLeftItsStep() throws Exception {
        var office = new BpjsOffice(context, mvc);
        var past = office.atBpjs(APPLICANT);
        var bpjs = Acting.self(office.bpjs().username(), "BPJS", OfficeTestData.BPJS);
        var bpjsStep = office.stepOf(past).id();
        workflow.recordOutsideResult(
                bpjsStep,
                new id.alur.workflow.OutsideResult("KIS-123", java.time.LocalDate.now(), null),
                bpjs,
                Instant.now());
        assertThat(workflow.caseView(new CaseId(past.workflowCaseId())).currentStep())
                .hasValueSatisfying(step -> assertThat(step.positionCode()).isEqualTo(OfficeTestData.PETUGAS));

        mvc.perform(get("/api/permohonan/{id}", past.id().value()).header("Authorization", office.bpjsToken()))
                .andExpect(status().isOk());
    }

    @Test
    void anOutsidePartyGetsTheLettersSentOutWithACaseOnlyOnceTheCaseHasReachedItsLane() throws Exception {
        var office = new BpjsOffice(context, mvc);
        letters.saveSetting(
                new LetterSettingView(
                        null,
                        office.code,
                        office.sopCode,
                        LetterKind.SURAT_PENGANTAR,
                        2,
                        2,
                        List.of(),
                        "{seq}/PENGANTAR/{yyyy}",
                        null,
                        null,
                        "Usulan KIS",
                        "BPJS Kesehatan",
                        null,
                        0),
                "test");
        var submitted = office.submit(APPLICANT);
        long caseId = submitted.workflowCaseId();
        long receipt = letters.forCase(caseId).getFirst().id().value();

        mvc.perform(get("/letters/case/{case}", caseId).with(user(office.bpjs())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/letters/{letter}/letter.pdf", receipt).with(user(office.bpjs())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/letters/{letter}/letter.pdf", receipt).with(user(office.kepala)))
                .andExpect(status().isOk());
        assertThat(audit.find(AuditQuery.about("case", String.valueOf(caseId), 10)))
                .extracting(AuditRecord::actor, AuditRecord::action, AuditRecord::outcome)
                .contains(Tuple.tuple(office.bpjs().username(), "access.outside-lane", AuditOutcome.NOT_FOUND));
        assertThat(audit.find(AuditQuery.about("letter", String.valueOf(receipt), 10)))
                .extracting(AuditRecord::actor, AuditRecord::action, AuditRecord::officeCode)
                .containsExactly(Tuple.tuple(office.kepala.username(), "letter.viewed", office.code));

        office.checkedYa(submitted);
        var pengantar = letters.forCase(caseId).stream()
                .filter(l -> l.kind() == LetterKind.SURAT_PENGANTAR)
                .findFirst()
                .orElseThrow();
        String receiptNumber = letters.forCase(caseId).getFirst().number();

        mvc.perform(get("/letters/case/{case}", caseId).with(user(office.bpjs())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(pengantar.number())))
                .andExpect(content().string(Matchers.not(Matchers.containsString(">" + receiptNumber + "<"))));
        mvc.perform(get("/letters/{letter}/letter.pdf", pengantar.id().value()).with(user(office.bpjs())))
                .andExpect(status().isOk());
        // the applicant's receipt is not what the BPJS step needs
        mvc.perform(get("/letters/{letter}/letter.pdf", receipt).with(user(office.bpjs())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/letters/case/{case}", caseId).with(user(office.kepala)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(">" + receiptNumber + "<")));
    }

    /**
     * Issue 15: the applicant's phone is whole to the front desk, which calls the applicant, and masked to the
     * reviewing lane and the outside party; the kepala may ask for it, and the asking is on the audit trail.
     */
    @Test
    void theApplicantsPhoneIsWholeOnlyAtTheFrontDeskAndShownToOthersOnRequestOnTheAuditTrail() throws Exception {
        var office = new BpjsOffice(context, mvc);
        var submitted = office.submit(APPLICANT);
        long id = submitted.id().value();
        var frontDesk = office.frontDesk;

        mvc.perform(get("/permohonan/{id}", id).with(user(frontDesk)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("081234567890")));
        mvc.perform(get("/permohonan/{id}", id).with(user(office.kepala)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("081234567890"))))
                .andExpect(content().string(Matchers.containsString("0812•••••890")));
        mvc.perform(post("/permohonan/{id}/telepon", id)
                        .header("HX-Request", "true")
                        .with(user(office.kepala))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("081234567890")));

        assertThat(audit.find(AuditQuery.about("permohonan", String.valueOf(id), 20)))
                .extracting(AuditRecord::actor, AuditRecord::action)
                .contains(Tuple.tuple(office.kepala.username(), "permohonan.phone-shown"))
                .doesNotContain(Tuple.tuple(frontDesk.username(), "permohonan.phone-shown"));
    }
    /**
     * Issue 15 follow-up: the outside party works on the office's request and does not call the applicant, so it is not
     * offered "Tampilkan", and asking for the whole number anyway is refused (403) and on the audit trail.
     */
    @Test
    void anOutsidePartyIsNotOfferedTheApplicantsPhoneAndIsRefusedItWhenItAsksOnTheAuditTrail() throws Exception {
        var office = new BpjsOffice(context, mvc);
        long id = office.atBpjs(APPLICANT).id().value();

        mvc.perform(get("/permohonan/{id}", id).with(user(office.bpjs())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("action-show-phone"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("081234567890"))));
        mvc.perform(get("/permohonan/{id}", id).with(user(office.kepala)))
                .andExpect(content().string(Matchers.containsString("action-show-phone")));
        mvc.perform(post("/permohonan/{id}/telepon", id)
                        .header("HX-Request", "true")
                        .with(user(office.bpjs()))
                        .with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(Matchers.not(Matchers.containsString("081234567890"))));

        String bpjs = office.bpjs().username();
        assertThat(audit.find(AuditQuery.about("permohonan", String.valueOf(id), 20)))
                .extracting(AuditRecord::actor, AuditRecord::action, AuditRecord::outcome)
                .contains(Tuple.tuple(bpjs, "permohonan.phone-shown", AuditOutcome.REFUSED))
                .doesNotContain(Tuple.tuple(bpjs, "permohonan.phone-shown", AuditOutcome.DONE));
    }
}
