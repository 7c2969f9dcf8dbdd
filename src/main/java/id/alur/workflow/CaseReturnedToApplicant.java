package id.alur.workflow;

import java.time.Instant;

/** The papers went back to the applicant for completion; the case resumes at {@code resumeAtActivity}. */
public record CaseReturnedToApplicant(
        CaseId caseId, String officeCode, String subjectRef, int resumeAtActivity, String note, Instant returnedAt) {}
