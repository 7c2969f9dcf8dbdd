package id.alur.workflow;

import id.alur.sop.Activity;
import java.time.Instant;
import java.util.Set;

/**
 * The state machine of a case over one SOP, without storage or clocks: given where a case stands and who asks for what,
 * it either refuses (throws, so nothing is written) or returns the {@link Move} to make. The service persists the move
 * in one transaction.
 */
final class CaseRules {

    /** One step as the rules see it. */
    record StepSnapshot(
            long id,
            int activity,
            StepState state,
            String holder,
            String holderName,
            Instant heldSince,
            String closedBy,
            String closedByName,
            Instant closedAt) {

        static StepSnapshot of(StepView step) {
            return new StepSnapshot(
                    step.id().value(),
                    step.activityNumber(),
                    step.state(),
                    step.claimedBy(),
                    step.claimedByName(),
                    step.claimedAt(),
                    step.closedBy(),
                    step.closedByName(),
                    step.closedAt());
        }

        boolean heldBy(String username) {
            return state == StepState.CLAIMED && holder.equals(username);
        }
    }

    /**
     * Where a case stands.
     *
     * @param current the open step, {@code null} when none is open
     * @param resumeAt the activity to resume at while {@link CaseState#RETURNED_TO_APPLICANT}
     */
    record CaseStatus(CaseState state, StepSnapshot current, Integer resumeAt) {

        static CaseStatus of(CaseView view) {
            return new CaseStatus(
                    view.state(), view.currentStep().map(StepSnapshot::of).orElse(null), view.resumeAtActivity());
        }
    }

    enum StepChange {
        NONE,
        CLAIM,
        RELEASE,
        /** The current step is done (completed, decided, recorded, returned). */
        CLOSE,
        /** The current step is closed undone because the case ends. */
        CANCEL
    }

    /**
     * What a permitted operation does.
     *
     * @param state the case's state afterwards
     * @param change what happens to the current step
     * @param open the activity whose step starts now, or {@code null}
     * @param resumeAt where to resume when the papers return, set only when returning to the applicant
     */
    record Move(HistoryAction action, CaseState state, StepChange change, Activity open, Activity resumeAt) {}

    private final Route route;

    CaseRules(Route route) {
        this.route = route;
    }

    Route route() {
        return route;
    }

    /**
     * Starting: the front desk starts the case at the first activity. When that activity is the applicant submitting
     * (seeds 001, 004), the front desk records it at once on the applicant's behalf and the case moves on.
     */
    Move start(Acting acting) {
        requireFrontDesk(acting);
        Activity first = route.first();
        if (route.isIntake(first)) {
            // No step is open yet: the service writes the intake step as already done.
            Move next = advance(HistoryAction.INTAKE_RECORDED, route.after(first));
            return new Move(next.action(), next.state(), StepChange.NONE, next.open(), null);
        }
        return new Move(HistoryAction.STARTED, stateAt(first), StepChange.NONE, first, null);
    }

    Move claim(CaseStatus status, StepSnapshot step, Acting acting) {
        Activity activity = requireCurrent(status, step);
        requireLaneKind(activity, LaneKind.POSITION, "claim");
        requirePosition(acting, activity.actorId());
        if (step.state() == StepState.CLAIMED) {
            if (step.holder().equals(acting.username())) {
                return new Move(HistoryAction.CLAIMED, status.state(), StepChange.NONE, null, null);
            }
            throw taken(step);
        }
        return new Move(HistoryAction.CLAIMED, status.state(), StepChange.CLAIM, null, null);
    }

    Move release(CaseStatus status, StepSnapshot step, Acting acting) {
        Activity activity = requireHeld(status, step, acting, "release");
        return new Move(HistoryAction.RELEASED, status.state(), StepChange.RELEASE, null, null);
    }

    Move complete(CaseStatus status, StepSnapshot step, Acting acting) {
        Activity activity = requireHeld(status, step, acting, "complete");
        if (route.isDecision(activity)) {
            throw TransitionNotAllowedException.because(
                    "workflow.step.decisionRequired",
                    "Activity " + activity.number() + " is a decision: decide Ya or Tidak",
                    activity.number());
        }
        return advance(HistoryAction.COMPLETED, route.after(activity));
    }

