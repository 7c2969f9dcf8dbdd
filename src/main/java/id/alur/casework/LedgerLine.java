package id.alur.casework;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One application as the buku kendali permohonan lists it.
 *
 * @param nik whole or masked, as the reader may see it ({@link NikDisclosure})
 * @param papersComplete every paper of the checklist present now
 * @param state where the case stands; {@code null} before its case started (none today)
 * @param activityNumber the open step, {@code null} when none is open
 * @param closedAt when the application finished or was cancelled
 * @param workflowCaseId the case, for the letters issued on it
 */
public record LedgerLine(
        PermohonanId id,
        String trackingNumber,
        Instant submittedAt,
        String applicantName,
        String nik,
        String sopCode,
        String sopName,
        boolean papersComplete,
        @Nullable SearchState state,
        @Nullable Integer activityNumber,
        @Nullable String activityName,
        @Nullable Instant closedAt,
        String submittedBy,
        @Nullable Long workflowCaseId) {}
