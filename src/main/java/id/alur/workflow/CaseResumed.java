package id.alur.workflow;

import java.time.Duration;
import java.time.Instant;

/** The applicant's papers came back; the case resumed at the activity that returned them. */
public record CaseResumed(
        CaseId caseId,
        String officeCode,
        String subjectRef,
        int activityNumber,
        Duration applicantTime,
        Instant resumedAt) {}