    Move decide(CaseStatus status, StepSnapshot step, Acting acting, Verdict verdict, String note) {
        Activity activity = requireHeld(status, step, acting, "decide");
        if (!route.isDecision(activity)) {
            throw TransitionNotAllowedException.because(
                    "workflow.step.notADecision",
                    "Activity " + activity.number() + " is not a decision",
                    activity.number());
        }
        if (verdict == null) {
            throw TransitionNotAllowedException.missing("workflow.decision.verdictRequired", "verdict", "No verdict");
        }
        // Permen PAN-RB 35/2012 leaves the reason of a refusal to the form; the office must be able to tell the
        // applicant why, so Tidak always carries a note.
        if (verdict == Verdict.TIDAK && blank(note)) {
            throw TransitionNotAllowedException.missing(
                    "workflow.decision.noteRequired", "note", "Tidak needs a note saying why");
        }
        // A refusal ends the application; the applicant is owed the reason (docs/sop-format.md, "tolak").
        if (route.refuses(activity, verdict) && blank(note)) {
            throw TransitionNotAllowedException.missing(
                    "workflow.decision.refusalReasonRequired", "note", "A refusal needs the reason as its note");
        }
        return advance(
                verdict == Verdict.YA ? HistoryAction.DECIDED_YA : HistoryAction.DECIDED_TIDAK,
                route.branch(activity, verdict));
    }

    Move returnToApplicant(CaseStatus status, StepSnapshot step, Acting acting, String note) {
        Activity activity = requireHeld(status, step, acting, "returnToApplicant");
        Verdict verdict = route.returnVerdict(activity)
                .orElseThrow(() -> TransitionNotAllowedException.because(
                        "workflow.step.noReturnToApplicant",
                        "The SOP does not return papers to the applicant at activity " + activity.number(),
                        activity.number()));
        if (blank(note)) {
            throw TransitionNotAllowedException.missing(
                    "workflow.return.noteRequired", "note", "Say what the applicant must complete");
        }
        return advance(HistoryAction.RETURNED_TO_APPLICANT, route.branch(activity, verdict));
    }

    Move resume(CaseStatus status, Acting acting) {
        requireNotEnded(status);
        if (status.state() != CaseState.RETURNED_TO_APPLICANT) {
            throw TransitionNotAllowedException.because(
                    "workflow.case.notReturned", "The case is not waiting for the applicant's papers");
        }
        requireFrontDesk(acting);
        Activity resumeAt = route.activity(status.resumeAt());
        return new Move(HistoryAction.RESUMED, stateAt(resumeAt), StepChange.NONE, resumeAt, null);
    }

    Move recordOutsideResult(CaseStatus status, StepSnapshot step, Acting acting, OutsideResult result) {
        Activity activity = requireCurrent(status, step);
        requireLaneKind(activity, LaneKind.OUTSIDE_PARTY, "recordOutsideResult");
        boolean ownUser = acting.positionCode().equals(activity.actorId());
        if (!ownUser) {
            requirePosition(acting, Set.of(activity.actorId(), route.frontDeskLane()));
        }
        if (result == null || blank(result.reference())) {
            throw TransitionNotAllowedException.missing(
                    "workflow.outside.referenceRequired", "reference", "The outside party's reference is required");
        }
        if (result.date() == null) {
            throw TransitionNotAllowedException.missing(
                    "workflow.outside.dateRequired", "date", "The date of the outside party's result is required");
        }
        // DESIGN.md §3: the office may record an outside party's result only "with evidence".
        if (!ownUser && blank(result.attachmentRef())) {
            throw TransitionNotAllowedException.missing(
                    "workflow.outside.evidenceRequired",
                    "attachmentRef",
                    "Recording on the outside party's behalf needs a scan as evidence");
        }
        return advance(HistoryAction.OUTSIDE_RESULT_RECORDED, route.after(activity));
    }

    Move recordHandOver(CaseStatus status, StepSnapshot step, Acting acting, HandOver handOver) {
        Activity activity = requireCurrent(status, step);
        requireLaneKind(activity, LaneKind.APPLICANT, "recordHandOver");
        // DESIGN.md §3: the front desk records the applicant's steps; the lane that hands the letter over records its
        // hand-over too (issue 12 item 9, Sop.handingOverLane).
        requirePosition(acting, route.handOverLanes(activity));
        if (handOver == null || blank(handOver.receivedBy())) {
            throw TransitionNotAllowedException.missing(
                    "workflow.handOver.receivedByRequired", "receivedBy", "Who received it is required");
        }
        if (handOver.receivedAt() == null) {
            throw TransitionNotAllowedException.missing(
                    "workflow.handOver.receivedAtRequired", "receivedAt", "When it was received is required");
        }
        if (blank(handOver.identityShown())) {
            throw TransitionNotAllowedException.missing(
                    "workflow.handOver.identityRequired", "identityShown", "The identity document shown is required");
        }
        return advance(HistoryAction.HANDED_OVER, route.after(activity));
    }

    /** The office stops the case (a duplicate, not eligible …); any office position of the SOP may do so. */
    Move cancel(CaseStatus status, Acting acting, String reason) {
        requireNotEnded(status);
        if (!route.isPositionLane(acting.positionCode())) {
            throw TransitionNotAllowedException.because(
                    "workflow.step.wrongPosition",
                    "Position " + acting.positionCode() + " is not an office lane of this SOP",
                    acting.positionCode());
        }
        requireReason(reason);
        return end(status, HistoryAction.CANCELLED, CaseState.CANCELLED);
    }

