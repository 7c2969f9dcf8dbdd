package id.alur.workflow;

import id.alur.sop.Activity;
import id.alur.sop.SopVersionView;
import id.alur.workflow.CaseRepository.CaseChange;
import id.alur.workflow.CaseRepository.CaseRow;
import id.alur.workflow.CaseRules.CaseStatus;
import id.alur.workflow.CaseRules.Move;
import id.alur.workflow.CaseRules.StepChange;
import id.alur.workflow.CaseRules.StepSnapshot;
import id.alur.workflow.HistoryRepository.LastAct;
import id.alur.workflow.SopVersions.Loaded;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The write path of the workflow: decides an operation with {@link CaseRules} on the case as read and persists the
 * move. The case row's version is the optimistic lock of the first write; an operation that loses it is decided again
 * on a fresh read, a few times, before it reports who won. Runs inside the caller's transaction ({@link WorkflowService}).
 */
@Component
class Transitions {

    /** Attempts of a transition that lost the optimistic lock before it reports who won. */
    private static final int ATTEMPTS = 3;

    /** The free-form parts of an operation that end up on the step and in the history. */
    record Details(
            @Nullable String note,
            @Nullable String outputRef,
            @Nullable OutsideResult result,
            @Nullable HandOver handOver) {

        static Details none() {
            return new Details(null, null, null, null);
        }

        static Details note(@Nullable String note) {
            return new Details(note, null, null, null);
        }
    }

    /** Decides an operation on the case as it stands; {@code step} is the step acted on, {@code null} for the case. */
    @FunctionalInterface
    interface Rule {
        Move decide(CaseRules rules, CaseStatus status, @Nullable StepSnapshot step);
    }

    private final CaseRepository cases;
    private final HistoryRepository history;
    private final SopVersions versions;
    private final StepTiming timing;
    private final StepWrites steps;
    private final TransitionEvents events;
    private final CaseFigureRows caseFigures;

    Transitions(
            CaseRepository cases,
            HistoryRepository history,
            SopVersions versions,
            StepTiming timing,
            StepWrites steps,
            TransitionEvents events,
            CaseFigureRows caseFigures) {
        this.cases = cases;
        this.history = history;
        this.versions = versions;
        this.timing = timing;
        this.steps = steps;
        this.events = events;
        this.caseFigures = caseFigures;
    }

    /** Starts a case on the version (its checks done by the caller) at its first activity. */
    CaseView start(SopVersionView version, String subjectRef, Acting acting, Instant now) {
        if (subjectRef == null || subjectRef.isBlank()) {
            throw TransitionNotAllowedException.missing(
                    "workflow.start.subjectRequired", "subjectRef", "A case needs a subject");
        }
        Loaded loaded = versions.load(version);
        Route route = loaded.route();
        Move move = loaded.rules().start(acting);
        CaseRow row = cases.insertCase(
                version.officeCode(),
                version.id().value(),
                version.code(),
                route.sop().header().name(),
                subjectRef,
                move.state(),
                now,
                acting.username());
        Activity first = route.first();
        history.insert(HistoryRow.started(row.id(), now, acting, first.number(), move.state()));
        events.caseStarted(row, version, acting, now);
        StepView intake = null;
        if (move.action() == HistoryAction.INTAKE_RECORDED) {
            // The intake step is written as already done: opened and closed at once, never the case's current step.
            intake = steps.open(row, route, first, null, now);
        }
        return advance(row, intake, intake != null, CaseState.ACTIVE, route, move, acting, now, Details.none(), false)
                .orElseThrow();
    }

    /** An operation on one step of a case. */
    CaseView onStep(StepId stepId, Acting acting, Instant now, Details details, Rule rule) {
        CaseRow row = cases.findCaseOfStep(stepId.value()).orElseThrow(() -> new CaseNotFoundException(stepId));
        return decideAndMove(row, stepId, acting, now, details, rule);
    }

