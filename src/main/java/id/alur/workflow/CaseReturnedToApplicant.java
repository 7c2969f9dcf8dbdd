package id.alur.workflow;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The papers went back to the applicant for completion; the case resumes at {@code resumeAtActivity}. */
public record CaseReturnedToApplicant(
        CaseId caseId,
        String officeCode,
        String subjectRef,
        int resumeAtActivity,
        @Nullable String note,
        Instant returnedAt) {}