    /** The applicant withdraws; the front desk records it on their behalf. */
    Move withdraw(CaseStatus status, Acting acting, String reason) {
        requireNotEnded(status);
        requireFrontDesk(acting);
        requireReason(reason);
        return end(status, HistoryAction.WITHDRAWN, CaseState.WITHDRAWN);
    }

    /**
     * What an officer who may act in {@code positions} (own and delegated) may do now: the operations above that would
     * not be refused for who asks and where the case stands ({@link CaseOptions}, over the same route). Input an
     * operation needs (a note, a reference, a scan) is checked when it is done.
     */
    StepOptions options(CaseStatus status, String username, Set<String> positions) {
        return CaseOptions.of(route, status, username, positions);
    }

    /** The state a case is in while the given activity is current. */
    CaseState stateAt(Activity activity) {
        return switch (route.laneKind(activity)) {
            case POSITION -> CaseState.ACTIVE;
            case APPLICANT -> CaseState.AWAITING_APPLICANT;
            case OUTSIDE_PARTY -> CaseState.AWAITING_OUTSIDE_PARTY;
        };
    }

    private Move end(CaseStatus status, HistoryAction action, CaseState state) {
        return new Move(action, state, status.current() == null ? StepChange.NONE : StepChange.CANCEL, null, null);
    }

    private Move advance(HistoryAction action, Route.Next next) {
        return switch (next) {
            case Route.Next.ToActivity(Activity activity) ->
                new Move(action, stateAt(activity), StepChange.CLOSE, activity, null);
            case Route.Next.BackToApplicant(Activity resumeAt) ->
                new Move(action, CaseState.RETURNED_TO_APPLICANT, StepChange.CLOSE, null, resumeAt);
            case Route.Next.End() -> new Move(action, CaseState.FINISHED, StepChange.CLOSE, null, null);
            case Route.Next.Refused() -> new Move(action, CaseState.REFUSED, StepChange.CLOSE, null, null);
        };
    }

    /** The current step, in an office lane the officer acts in, held by them: where they release, complete, decide. */
    private Activity requireHeld(CaseStatus status, StepSnapshot step, Acting acting, String operation) {
        Activity activity = requireCurrent(status, step);
        requireLaneKind(activity, LaneKind.POSITION, operation);
        requirePosition(acting, activity.actorId());
        requireHolder(step, acting);
        return activity;
    }

    private Activity requireCurrent(CaseStatus status, StepSnapshot step) {
        StepSnapshot current = status.current();
        boolean isCurrent = current != null && current.id() == step.id();
        // Someone finished this very step: "already done by X at T" says more than "the case has ended".
        if (!isCurrent && step.state() == StepState.DONE && step.closedBy() != null) {
            throw new StepTakenException(new StepId(step.id()), step.closedBy(), step.closedByName(), step.closedAt());
        }
        requireNotEnded(status);
        if (!isCurrent) {
            throw TransitionNotAllowedException.because(
                    "workflow.step.notCurrent", "Step " + step.id() + " is no longer current", step.activity());
        }
        return route.activity(current.activity());
    }

    private static void requireNotEnded(CaseStatus status) {
        if (status.state().ended()) {
            throw TransitionNotAllowedException.because(
                    "workflow.case.ended", "The case has ended (" + status.state() + ")", status.state());
        }
    }

    private void requireLaneKind(Activity activity, LaneKind kind, String operation) {
        LaneKind actual = route.laneKind(activity);
        if (actual != kind) {
            throw TransitionNotAllowedException.because(
                    "workflow.step.wrongLaneKind",
                    operation + " is not possible on activity " + activity.number() + " in a lane of kind " + actual,
                    activity.number());
        }
    }

    private void requireFrontDesk(Acting acting) {
        requirePosition(acting, route.frontDeskLane());
    }

    private static void requirePosition(Acting acting, String lane) {
        requirePosition(acting, Set.of(lane));
    }

    private static void requirePosition(Acting acting, Set<String> lanes) {
        if (!lanes.contains(acting.positionCode())) {
            throw TransitionNotAllowedException.because(
                    "workflow.step.wrongPosition",
                    "Position " + acting.positionCode() + " does not act here; " + lanes + " does",
                    acting.positionCode());
        }
    }

    private static void requireHolder(StepSnapshot step, Acting acting) {
        if (step.state() != StepState.CLAIMED) {
            throw TransitionNotAllowedException.because(
                    "workflow.step.notClaimed", "Take the step before acting on it", step.activity());
        }
        if (!step.holder().equals(acting.username())) {
            throw taken(step);
        }
    }

    private static StepTakenException taken(StepSnapshot step) {
        return new StepTakenException(new StepId(step.id()), step.holder(), step.holderName(), step.heldSince());
    }

    private static void requireReason(String reason) {
        if (blank(reason)) {
            throw TransitionNotAllowedException.missing(
                    "workflow.case.reasonRequired", "reason", "A reason is required");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
