package id.alur.workflow;

import id.alur.workflow.WorkflowFixture.Office;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** Drives one case through the public API with an explicit clock, so every time figure is known. */
final class Journey {

    final WorkflowService workflow;
    final Office office;
    final CaseId id;
    Instant now;

    private Journey(WorkflowService workflow, Office office, CaseId id, Instant now) {
        this.workflow = workflow;
        this.office = office;
        this.id = id;
        this.now = now;
    }

    static Journey start(WorkflowService workflow, Office office, String localStart, Acting frontDesk) {
        Instant now = office.at(localStart);
        CaseView view = workflow.start(office.code(), office.sopCode(), "PMH-" + System.nanoTime(), frontDesk, now);
        return new Journey(workflow, office, view.id(), now);
    }

    Journey after(int minutes) {
        now = now.plus(Duration.ofMinutes(minutes));
        return this;
    }

    Journey at(String localDateTime) {
        now = LocalDateTime.parse(localDateTime).atZone(office.zone()).toInstant();
        return this;
    }

    CaseView view() {
        return workflow.caseView(id);
    }

    StepView step() {
        return view().currentStep().orElseThrow(() -> new AssertionError("no open step; case is " + view().state()));
    }

    StepId stepId() {
        return step().id();
    }

    Journey claim(Acting acting) {
        workflow.claim(stepId(), acting, now);
        return this;
    }

    Journey complete(Acting acting) {
        return complete(acting, null);
    }

    Journey complete(Acting acting, String outputRef) {
        StepId step = stepId();
        workflow.claim(step, acting, now);
        workflow.complete(step, outputRef, null, acting, now);
        return this;
    }

    Journey decide(Acting acting, Verdict verdict, String note) {
        StepId step = stepId();
        workflow.claim(step, acting, now);
        workflow.decide(step, verdict, note, acting, now);
        return this;
    }

    Journey returnToApplicant(Acting acting, String note) {
        StepId step = stepId();
        workflow.claim(step, acting, now);
        workflow.returnToApplicant(step, note, acting, now);
        return this;
    }

    Journey resume(Acting frontDesk) {
        workflow.resumeFromApplicant(id, "berkas sudah lengkap", frontDesk, now);
        return this;
    }

    Journey recordOutside(Acting acting, OutsideResult result) {
        workflow.recordOutsideResult(stepId(), result, acting, now);
        return this;
    }

    Journey handOver(Acting frontDesk, String receivedBy, String identity) {
        workflow.recordHandOver(stepId(), new HandOver(receivedBy, now, identity), frontDesk, now);
        return this;
    }

    Timeline timeline() {
        return workflow.history(id);
    }

    /** The steps in the order they ran: "activity lane", e.g. "3 kabid-yankes". */
    List<String> stepTrail() {
        return timeline().steps().stream()
                .map(s -> s.activityNumber() + " " + s.positionCode())
                .toList();
    }

    /** Each step-closing history row: "activity ACTION actor", e.g. "2 DECIDED_YA kasi-rehabsos-1". */
    List<String> actionTrail() {
        return timeline().entries().stream()
                .filter(e -> e.action() != HistoryAction.CLAIMED && e.action() != HistoryAction.RELEASED)
                .map(e -> (e.activityNumber() == null ? "-" : e.activityNumber()) + " " + e.action() + " "
                        + e.actorUsername())
                .toList();
    }

    /** For each step in order: its working minutes and whether it kept the standard ("4m true"). */
    List<String> slaTrail() {
        return timeline().steps().stream()
                .map(s -> (s.workingTime() == null ? "open" : s.workingTime().toMinutes() + "m") + " "
                        + s.withinStandard())
                .toList();
    }
}
