package id.alur.workflow;

import id.alur.sop.Activity;
import id.alur.sop.Standard;
import id.alur.sop.StandardTime;
import id.alur.workflow.CaseRepository.CaseRow;
import id.alur.workflow.CaseRepository.Closing;
import id.alur.workflow.CaseRules.Move;
import id.alur.workflow.CaseRules.StepChange;
import id.alur.workflow.Transitions.Details;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The step side of a transition that {@link Transitions} makes: closing the current step with its working time, its
 * verdict against the due time, its output, its history row, its figures and its event, and opening the next with its
 * due time and inboxes. Transitions writes the case row first (the optimistic lock) and calls these after it, in the
 * same transaction.
 */
@Component
class StepWrites {

    private final CaseRepository cases;
    private final HistoryRepository history;
    private final StepTiming timing;
    private final TransitionEvents events;
    private final StepFigureRows figures;

    StepWrites(
            CaseRepository cases,
            HistoryRepository history,
            StepTiming timing,
            TransitionEvents events,
            StepFigureRows figures) {
        this.cases = cases;
        this.history = history;
        this.timing = timing;
        this.events = events;
        this.figures = figures;
    }

    /**
     * Closes the current step (done or cancelled), with its working time against its due time; the case's clocks
     * were charged with that time (the office's, the applicant's or the outside party's) in its one write.
     */
    void close(
            CaseRow row,
            StepView step,
            Route route,
            Move move,
            Acting acting,
            Instant now,
            Details details,
            CaseState before,
            long seconds) {
        Activity activity = route.activity(step.activityNumber());
        boolean done = move.change() != StepChange.CANCEL;
        Boolean within = !done || step.dueAt() == null ? null : !now.isAfter(step.dueAt());
        String outputName = done && producesOutput(move.action()) ? output(activity.standard()) : null;
        LaneKind recordedFor = recordedFor(step, acting, move.action());
        var closing = new Closing(
                done ? StepState.DONE : StepState.CANCELLED,
                now,
                acting,
                move.action(),
                seconds,
                within,
                outputName,
                details.outputRef(),
                details.note(),
                details.result(),
                details.handOver());
        cases.closeStep(step.id().value(), closing);
        if (done) {
            // the Mutu Baku figures by storage (V5_190): the step counts in its day's and month's row
            figures.closed(row, step, closing);
        }
        Integer next = move.open() == null ? null : move.open().number();
        history.insert(HistoryRow.closed(row.id(), step, closing, before, next, move.state(), recordedFor));
        events.stepClosed(row, step, closing, recordedFor);
    }

    /** Opens a step of the activity, under the id the case's write drew for it ({@code null}: a fresh one). */
    StepView open(CaseRow row, Route route, Activity activity, @Nullable Long id, Instant now) {
        StandardTime time =
                activity.standard() == null ? null : activity.standard().time();
        Instant due = timing.dueAt(row.officeCode(), now, time);
        LaneKind kind = route.laneKind(activity);
        // DESIGN.md §3: the front desk records the applicant's steps, so they wait in its inbox.
        String inbox = kind == LaneKind.APPLICANT ? route.frontDeskLane() : activity.actorId();
        // Issue 12: the lane that hands the letter over may record the hand-over too, so it waits in its inbox as well.
        String handing = route.handingPosition(activity);
        StepView step = cases.insertStep(
                id,
                row,
                route,
                activity.number(),
                activity.description(),
                activity.actorId(),
                kind,
                inbox,
                handing,
                now,
                due,
                time == null ? null : time.text());
        events.stepStarted(row, step);
        return step;
    }

    private static @Nullable LaneKind recordedFor(StepView step, Acting acting, HistoryAction action) {
        if (action == HistoryAction.CANCELLED || action == HistoryAction.WITHDRAWN) {
            return action == HistoryAction.WITHDRAWN ? LaneKind.APPLICANT : null;
        }
        return switch (step.laneKind()) {
            case POSITION -> null;
            case APPLICANT -> LaneKind.APPLICANT;
            case OUTSIDE_PARTY -> acting.positionCode().equals(step.positionCode()) ? null : LaneKind.OUTSIDE_PARTY;
        };
    }

    private static boolean producesOutput(HistoryAction action) {
        return switch (action) {
            case COMPLETED, DECIDED_YA, INTAKE_RECORDED, OUTSIDE_RESULT_RECORDED, HANDED_OVER -> true;
            default -> false;
        };
    }

    /** The Mutu Baku's output (Disposisi, Paraf, Surat Pengantar …), or {@code null} when it names none. */
    private static @Nullable String output(@Nullable Standard standard) {
        if (standard == null || standard.output() == null || standard.output().isBlank()) {
            return null;
        }
        return standard.output().strip();
    }
}
