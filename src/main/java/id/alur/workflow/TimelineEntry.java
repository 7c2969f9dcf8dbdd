package id.alur.workflow;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One row of a case's history: who, acting for whom, did what, when, from which activity to which, with the step's
 * actual time against its standard when the row closes a step.
 *
 * @param positionCode the lane of the activity acted on
 * @param actorPosition the position the actor acted in
 * @param onBehalfOfName the absent holder when acting as Plh/Plt ("Plh. for <name>")
 * @param recordedFor set when the office recorded a step of the applicant's or an outside party's lane
 * @param workingTime the step's working time, on rows that close a step
 * @param withinStandard whether the step closed by its due time; {@code null} without a standard
 */
public record TimelineEntry(
        long sequence,
        Instant at,
        HistoryAction action,
        @Nullable StepId stepId,
        @Nullable Integer activityNumber,
        @Nullable String activityName,
        @Nullable String positionCode,
        @Nullable Integer fromActivity,
        @Nullable Integer toActivity,
        @Nullable CaseState fromState,
        CaseState toState,
        String actorUsername,
        String actorName,
        String actorPosition,
        @Nullable String onBehalfOfUsername,
        @Nullable String onBehalfOfName,
        @Nullable DelegationKind delegationKind,
        @Nullable LaneKind recordedFor,
        @Nullable String note,
        @Nullable String outputName,
        @Nullable String outputRef,
        @Nullable String standardText,
        @Nullable Instant dueAt,
        @Nullable Duration workingTime,
        @Nullable Boolean withinStandard,
        String actorLabel) {}
