package id.alur.workflow;

import java.time.Instant;

/** A case started on the SOP version in force for its office. */
public record CaseStarted(
        CaseId caseId,
        String officeCode,
        String sopCode,
        long sopVersionId,
        String subjectRef,
        String startedBy,
        Instant startedAt) {}
