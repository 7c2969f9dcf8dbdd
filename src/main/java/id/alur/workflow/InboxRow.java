package id.alur.workflow;

import java.time.Instant;

/** One open step in an inbox. */
public record InboxRow(
        CaseId caseId,
        StepId stepId,
        String subjectRef,
        String sopCode,
        String sopName,
        int activityNumber,
        String activityName,
        String positionCode,
        LaneKind laneKind,
        String claimedBy,
        String claimedByName,
        Instant startedAt,
        Instant dueAt,
        boolean overdue) {}
