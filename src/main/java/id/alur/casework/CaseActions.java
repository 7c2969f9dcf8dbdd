package id.alur.casework;

import id.alur.casework.StepInput.HandOverForm;
import id.alur.office.CurrentOfficer;
import id.alur.platform.AuditEvent;
import id.alur.platform.AuditOutcome;
import id.alur.platform.AuditTrail;
import id.alur.platform.InputProblem;
import id.alur.platform.NotFoundException;
import id.alur.sop.Sop;
import id.alur.workflow.Acting;
import id.alur.workflow.CaseId;
import id.alur.workflow.CaseView;
import id.alur.workflow.Finding;
import id.alur.workflow.FindingKind;
import id.alur.workflow.HandOver;
import id.alur.workflow.OutsideResult;
import id.alur.workflow.StepId;
import id.alur.workflow.StepView;
import id.alur.workflow.Verdict;
import id.alur.workflow.WorkflowService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The actions on a permohonan's case, for the case page and the API alike ({@link StepAction}): the workflow's
 * transitions plus what the casework knows — the papers rule at the checking step and at the resume, the evidence
 * scan of an outside party's result, the hand-over. Each action is one transaction, the scan it uploads included.
 */
@Service
class CaseActions {

    private final PermohonanService permohonan;
    private final PermohonanRepository repository;
    private final WorkflowService workflow;
    private final Services services;
    private final AuditTrail audit;

    CaseActions(
            PermohonanService permohonan,
            PermohonanRepository repository,
            WorkflowService workflow,
            Services services,
            AuditTrail audit) {
        this.audit = audit;
        this.permohonan = permohonan;
        this.repository = repository;
        this.workflow = workflow;
        this.services = services;
    }

    /** A permohonan of the office with its workflow case. */
    record Loaded(PermohonanView permohonan, CaseView caseView, Sop sop) {

        CaseId caseId() {
            return caseView.id();
        }

        /** The current step's activity number, where a scan uploaded now is filed; {@code null} without one. */
        @Nullable
        Integer currentActivity() {
            return caseView.currentStep().map(StepView::activityNumber).orElse(null);
        }
    }

    @Transactional(readOnly = true)
    Loaded load(PermohonanId id, String officeCode) {
        var view = permohonan.find(id, officeCode);
        if (view.workflowCaseId() == null) {
            throw new PermohonanNotFoundException(id);
        }
        var caseView = workflow.caseView(new CaseId(view.workflowCaseId()));
        return new Loaded(view, caseView, services.sop(caseView.sopVersionId()));
    }

    /**
     * A permohonan of the officer's office with its workflow case, when the officer may see it: an outside party
     * only a case that has reached its lane, now or before ({@link OutsideLane}); any other case answers them 404,
     * as if it did not exist, and the attempt is on the audit trail as {@code access.outside-lane}. What of the
     * permohonan they may see is {@link OutsideLane#forOfficer}.
     */
    Loaded load(PermohonanId id, CurrentOfficer officer) {
        var loaded = load(id, officer.officeCode());
        var lanes = OutsideLane.onlyLanes(officer);
        if (!lanes.isEmpty() && !OutsideLane.reached(workflow.history(loaded.caseId()), lanes)) {
            audit.recordAlone(AuditEvent.of("access.outside-lane")
                    .outcome(AuditOutcome.NOT_FOUND)
                    .about("permohonan", id.value())
                    .inOffice(loaded.permohonan().officeCode())
                    .detail("case has not reached " + String.join(", ", lanes)));
            throw new PermohonanNotFoundException(id);
        }
        return loaded;
    }

    /**
     * Puts a look at the permohonan on the audit trail (UU 27/2022: every processing of personal data is recorded):
     * {@code permohonan.viewed} (case page), {@code permohonan.read} (API).
     */
    void recordRead(Loaded loaded, String action) {
        audit.record(AuditEvent.of(action)
                .about("permohonan", loaded.permohonan().id().value())
                .inOffice(loaded.permohonan().officeCode()));
    }

