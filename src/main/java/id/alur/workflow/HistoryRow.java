package id.alur.workflow;

import id.alur.workflow.CaseRepository.Closing;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One row to append to {@code workflow_history}, made by the factory method of what happened; read back as a
 * {@link TimelineEntry}. Who acted (and for whom) is the {@link Acting} of the operation.
 */
record HistoryRow(
        long caseId,
        @Nullable Long stepId,
        Instant at,
        HistoryAction action,
        Acting acting,
        @Nullable Integer activityNumber,
        @Nullable String activityName,
        @Nullable String positionCode,
        @Nullable Integer fromActivity,
        @Nullable Integer toActivity,
        @Nullable CaseState fromState,
        CaseState toState,
        @Nullable LaneKind recordedFor,
        @Nullable String note,
        @Nullable String outputName,
        @Nullable String outputRef,
        @Nullable String standardText,
        @Nullable Instant dueAt,
        @Nullable Long workingSeconds,
        @Nullable Boolean withinStandard) {

    HistoryRow {
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /** The case started: it stands at its first step (or, after an intake recorded at once, the one after it). */
    static HistoryRow started(long caseId, Instant at, Acting acting, int activity, CaseState state) {
        return ofCase(caseId, at, HistoryAction.STARTED, acting, null, activity, state, null, null);
    }

    /** The last step closed: the case finished. */
    static HistoryRow finished(long caseId, Instant at, Acting acting) {
        return ofCase(caseId, at, HistoryAction.FINISHED, acting, null, null, CaseState.FINISHED, null, null);
    }

    /** A decision branched to the refusal end: the case ended as refused, for the reason given. */
    static HistoryRow refused(long caseId, Instant at, Acting acting, @Nullable String reason) {
        return ofCase(caseId, at, HistoryAction.REFUSED, acting, null, null, CaseState.REFUSED, null, reason);
    }

    /** What happened to the case while no step was open: resumed after the papers came back, cancelled, withdrawn. */
    static HistoryRow ofCase(
            long caseId,
            Instant at,
            HistoryAction action,
            Acting acting,
            @Nullable CaseState from,
            @Nullable Integer toActivity,
            CaseState to,
            @Nullable LaneKind recordedFor,
            @Nullable String note) {
        return new HistoryRow(
                caseId,
                null,
                at,
                action,
                acting,
                null,
                null,
                null,
                null,
                toActivity,
                from,
                to,
                recordedFor,
                note,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** A step taken or released: the case stays at the step's activity, in its state. */
    static HistoryRow inPlace(
            long caseId, StepView step, Instant at, HistoryAction action, Acting acting, CaseState state) {
        return new HistoryRow(
                caseId,
                step.id().value(),
                at,
                action,
                acting,
                step.activityNumber(),
                step.activityName(),
                step.positionCode(),
                step.activityNumber(),
                step.activityNumber(),
                state,
                state,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /**
     * The step closed as {@code closing} says, with its working time against its standard; the case moved from
     * {@code from} to {@code to} (at {@code toActivity}, or none).
     */
    static HistoryRow closed(
            long caseId,
            StepView step,
            Closing closing,
            @Nullable CaseState from,
            @Nullable Integer toActivity,
            CaseState to,
            @Nullable LaneKind recordedFor) {
        return new HistoryRow(
                caseId,
                step.id().value(),
                closing.at(),
                closing.action(),
                closing.by(),
                step.activityNumber(),
                step.activityName(),
                step.positionCode(),
                step.activityNumber(),
                toActivity,
                from,
                to,
                recordedFor,
                closing.note(),
                closing.outputName(),
                closing.outputRef(),
                step.standardText(),
                step.dueAt(),
                closing.workingSeconds(),
                closing.withinStandard());
    }
}
