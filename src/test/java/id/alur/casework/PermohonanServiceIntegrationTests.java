package id.alur.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.alur.platform.InputProblem;
import id.alur.sop.SopFormat;
import id.alur.workflow.Acting;
import id.alur.workflow.CaseId;
import id.alur.workflow.CaseState;
import id.alur.workflow.StepId;
import id.alur.workflow.TransitionNotAllowedException;
import id.alur.workflow.Verdict;
import id.alur.workflow.WorkflowService;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class PermohonanServiceIntegrationTests {

    static final String REMBANG = "dinsosppkb-rembang";
    static final String KEMENAG = "kemenag-jaksel";
    static final String BELITUNG = "dinkes-belitung";

    @Autowired
    PermohonanService permohonan;

    @Autowired
    CaseActions actions;

    @Autowired
    WorkflowService workflow;

    @Autowired
    JdbcClient jdbc;

    static Acting rembangFrontDesk() {
        return Acting.self("rembang.petugas-pelayanan", "Dewi Anggraini", "petugas-pelayanan");
    }

    static int requirements(String office) {
        return Services.checklist(SopFormat.seed(office)).size();
    }

    static Intake intake(String office, Intake.Applicant applicant, List<Intake.ChecklistEntry> papers) {
        return new Intake(
                office,
                SopFormat.seed(office).code(),
                applicant,
                List.of(new Intake.HouseholdMember(
                        Applicants.nik(Applicants.someBirthDate(), Sex.MALE), "Budi", Relationship.ANAK)),
                papers,
                Set.of());
    }

    long rowsWithNik(String nik) {
        return jdbc.sql("select count(*) from permohonan where nik = ?")
                .param(nik)
                .query(Long.class)
                .single();
    }

    @Test
    void takesInAPermohonanAndStartsItsCaseWithTheIntakeAsTheFirstStep() {
        var applicant = Applicants.woman("Siti Aminah");

        var view = permohonan.submit(
                intake(REMBANG, applicant, Applicants.allPapers(requirements(REMBANG))),
                rembangFrontDesk(),
                Instant.now());

        assertThat(view.trackingNumber()).matches("ALR-\\d{4}-[0-9A-Z]{6}");
        assertThat(view.applicant().nik()).isEqualTo(applicant.nik());
        assertThat(view.applicant().villageName()).isEqualTo("Logede, Sumber, Kabupaten Rembang, Jawa Tengah");
        assertThat(view.checklist()).hasSize(requirements(REMBANG)).allMatch(ChecklistItemView::present);
        assertThat(view.documents())
                .singleElement()
                .satisfies(d -> assertThat(d.contentType()).isEqualTo("application/pdf"));
        assertThat(view.householdMembers()).hasSize(1);
        assertThat(view.incomplete()).isFalse();
        var caseView = workflow.caseView(new CaseId(view.workflowCaseId()));
        assertThat(caseView.subjectRef()).isEqualTo(view.id().subjectRef());
        // Seed 000 step 1 "Menerima permohonan" is the intake itself: the case waits at step 2.
        assertThat(caseView.currentStep())
                .hasValueSatisfying(s -> assertThat(s.activityNumber()).isEqualTo(2));
    }

    @Test
    void refusesIncompletePapersWhereTheSopDoesNotProcessThemAndWritesNothing() {
        var applicant = Applicants.woman("Rahma");
        var acting = Acting.self("jaksel.ptsp", "Nur Aisyah", "ptsp");

        assertThatThrownBy(() -> permohonan.submit(intake(KEMENAG, applicant, List.of()), acting, Instant.now()))
                .isInstanceOfSatisfying(
                        InvalidIntakeException.class,
                        e -> assertThat(e.errors())
                                .extracting(InputProblem::messageKey)
                                .containsExactly("casework.checklist.refused"));
        assertThat(rowsWithNik(applicant.nik())).isZero();
    }

    @Test
    void asksToConfirmASecondOpenPermohonanForTheSameNikAndService() {
        var applicant = Applicants.woman("Ani");
        var papers = Applicants.allPapers(requirements(REMBANG));
        var first = permohonan.submit(intake(REMBANG, applicant, papers), rembangFrontDesk(), Instant.now());

        var second = intake(REMBANG, applicant, papers);
        var warning = InputProblem.warning("applicant.nik", "casework.intake.duplicateOpen", first.trackingNumber());

        assertThatThrownBy(() -> permohonan.submit(second, rembangFrontDesk(), Instant.now()))
                .isInstanceOfSatisfying(
                        IntakeNeedsConfirmationException.class,
                        e -> assertThat(e.warnings()).containsExactly(warning));
        var confirmed = new Intake(
                second.officeCode(),
                second.sopCode(),
                second.applicant(),
                second.householdMembers(),
                second.checklist(),
                Set.of(warning.token()));
        assertThat(permohonan
                        .submit(confirmed, rembangFrontDesk(), Instant.now())
                        .trackingNumber())
                .isNotEqualTo(first.trackingNumber());
        assertThat(rowsWithNik(applicant.nik())).isEqualTo(2);
    }

    @Test
    void writesNothingWhenTheCaseCannotStart() {
        var applicant = Applicants.woman("Wati");
        var notFrontDesk = Acting.self("rembang.kepala-dinas", "Bambang", "kepala-dinas");

        assertThatThrownBy(() -> permohonan.submit(
                        intake(REMBANG, applicant, Applicants.allPapers(requirements(REMBANG))),
                        notFrontDesk,
                        Instant.now()))
                .isInstanceOf(TransitionNotAllowedException.class);
        assertThat(rowsWithNik(applicant.nik())).isZero();
        assertThat(jdbc.sql("select count(*) from permohonan_document where uploaded_by = 'rembang.kepala-dinas'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void returnsPermohonanToApplicantWhenPapersAreIncomplete() {
        var staff = Acting.self("belitung.staf-yankes", "Yusuf Hidayat", "staf-yankes");
        var applicant = Applicants.woman("Maya");
        var papers = List.of(new Intake.ChecklistEntry(0, true, null));
        var incomplete = intake(BELITUNG, applicant, papers);
        var warning = assertThatThrownByConfirmation(incomplete, staff);
        var view = permohonan.submit(
                new Intake(BELITUNG, incomplete.sopCode(), applicant, List.of(), papers, Set.of(warning.token())),
                staff,
                Instant.now());
        var id = view.id();
        assertThat(view.incomplete()).isTrue();

        // Step 2 "menerima berkas", then step 3 checks the papers: Ya is refused while papers are missing.
        var step2 = current(view);
        actions.act(id, BELITUNG, StepAction.AMBIL, step2, StepInput.NONE, staff, Instant.now());
        actions.act(id, BELITUNG, StepAction.SELESAI, step2, StepInput.NONE, staff, Instant.now());
        var step3 = current(permohonan.find(id));
        actions.act(id, BELITUNG, StepAction.AMBIL, step3, StepInput.NONE, staff, Instant.now());
        assertThatThrownBy(() -> actions.act(
                        id, BELITUNG, StepAction.PUTUSAN, step3, decision(Verdict.YA), staff, Instant.now()))
                .isInstanceOfSatisfying(
                        InvalidIntakeException.class,
                        e -> assertThat(e.errors())
                                .extracting(InputProblem::messageKey)
                                .containsExactly("casework.decision.papersMissing"));

        var returned = actions.act(
                id, BELITUNG, StepAction.KEMBALIKAN, step3, StepInput.note("Bawa KTP dan akta"), staff, Instant.now());
        assertThat(returned.state()).isEqualTo(CaseState.RETURNED_TO_APPLICANT);
        assertThatThrownBy(() ->
                        actions.act(id, BELITUNG, StepAction.LANJUTKAN, null, StepInput.NONE, staff, Instant.now()))
                .isInstanceOf(InvalidIntakeException.class);

        permohonan.attach(
                id,
                BELITUNG,
                1,
                new Intake.Upload("ktp.png", SampleScans.png()),
                3,
                "belitung.staf-yankes",
                Instant.now());
        permohonan.attach(
                id,
                BELITUNG,
                2,
                new Intake.Upload("akta.jpg", SampleScans.jpeg()),
                3,
                "belitung.staf-yankes",
                Instant.now());
        var resumed =
                actions.act(id, BELITUNG, StepAction.LANJUTKAN, null, StepInput.note("Lengkap"), staff, Instant.now());

        assertThat(resumed.state()).isEqualTo(CaseState.ACTIVE);
        assertThat(resumed.currentStep())
                .hasValueSatisfying(s -> assertThat(s.activityNumber()).isEqualTo(3));
        assertThat(permohonan.find(id).missingRequirements()).isEmpty();
    }

    static StepInput decision(Verdict verdict) {
        return new StepInput(null, null, verdict, null, null, null, StepInput.HandOverForm.NONE);
    }

    private InputProblem assertThatThrownByConfirmation(Intake intake, Acting acting) {
        try {
            permohonan.submit(intake, acting, Instant.now());
        } catch (IntakeNeedsConfirmationException e) {
            assertThat(e.warnings())
                    .extracting(InputProblem::messageKey)
                    .containsExactly("casework.checklist.willReturn");
            return e.warnings().getFirst();
        }
        throw new AssertionError("expected a warning to confirm");
    }

    private StepId current(PermohonanView view) {
        return workflow.caseView(new CaseId(view.workflowCaseId()))
                .currentStep()
                .orElseThrow()
                .id();
    }

    @Test
    void showsThePublicOnlyTheServiceAndTheStepToWhoeverHoldsTheNumberAndTheNiksLastDigits() {
        var applicant = Applicants.woman("Sri Rahayuningsih");
        var view = permohonan.submit(
                intake(REMBANG, applicant, Applicants.allPapers(requirements(REMBANG))),
                rembangFrontDesk(),
                Instant.now());
        String last4 = applicant.nik().substring(12);

        var status = permohonan
                .publicStatus(view.trackingNumber().toLowerCase(), last4)
                .orElseThrow();

        assertThat(status.trackingNumber()).isEqualTo(view.trackingNumber());
        assertThat(status.stage()).isEqualTo(CaseStage.IN_PROCESS);
        assertThat(status.currentStep()).isEqualTo("Melakukan verifikasi permohonan masyarakat");
        assertThat(status.toString()).doesNotContain(applicant.nik()).doesNotContain("Sri");
        assertThat(permohonan.publicStatus(view.trackingNumber(), last4.equals("0001") ? "0002" : "0001"))
                .isEmpty();
        assertThat(permohonan.publicStatus(view.trackingNumber(), "12ab")).isEmpty();
    }
}