    /** A scan of the permohonan, when the officer may see the permohonan and the scan ({@link OutsideLane}). */
    DocumentFile document(PermohonanId id, DocumentId documentId, CurrentOfficer officer) {
        var loaded = load(id, officer);
        // first whether the scan is the permohonan's at all: an id that is not is a probe on record
        var file = permohonan.document(id, documentId, officer.officeCode());
        OutsideLane.forOfficer(loaded.permohonan(), loaded.sop(), officer)
                .document(documentId)
                .orElseThrow(() -> new DocumentNotFoundException(documentId));
        audit.record(AuditEvent.of("scan.viewed")
                .about("permohonan", id.value())
                .inOffice(officer.officeCode())
                .detail("document " + documentId.value()));
        return file;
    }

    /**
     * Does an action of the signed-in officer on a permohonan of their office, in the lane they act in (the step's,
     * or the front desk's for a step of the applicant's or an outside party's lane, see {@link ActingOfficer}), and
     * answers the permohonan and its case as they stand after it. The case comes from the transition itself; the
     * permohonan is read again only when the action wrote to it (a hand-over, a scan) or ended the case (which closes
     * the permohonan).
     *
     * @param step the step acted on; {@code null} for the actions on the case ({@link StepAction#onStep()} false)
     * @throws NotFoundException the step is not one of this permohonan's case
     */
    @Transactional
    Loaded act(
            PermohonanId id,
            CurrentOfficer officer,
            StepAction action,
            @Nullable StepId step,
            StepInput input,
            Instant now) {
        var loaded = load(id, officer);
        Acting acting;
        if (action.onStep()) {
            requireStepOf(loaded, Objects.requireNonNull(step, "step"));
            acting = ActingOfficer.onStep(loaded, officer, step.value());
        } else if (action == StepAction.BATALKAN) {
            acting = ActingOfficer.inOfficeLane(officer, loaded.sop());
        } else {
            acting = ActingOfficer.atFrontDesk(officer, loaded.sop());
        }
        return answer(loaded, action, input, run(loaded, action, step, input, acting, now));
    }

    /** {@link #act(PermohonanId, CurrentOfficer, StepAction, StepId, StepInput, Instant)} as the given acting. */
    @Transactional
    CaseView act(
            PermohonanId id,
            String officeCode,
            StepAction action,
            @Nullable StepId step,
            StepInput input,
            Acting acting,
            Instant now) {
        var loaded = load(id, officeCode);
        if (action.onStep()) {
            requireStepOf(loaded, Objects.requireNonNull(step, "step"));
        }
        return run(loaded, action, step, input, acting, now);
    }

    private Loaded answer(Loaded loaded, StepAction action, StepInput input, CaseView after) {
        var id = loaded.permohonan().id();
        var view = action.writesPermohonan(input) || after.state().ended()
                ? permohonan.find(id, loaded.permohonan().officeCode())
                : loaded.permohonan();
        return new Loaded(view, after, loaded.sop());
    }

    private CaseView run(
            Loaded loaded, StepAction action, @Nullable StepId step, StepInput input, Acting acting, Instant now) {
        return switch (action) {
            case AMBIL -> workflow.claim(step, acting, now);
            case LEPAS -> workflow.release(step, acting, now);
            case SELESAI -> complete(loaded, step, input, acting, now);
            case PUTUSAN -> decide(loaded, step, input.verdict(), input.note(), acting, now);
            case KEMBALIKAN -> workflow.returnToApplicant(step, blankToNull(input.note()), acting, now);
            case HASIL_LUAR -> recordOutsideResult(loaded, step, input, acting, now);
            case SERAH_TERIMA -> recordHandOver(loaded, step, input.handOver(), acting, now);
            case LANJUTKAN -> resume(loaded, input.note(), acting, now);
            case BATALKAN -> workflow.cancel(loaded.caseId(), blankToNull(input.note()), acting, now);
            case TARIK -> workflow.withdraw(loaded.caseId(), blankToNull(input.note()), acting, now);
        };
    }