    /** An operation on a case as a whole (resume, cancel, withdraw). */
    CaseView onCase(CaseId caseId, Acting acting, Instant now, Details details, Rule rule) {
        CaseRow row = cases.findCase(caseId.value()).orElseThrow(() -> new CaseNotFoundException(caseId));
        return decideAndMove(row, null, acting, now, details, rule);
    }

    /**
     * Decides the operation on the case as read and makes the move; when another transaction changed the case
     * meanwhile (nothing was written), again on a fresh read, {@link #ATTEMPTS} times at most.
     */
    private CaseView decideAndMove(
            CaseRow read, @Nullable StepId stepId, Acting acting, Instant now, Details details, Rule rule) {
        CaseRow row = read;
        for (int attempt = 1; ; attempt++) {
            if (attempt > 1) {
                row = cases.findCase(row.id()).orElseThrow();
            }
            Loaded loaded = versions.get(row.sopVersionId());
            Route route = loaded.route();
            // The case first, then its steps: a step changed after the case was read shows up as a lost lock below.
            StepView target = stepId == null
                    ? null
                    : cases.findStep(stepId.value(), route).orElseThrow();
            StepView current = currentStep(row, target, route);
            Move move;
            try {
                move = rule.decide(
                        loaded.rules(), status(row, current), target == null ? null : StepSnapshot.of(target));
            } catch (StepTakenException taken) {
                throw taken.with(CaseViews.of(row, current));
            }
            if (move.change() == StepChange.NONE && move.action() == HistoryAction.CLAIMED) {
                return CaseViews.of(row, current);
            }
            var done = apply(row, current, route, move, acting, now, details);
            if (done.isPresent()) {
                return done.get();
            }
            if (attempt == ATTEMPTS) {
                throw lostLock(row.id(), stepId != null ? stepId : current == null ? null : current.id(), route);
            }
        }
    }

    /**
     * Persists a permitted move, the case row's version being the optimistic lock of its first write. Empty when
     * another transaction changed the case since it was read: then nothing was written.
     */
    private Optional<CaseView> apply(
            CaseRow row,
            @Nullable StepView current,
            Route route,
            Move move,
            Acting acting,
            Instant now,
            Details details) {
        return switch (move.change()) {
            case CLAIM ->
                cases.bumpVersion(row.id(), row.version()).map(bumped -> {
                    StepView claimed = cases.claimStep(current.id().value(), acting, now, route);
                    history.insert(
                            HistoryRow.inPlace(row.id(), current, now, HistoryAction.CLAIMED, acting, row.state()));
                    return CaseViews.of(bumped, claimed);
                });
            case RELEASE ->
                cases.bumpVersion(row.id(), row.version()).map(bumped -> {
                    StepView released = cases.releaseStep(current.id().value(), route);
                    history.insert(
                            HistoryRow.inPlace(row.id(), current, now, HistoryAction.RELEASED, acting, row.state()));
                    return CaseViews.of(bumped, released);
                });
            case NONE, CLOSE, CANCEL -> {
                boolean closes = move.change() != StepChange.NONE;
                yield advance(row, current, closes, row.state(), route, move, acting, now, details, true);
            }
        };
    }

