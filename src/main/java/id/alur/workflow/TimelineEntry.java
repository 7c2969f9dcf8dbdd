package id.alur.workflow;

import java.time.Duration;
import java.time.Instant;

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
        StepId stepId,
        Integer activityNumber,
        String activityName,
        String positionCode,
        Integer fromActivity,
        Integer toActivity,
        CaseState fromState,
        CaseState toState,
        String actorUsername,
        String actorName,
        String actorPosition,
        String onBehalfOfUsername,
        String onBehalfOfName,
        DelegationKind delegationKind,
        LaneKind recordedFor,
        String note,
        String outputName,
        String outputRef,
        String standardText,
        Instant dueAt,
        Duration workingTime,
        Boolean withinStandard,
        String actorLabel) {}
