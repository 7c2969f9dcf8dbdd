package id.alur.workflow;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

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
        @Nullable String claimedBy,
        @Nullable String claimedByName,
        Instant startedAt,
        @Nullable Instant dueAt,
        boolean overdue) {}