    /**
     * A transition that moves the case: closes its current step (when {@code closes}), opens the next, or records the
     * return to the applicant, the finish or the cancellation. The case row is written once, first, with everything
     * it will say afterwards (state, current step, return point, end, clocks): the optimistic lock when
     * {@code locked}, and the only UPDATE of {@code workflow_case} in the transition. Empty when the lock was lost.
     *
     * @param before the state the history records the case leaving
     */
    private Optional<CaseView> advance(
            CaseRow row,
            @Nullable StepView current,
            boolean closes,
            CaseState before,
            Route route,
            Move move,
            Acting acting,
            Instant now,
            Details details,
            boolean locked) {
        Clocks clocks = row.clocks();
        long stepSeconds = 0;
        if (closes) {
            stepSeconds = timing.workingTimeBetween(row.officeCode(), current.startedAt(), now)
                    .toSeconds();
            clocks = clocks.plus(current.laneKind(), stepSeconds);
        }
        boolean cancels = move.action() == HistoryAction.CANCELLED || move.action() == HistoryAction.WITHDRAWN;
        Duration away = null;
        if (move.action() == HistoryAction.RESUMED || (cancels && before == CaseState.RETURNED_TO_APPLICANT)) {
            away = timing.workingTimeBetween(row.officeCode(), row.returnedAt(), now);
            clocks = clocks.plus(LaneKind.APPLICANT, away.toSeconds());
        }
        boolean cancelled = move.state() == CaseState.CANCELLED
                || move.state() == CaseState.WITHDRAWN
                || move.state() == CaseState.REFUSED;
        Integer resumeAt = move.resumeAt() == null ? null : move.resumeAt().number();
        var change = new CaseChange(
                move.state(),
                resumeAt,
                resumeAt == null ? null : now,
                move.state().ended() ? now : null,
                cancelled ? details.note() : null,
                clocks);
        var advanced = cases.advance(row.id(), row.version(), change, locked, move.open() != null);
        if (advanced.isEmpty()) {
            return Optional.empty();
        }
        CaseRow after = advanced.get();
        if (closes) {
            steps.close(row, current, route, move, acting, now, details, before, stepSeconds);
        }
        if (move.action() == HistoryAction.RESUMED) {
            int at = move.open().number();
            history.insert(HistoryRow.ofCase(
                    row.id(),
                    now,
                    move.action(),
                    acting,
                    before,
                    at,
                    move.state(),
                    LaneKind.APPLICANT,
                    details.note()));
            events.resumed(row, at, away, now);
        }
        if (cancels && current == null) {
            LaneKind recordedFor = move.action() == HistoryAction.WITHDRAWN ? LaneKind.APPLICANT : null;
            history.insert(HistoryRow.ofCase(
                    row.id(), now, move.action(), acting, before, null, move.state(), recordedFor, details.note()));
        }
        StepView opened =
                move.open() == null ? null : steps.open(after, route, move.open(), after.currentStepId(), now);
        if (resumeAt != null) {
            events.returnedToApplicant(row, resumeAt, details.note(), now);
        }
        switch (move.state()) {
            case FINISHED -> {
                history.insert(HistoryRow.finished(row.id(), now, acting));
                caseFigures.finished(after);
                events.finished(row, now);
            }
            case REFUSED -> {
                history.insert(HistoryRow.refused(row.id(), now, acting, details.note()));
                events.refused(row, details.note(), now);
            }
            case CANCELLED, WITHDRAWN -> events.cancelled(row, move.state(), details.note(), now);
            default -> {}
        }
        return Optional.of(CaseViews.of(after, opened));
    }

    private @Nullable StepView currentStep(CaseRow row, @Nullable StepView target, Route route) {
        if (row.currentStepId() == null) {
            return null;
        }
        if (target != null && target.id().value() == row.currentStepId()) {
            return target;
        }
        return cases.findStep(row.currentStepId(), route).orElseThrow();
    }

    private static CaseStatus status(CaseRow row, @Nullable StepView current) {
        return new CaseStatus(row.state(), current == null ? null : StepSnapshot.of(current), row.resumeAt());
    }

    /** After losing the optimistic lock repeatedly: whoever acted last on the case is who took it. */
    private StepTakenException lostLock(long caseId, @Nullable StepId stepId, Route route) {
        LastAct last = history.last(caseId).orElseThrow();
        StepId step = stepId != null ? stepId : last.stepId() == null ? null : new StepId(last.stepId());
        CaseRow now = cases.findCase(caseId).orElseThrow();
        StepView current = now.currentStepId() == null
                ? null
                : cases.findStep(now.currentStepId(), route).orElseThrow();
        return new StepTakenException(step, last.actorUsername(), last.actorName(), last.at())
                .with(CaseViews.of(now, current));
    }
}
