package id.alur.workflow;

import java.time.Instant;

/** An obstacle, a deviation or a proposal recorded against a step (an activity) of a case. */
public record Finding(
        long id,
        CaseId caseId,
        long sopVersionId,
        int activityNumber,
        String activityName,
        FindingKind kind,
        String body,
        Instant recordedAt,
        String recordedBy,
        String recordedByName,
        String positionCode) {}