    /** Adds a scan to the permohonan, filed at its current step, by an officer in any lane of its SOP. */
    @Transactional
    DocumentView attach(
            PermohonanId id,
            CurrentOfficer officer,
            @Nullable Integer checklistPosition,
            Intake.@Nullable Upload upload,
            Instant now) {
        var loaded = load(id, officer);
        ActingOfficer.inSop(officer, loaded.sop());
        return permohonan.attach(
                id, officer.officeCode(), checklistPosition, upload, loaded.currentActivity(), officer.username(), now);
    }

    /** Writes a note on the permohonan, by an officer in any lane of its SOP. */
    @Transactional
    PermohonanView note(PermohonanId id, CurrentOfficer officer, @Nullable String body, Instant now) {
        var loaded = load(id, officer);
        return permohonan.addNote(id, officer.officeCode(), body, ActingOfficer.inSop(officer, loaded.sop()), now);
    }

    /**
     * Records an obstacle, a deviation or a proposal to change the SOP against a step of the permohonan's case (SOP
     * monitoring, issue 13), by an officer in any lane of its SOP; a kind that is none of the three is left out, so the
     * workflow names the field.
     */
    @Transactional
    Finding finding(
            PermohonanId id,
            CurrentOfficer officer,
            @Nullable Integer activityNumber,
            @Nullable String kind,
            @Nullable String body,
            Instant now) {
        var loaded = load(id, officer);
        var acting = ActingOfficer.inSop(officer, loaded.sop());
        FindingKind parsed = Arrays.stream(FindingKind.values())
                .filter(k -> k.name().equalsIgnoreCase(kind == null ? "" : kind.strip()))
                .findFirst()
                .orElse(null);
        return workflow.recordFinding(loaded.caseId(), activityNumber, parsed, body, acting, now);
    }

    /**
     * Refuses a step id that is not one of this permohonan's case: the workflow finds the case from the step alone, so
     * without this an officer could act, through their own permohonan's address, on a step of another case, even of
     * another office with the same position code. Answered like any other office's resource: not found.
     */
    void requireStepOf(Loaded loaded, StepId step) {
        boolean current =
                loaded.caseView().currentStep().map(s -> s.id().equals(step)).orElse(false);
        if (!current && workflow.history(loaded.caseId()).steps().stream().noneMatch(s -> s.id().equals(step))) {
            throw new NotFoundException(
                    "Step " + step.value() + " is not of case "
                            + loaded.caseId().value(),
                    "casework.step.notFound");
        }
    }

    /**
     * Completes a step. At the SOP's last activity in an office lane (seed 000 step 5, seed 002 step 10: the front
     * desk hands the letter or the KIS over) a hand-over may be recorded with it.
     */
    private CaseView complete(Loaded loaded, StepId step, StepInput input, Acting acting, Instant now) {
        if (input.handOver().given() && isLastActivity(loaded, step)) {
            storeHandOver(loaded.permohonan().id(), input.handOver(), acting, now);
        }
        return workflow.complete(step, blankToNull(input.outputRef()), blankToNull(input.note()), acting, now);
    }

    /**
     * Decides Ya or Tidak. Where the office's SOP does not process incomplete papers (or returns them), a Ya at a
     * step that checks the papers is refused while any is missing: the SOP's answer is Tidak / return.
     */
    private CaseView decide(
            Loaded loaded, StepId step, @Nullable Verdict verdict, @Nullable String note, Acting acting, Instant now) {
        if (verdict == Verdict.YA) {
            requirePapers(loaded, step);
        }
        return workflow.decide(step, verdict, blankToNull(note), acting, now);
    }

