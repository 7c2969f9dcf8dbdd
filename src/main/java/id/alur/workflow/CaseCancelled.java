package id.alur.workflow;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The case was stopped before its end: cancelled by the office or withdrawn by the applicant ({@code state}). */
public record CaseCancelled(
        CaseId caseId,
        String officeCode,
        String subjectRef,
        CaseState state,
        @Nullable String reason,
        Instant endedAt) {}
