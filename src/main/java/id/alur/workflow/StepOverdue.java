package id.alur.workflow;

import java.time.Instant;

/** A step passed its due time while still open; published once per step. */
public record StepOverdue(
        CaseId caseId,
        StepId stepId,
        String officeCode,
        String subjectRef,
        int activityNumber,
        String positionCode,
        LaneKind laneKind,
        Instant dueAt,
        Instant flaggedAt) {}
