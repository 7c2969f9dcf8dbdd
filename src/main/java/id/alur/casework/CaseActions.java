package id.alur.casework;

import id.alur.platform.InputProblem;
import id.alur.platform.NotFoundException;
import id.alur.sop.Sop;
import id.alur.workflow.Acting;
import id.alur.workflow.CaseId;
import id.alur.workflow.CaseView;
import id.alur.workflow.HandOver;
import id.alur.workflow.OutsideResult;
import id.alur.workflow.StepId;
import id.alur.workflow.StepView;
import id.alur.workflow.Verdict;
import id.alur.workflow.WorkflowService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The actions on a permohonan's steps, for the case page and the API: the workflow's transitions plus what the
 * casework knows — the papers rule at the checking step, the evidence scan of an outside party's result, the
 * hand-over. Each action is one transaction, the scan it uploads included.
 */
@Service
class CaseActions {

    private final PermohonanService permohonan;
    private final PermohonanRepository repository;
    private final WorkflowService workflow;
    private final Services services;

    CaseActions(
            PermohonanService permohonan,
            PermohonanRepository repository,
            WorkflowService workflow,
            Services services) {
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

    /** An action on a loaded permohonan, answering the case after it. */
    @FunctionalInterface
    interface Action {
        CaseView on(Loaded loaded);
    }

    /**
     * Loads the permohonan of the office and runs the action on it in one transaction, answering both as they stand
     * after it: the API's step actions, which need the loaded case to know in which lane the officer acts. The case
     * comes from the transition itself; the permohonan is read again only when the action wrote to it (a hand-over,
     * a scan) or ended the case (which closes the permohonan).
     *
     * @param writesPermohonan whether the action stores something with the permohonan
     */
    @Transactional
    Loaded act(PermohonanId id, String officeCode, boolean writesPermohonan, Action action) {
        var loaded = load(id, officeCode);
        var after = action.on(loaded);
        var view = writesPermohonan || after.state().ended() ? permohonan.find(id, officeCode) : loaded.permohonan();
        return new Loaded(view, after, loaded.sop());
    }

    @Transactional
    CaseView claim(PermohonanId id, String officeCode, StepId step, Acting acting, Instant now) {
        load(id, officeCode);
        return workflow.claim(step, acting, now);
    }

    @Transactional
    CaseView release(PermohonanId id, String officeCode, StepId step, Acting acting, Instant now) {
        load(id, officeCode);
        return workflow.release(step, acting, now);
    }

    /**
     * Completes a step. At the SOP's last activity in an office lane (seed 000 step 5, seed 002 step 10: the front
     * desk hands the letter or the KIS over) a hand-over may be recorded with it.
     *
     * @param handOver the hand-over, or {@code null}
     */
    @Transactional
    CaseView complete(
            PermohonanId id,
            String officeCode,
            StepId step,
            String outputRef,
            String note,
            HandOverForm handOver,
            Acting acting,
            Instant now) {
        return complete(load(id, officeCode), step, outputRef, note, handOver, acting, now);
    }

    CaseView complete(
            Loaded loaded,
            StepId step,
            String outputRef,
            String note,
            HandOverForm handOver,
            Acting acting,
            Instant now) {
        if (handOver != null && isLastActivity(loaded, step)) {
            storeHandOver(loaded.permohonan().id(), handOver, acting, now);
        }
        return workflow.complete(step, blankToNull(outputRef), blankToNull(note), acting, now);
    }

    /**
     * Decides Ya or Tidak. Where the office's SOP does not process incomplete papers (or returns them), a Ya at a
     * step that checks the papers is refused while any is missing: the SOP's answer is Tidak / return.
     */
    @Transactional
    CaseView decide(
            PermohonanId id, String officeCode, StepId step, Verdict verdict, String note, Acting acting, Instant now) {
        return decide(load(id, officeCode), step, verdict, note, acting, now);
    }

    CaseView decide(Loaded loaded, StepId step, Verdict verdict, String note, Acting acting, Instant now) {
        if (verdict == Verdict.YA) {
            requirePapersForYa(loaded, step);
        }
        return workflow.decide(step, verdict, blankToNull(note), acting, now);
    }

    @Transactional
    CaseView returnToApplicant(
            PermohonanId id, String officeCode, StepId step, String note, Acting acting, Instant now) {
        load(id, officeCode);
        return workflow.returnToApplicant(step, blankToNull(note), acting, now);
    }

    /** The applicant brought the papers back; under a strict papers rule all of them must be there now. */
    @Transactional
    CaseView resume(PermohonanId id, String officeCode, String note, Acting acting, Instant now) {
        return resume(load(id, officeCode), note, acting, now);
    }

    CaseView resume(Loaded loaded, String note, Acting acting, Instant now) {
        String officeCode = loaded.permohonan().officeCode();
        var rule = permohonan.papersRule(officeCode, loaded.permohonan().sopCode());
        var missing = loaded.permohonan().missingRequirements();
        if (rule != IncompletePapersRule.OFFICER_DECIDES && !missing.isEmpty()) {
            throw new InvalidIntakeException(
                    List.of(InputProblem.ofField(
                            "checklist", "casework.resume.papersMissing", String.join("; ", missing))),
                    List.of());
        }
        return workflow.resumeFromApplicant(loaded.caseId(), blankToNull(note), acting, now);
    }

    /**
     * Records an outside party's result. Recorded by the office on the party's behalf it needs a scan as evidence
     * (DESIGN.md §3); the scan is stored with the permohonan in the same transaction.
     */
    @Transactional
    CaseView recordOutsideResult(
            PermohonanId id,
            String officeCode,
            StepId step,
            String reference,
            LocalDate date,
            Intake.Upload evidence,
            Acting acting,
            Instant now) {
        return recordOutsideResult(load(id, officeCode), step, reference, date, evidence, acting, now);
    }

    CaseView recordOutsideResult(
            Loaded loaded,
            StepId step,
            String reference,
            LocalDate date,
            Intake.Upload evidence,
            Acting acting,
            Instant now) {
        var id = loaded.permohonan().id();
        var officeCode = loaded.permohonan().officeCode();
        String attachmentRef = null;
        if (evidence != null) {
            var stepNumber = loaded.caseView()
                    .currentStep()
                    .map(StepView::activityNumber)
                    .orElse(null);
            var document = permohonan.attach(id, officeCode, null, evidence, stepNumber, acting.username(), now);
            attachmentRef = document.id().ref();
        }
        return workflow.recordOutsideResult(
                step, new OutsideResult(blankToNull(reference), date, attachmentRef), acting, now);
    }

    /** Records, at a step of the applicant's lane, that the applicant received the result (seeds 001, 004). */
    @Transactional
    CaseView recordHandOver(
            PermohonanId id, String officeCode, StepId step, HandOverForm handOver, Acting acting, Instant now) {
        return recordHandOver(load(id, officeCode), step, handOver, acting, now);
    }

    CaseView recordHandOver(Loaded loaded, StepId step, HandOverForm handOver, Acting acting, Instant now) {
        var stored = storeHandOver(loaded.permohonan().id(), handOver, acting, now);
        return workflow.recordHandOver(
                step, new HandOver(stored.receivedBy(), stored.receivedAt(), stored.identityShown()), acting, now);
    }

    private HandoverView storeHandOver(PermohonanId id, HandOverForm form, Acting acting, Instant now) {
        var problems = new java.util.ArrayList<InputProblem>();
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
            throw new InvalidIntakeException(
                    List.of(InputProblem.ofField("receivedBy", "casework.handOver.alreadyRecorded")), List.of());
        }
        return handover;
    }

    private void requirePapersForYa(Loaded loaded, StepId step) {
        var current = loaded.caseView().currentStep().filter(s -> s.id().equals(step));
        if (current.isEmpty()
                || !Services.checksPapers(loaded.sop(), current.get().activityNumber())) {
            return;
        }
        var rule = permohonan.papersRule(
                loaded.permohonan().officeCode(), loaded.permohonan().sopCode());
        var missing = loaded.permohonan().missingRequirements();
        if (rule != IncompletePapersRule.OFFICER_DECIDES && !missing.isEmpty()) {
            throw new InvalidIntakeException(
                    List.of(InputProblem.ofField(
                            "verdict", "casework.decision.papersMissing", String.join("; ", missing))),
                    List.of());
        }
    }

    private static boolean isLastActivity(Loaded loaded, StepId step) {
        return loaded.caseView()
                .currentStep()
                .filter(s -> s.id().equals(step))
                .map(s -> s.activityNumber() == loaded.sop().last().number())
                .orElse(false);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The hand-over as typed: who received it, when (in the office's zone, converted by the caller), which ID. */
    record HandOverForm(String receivedBy, Instant receivedAt, IdentityKind idKind, String idNumber) {}
}
