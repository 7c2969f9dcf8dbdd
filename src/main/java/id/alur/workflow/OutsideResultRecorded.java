package id.alur.workflow;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An outside party's result (e.g. the KIS issued by BPJS Kesehatan) was recorded. */
public record OutsideResultRecorded(
        CaseId caseId,
        StepId stepId,
        String officeCode,
        String subjectRef,
        String positionCode,
        String reference,
        LocalDate resultDate,
        @Nullable String attachmentRef,
        String recordedBy,
        boolean recordedByOffice,
        Instant recordedAt) {}
