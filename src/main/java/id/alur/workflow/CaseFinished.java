package id.alur.workflow;

import java.time.Instant;

/** The case reached the end of its SOP. */
public record CaseFinished(CaseId caseId, String officeCode, String subjectRef, Instant finishedAt) {}
