package id.alur.letter;

import id.alur.casework.PermohonanId;
import id.alur.casework.PermohonanService;
import id.alur.casework.PermohonanView;
import id.alur.office.OfficeService;
import id.alur.office.OfficeView;
import id.alur.office.PositionView;
import id.alur.office.UserView;
import id.alur.workflow.CaseRefused;
import id.alur.workflow.CaseView;
import id.alur.workflow.HistoryAction;
import id.alur.workflow.StepCompleted;
import id.alur.workflow.TimelineEntry;
import id.alur.workflow.WorkflowService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns the workflow's completed steps into letters, by the office's letter settings: a paraf step records the
 * reviewer's paraf, the signing step records the signature, the issuing step numbers and issues the letter. Runs in
 * the step's own transaction, just before it commits (when every row of the transition is written): a completed
 * issuing step always has its letter and its number, and a letter that cannot be issued (a setting that no longer
 * fits the SOP) refuses the step instead of leaving it done without its letter. Only the PDFs are made after commit,
 * by the durable listener of {@link LetterIssued} ({@link LetterRendering}). Running here also spares every completed
 * step the event publication rows and commits an after-commit listener costs (docs/workflow.md, "Cost of a
 * transition"). Idempotent, should the same completion come twice (see {@link LetterIssuer}).
 */
@Component
class LetterIssuing {

    private static final Logger log = LoggerFactory.getLogger(LetterIssuing.class);

    /**
     * Completions that approve: a decision's Tidak sends the draft back and neither initials, signs nor issues.
     */
    static final Set<HistoryAction> APPROVING = EnumSet.of(
            HistoryAction.COMPLETED,
            HistoryAction.DECIDED_YA,
            HistoryAction.INTAKE_RECORDED,
            HistoryAction.HANDED_OVER,
            HistoryAction.OUTSIDE_RESULT_RECORDED);

    private final LetterSettingRepository settings;
    private final ApprovalRepository approvals;
    private final LetterheadRepository letterheads;
    private final LetterIssuer issuer;
    private final WorkflowService workflow;
    private final PermohonanService permohonan;
    private final OfficeService offices;

    LetterIssuing(
            LetterSettingRepository settings,
            ApprovalRepository approvals,
            LetterheadRepository letterheads,
            LetterIssuer issuer,
            WorkflowService workflow,
            PermohonanService permohonan,
            OfficeService offices) {
        this.settings = settings;
        this.approvals = approvals;
        this.letterheads = letterheads;
        this.issuer = issuer;
        this.workflow = workflow;
        this.permohonan = permohonan;
        this.offices = offices;
    }

    /**
     * The one listener of the application that runs inside the transition's transaction and may refuse it
     * (DESIGN.md §4 "Events and after-commit work"; docs/decisions.md): gapless numbering needs the number taken in
     * the transaction that completes the issuing step, so that a step is never done without its letter nor a number
     * taken for a step that did not happen.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(StepCompleted event) {
        if (!APPROVING.contains(event.action())) {
            return;
        }
        int step = event.activityNumber();
        List<LetterSetting> ofOffice = settings.forOffice(event.officeCode());
        if (ofOffice.stream().noneMatch(s -> s.issuedOnSteps() && s.concerns(step))) {
            return;
        }
        CaseView kase = workflow.caseView(event.caseId());
        List<LetterSetting> mine = LetterSetting.inForce(ofOffice, kase.sopCode()).stream()
                .filter(s -> s.issuedOnSteps() && s.concerns(step))
                .toList();
        if (mine.isEmpty()) {
            return;
        }
        Approval approval = approvalOf(event, kase);
        for (LetterSetting setting : mine) {
            if (setting.parafSteps().contains(step)) {
                record(event, setting, approval);
            }
            if (setting.signStep() == step && setting.issueStep() != step) {
                record(event, setting, approval.as(Approval.Role.SIGNATURE));
            }
            if (setting.issueStep() == step) {
                issue(event, kase, setting, approval);
            }
        }
    }

    /**
     * A case ended as refused ({@code tidak: tolak}): when the office has a Surat Penolakan setting for the case's
     * SOP, the refusal letter is numbered and issued in the refusing transaction, with the reason, signed by whoever
     * refused (the letter's date and year are those of the refusal). Without a setting nothing is issued: the letter
     * is optional per office.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(CaseRefused event) {
        List<LetterSetting> refusal = settings.forOffice(event.officeCode()).stream()
                .filter(s -> s.kind() == LetterKind.SURAT_PENOLAKAN)
                .toList();
        if (refusal.isEmpty()) {
            return;
        }
        CaseView kase = workflow.caseView(event.caseId());
        var setting = LetterSetting.inForce(refusal, kase.sopCode()).stream().findFirst();
        if (setting.isEmpty()) {
            return;
        }
        Optional<PermohonanView> subject =
                PermohonanId.fromSubjectRef(event.subjectRef()).map(permohonan::find);
        if (subject.isEmpty()) {
            log.warn("Case {} is about {}, not a permohonan: no refusal letter", event.caseId(), event.subjectRef());
            return;
        }
        List<TimelineEntry> entries = workflow.history(event.caseId()).entries();
        TimelineEntry refused = entries.stream()
                .filter(e -> e.action() == HistoryAction.REFUSED)
                .reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalStateException("No refusal in the history of case " + event.caseId()));
        // The decision that branched to the refusal end: the last step closed before it.
        int step = entries.stream()
                .filter(e -> e.activityNumber() != null && e.sequence() <= refused.sequence())
                .reduce((first, second) -> second)
                .map(TimelineEntry::activityNumber)
                .orElse(1);
        String position = refused.actorPosition();
        Approval signature = approval(event.officeCode(), step, refused, position, event.refusedAt())
                .as(Approval.Role.SIGNATURE);
        OfficeView office = offices.office(event.officeCode());
        issuer.issue(new LetterIssuer.Order(
                event.caseId().value(),
                event.subjectRef(),
                event.officeCode(),
                office.zone(),
                kase.sopCode(),
                kase.sopName(),
                setting.get().atStep(step),
                event.refusedAt(),
                List.of(signature),
                applicant(subject.get()),
                subject.get().trackingNumber(),
                letterheads.find(event.officeCode()).orElseGet(() -> fallbackLetterhead(office)),
                event.reason()));
    }

    private void record(StepCompleted event, LetterSetting setting, Approval approval) {
        approvals.record(event.caseId().value(), setting.kind(), event.officeCode(), approval);
    }

    private void issue(StepCompleted event, CaseView kase, LetterSetting setting, Approval approval) {
        Optional<PermohonanView> subject =
                PermohonanId.fromSubjectRef(event.subjectRef()).map(permohonan::find);
        if (subject.isEmpty()) {
            log.warn(
                    "Case {} is about {}, not a permohonan: no {} issued",
                    event.caseId(),
                    event.subjectRef(),
                    setting.kind());
            return;
        }
        OfficeView office = offices.office(event.officeCode());
        List<Approval> stepApprovals = new ArrayList<>();
        if (setting.signStep() == event.activityNumber()) {
            stepApprovals.add(approval.as(Approval.Role.SIGNATURE));
        }
        issuer.issue(new LetterIssuer.Order(
                event.caseId().value(),
                event.subjectRef(),
                event.officeCode(),
                office.zone(),
                kase.sopCode(),
                kase.sopName(),
                setting,
                event.completedAt(),
                stepApprovals,
                applicant(subject.get()),
                subject.get().trackingNumber(),
                letterheads.find(event.officeCode()).orElseGet(() -> fallbackLetterhead(office))));
    }

    /** Who completed the step, with position title, pangkat and NIP as on that day, from the case history. */
    private Approval approvalOf(StepCompleted event, CaseView kase) {
        TimelineEntry entry = workflow.history(event.caseId()).entries().stream()
                .filter(e -> event.stepId().equals(e.stepId()) && e.action() == event.action())
                .reduce((first, second) -> second)
                .orElseThrow(() ->
                        new IllegalStateException("No history row for step " + event.stepId() + " " + event.action()));
        String position = entry.actorPosition() != null ? entry.actorPosition() : event.positionCode();
        return approval(event.officeCode(), event.activityNumber(), entry, position, event.completedAt());
    }

    /** The approval of whoever made a history row, with position title, pangkat and NIP as on that day. */
    private Approval approval(String officeCode, int step, TimelineEntry entry, String position, Instant at) {
        Optional<UserView> user = offices.findUser(entry.actorUsername());
        String title = offices.findPosition(officeCode, position)
                .map(PositionView::title)
                .orElse(position);
        return new Approval(
                step,
                Approval.Role.PARAF,
                entry.actorUsername(),
                user.map(UserView::fullName).orElse(entry.actorName()),
                position,
                title,
                user.map(UserView::pangkat).orElse(null),
                user.map(UserView::nip).orElse(null),
                entry.delegationKind() == null
                        ? null
                        : label(entry.delegationKind().name()),
                entry.onBehalfOfName(),
                entry.note(),
                at);
    }

    private static String label(String kind) {
        return kind.charAt(0) + kind.substring(1).toLowerCase(Locale.ROOT);
    }

    static LetterDocument.Applicant applicant(PermohonanView p) {
        var a = p.applicant();
        String address = a.villageName() == null ? a.address() : a.address() + ", " + a.villageName();
        return new LetterDocument.Applicant(
                a.name(),
                a.nik(),
                a.birthDate(),
                address,
                p.householdMembers().stream()
                        .map(m -> new LetterDocument.Person(m.name(), m.nik()))
                        .toList(),
                p.checklist().stream()
                        .map(c -> new LetterDocument.Requirement(c.requirement(), c.present()))
                        .toList());
    }

    /** Until the admin writes the kop surat, the office's own name and address from the office module. */
    static Letterhead fallbackLetterhead(OfficeView office) {
        return new Letterhead(office.code(), "", office.name(), office.address(), null, office.name(), null, null, 0);
    }
}
