package id.alur.workflow;

import java.time.Instant;

/** A step that closed after its due time: a row of the drill-down from the compliance report. */
public record LateStep(
        CaseId caseId,
        String subjectRef,
        StepId stepId,
        long sopVersionId,
        int activityNumber,
        String activityName,
        String positionCode,
        String closedByName,
        String standardText,
        Instant startedAt,
        Instant dueAt,
        Instant closedAt,
        long workingSeconds) {}