    /** The applicant brought the papers back; under a strict papers rule all of them must be there now. */
    private CaseView resume(Loaded loaded, @Nullable String note, Acting acting, Instant now) {
        var missing = missingUnderStrictRule(loaded);
        if (!missing.isEmpty()) {
            throw InvalidIntakeException.of("checklist", "casework.resume.papersMissing", String.join("; ", missing));
        }
        return workflow.resumeFromApplicant(loaded.caseId(), blankToNull(note), acting, now);
    }

    /**
     * Records an outside party's result. Recorded by the office on the party's behalf it needs a scan as evidence
     * (DESIGN.md §3); the scan is stored with the permohonan in the same transaction.
     */
    private CaseView recordOutsideResult(Loaded loaded, StepId step, StepInput input, Acting acting, Instant now) {
        String attachmentRef = null;
        if (input.evidence() != null) {
            var document = permohonan.attach(
                    loaded.permohonan().id(),
                    loaded.permohonan().officeCode(),
                    null,
                    input.evidence(),
                    loaded.currentActivity(),
                    acting.username(),
                    now);
            attachmentRef = document.id().ref();
        }
        return workflow.recordOutsideResult(
                step,
                new OutsideResult(blankToNull(input.reference()), input.resultDate(), attachmentRef),
                acting,
                now);
    }

    /** Records, at a step of the applicant's lane, that the applicant received the result (seeds 001, 004). */
    private CaseView recordHandOver(Loaded loaded, StepId step, HandOverForm handOver, Acting acting, Instant now) {
        var stored = storeHandOver(loaded.permohonan().id(), handOver, acting, now);
        return workflow.recordHandOver(
                step, new HandOver(stored.receivedBy(), stored.receivedAt(), stored.identityShown()), acting, now);
    }

    private HandoverView storeHandOver(PermohonanId id, HandOverForm form, Acting acting, Instant now) {
        var problems = new ArrayList<InputProblem>();
        if (blankToNull(form.receivedBy()) == null) {
            problems.add(InputProblem.ofField("receivedBy", "casework.handOver.receivedByRequired"));
        }
        if (form.receivedAt() == null) {
            problems.add(InputProblem.ofField("receivedAt", "casework.handOver.receivedAtRequired"));
        } else if (form.receivedAt().isAfter(now)) {
            problems.add(InputProblem.ofField("receivedAt", "casework.handOver.receivedAtFuture"));
        }
        if (form.idKind() == null || blankToNull(form.idNumber()) == null) {
            problems.add(InputProblem.ofField("idNumber", "casework.handOver.identityRequired"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidIntakeException(problems, List.of());
        }
        var handover = new HandoverView(
                form.receivedBy().strip(),
                form.idKind(),
                form.idNumber().strip(),
                form.receivedAt(),
                acting.username(),
                now);
        if (!repository.insertHandover(id, handover)) {
            throw InvalidIntakeException.of("receivedBy", "casework.handOver.alreadyRecorded");
        }
        return handover;
    }

    private void requirePapers(Loaded loaded, StepId step) {
        var current = loaded.caseView().currentStep().filter(s -> s.id().equals(step));
        if (current.isEmpty()
                || !Services.checksPapers(loaded.sop(), current.get().activityNumber())) {
            return;
        }
        var missing = missingUnderStrictRule(loaded);
        if (!missing.isEmpty()) {
            throw InvalidIntakeException.of("verdict", "casework.decision.papersMissing", String.join("; ", missing));
        }
    }

    /** The papers still missing, where the office's rule does not leave an incomplete file to the officer. */
    private List<String> missingUnderStrictRule(Loaded loaded) {
        var rule = permohonan.papersRule(
                loaded.permohonan().officeCode(), loaded.permohonan().sopCode());
        return rule == IncompletePapersRule.OFFICER_DECIDES
                ? List.of()
                : loaded.permohonan().missingRequirements();
    }

    private static boolean isLastActivity(Loaded loaded, StepId step) {
        return loaded.caseView()
                .currentStep()
                .filter(s -> s.id().equals(step))
                .map(s -> s.activityNumber() == loaded.sop().last().number())
                .orElse(false);
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
