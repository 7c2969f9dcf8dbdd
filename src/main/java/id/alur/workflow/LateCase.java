package id.alur.workflow;

import java.time.Instant;

/** A finished case whose office time exceeded the SOP's total over the office's activities ({@link CaseFigures}). */
public record LateCase(
        CaseId caseId,
        String subjectRef,
        long sopVersionId,
        Instant startedAt,
        Instant endedAt,
        long officeSeconds,
        long applicantSeconds,
        long outsideSeconds,
        long officeTotalSeconds) {}
