package id.alur.casework;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One application found, with where its case stands now.
 *
 * @param nik whole or masked, as the reader may see it ({@link NikDisclosure})
 * @param state {@code null} only for an application whose case has not started (none today)
 * @param activityNumber the open step's activity, {@code null} when no step is open (returned, ended)
 * @param holder who holds the open step: their full name as the office keeps it now in a search's answer
 *     ({@link PermohonanSearch}), else the name they acted under; {@code null} when nobody
 * @param holderUsername the username of that holder, {@code null} when nobody
 * @param positionCode the lane (office position) of the open step, {@code null} when no step is open
 * @param waitingSince when the case entered its state: the open step's start, or the return to the applicant
 */
public record PermohonanHit(
        PermohonanId id,
        String trackingNumber,
        String sopCode,
        String sopName,
        String nik,
        String applicantName,
        Instant submittedAt,
        String submittedBy,
        @Nullable Instant closedAt,
        @Nullable SearchState state,
        @Nullable Integer activityNumber,
        @Nullable String activityName,
        @Nullable String holder,
        @Nullable String holderUsername,
        @Nullable String positionCode,
        @Nullable Instant dueAt,
        boolean overdue,
        @Nullable Instant waitingSince) {

    /** The hit naming its holder so. */
    PermohonanHit heldBy(@Nullable String name) {
        return new PermohonanHit(
                id,
                trackingNumber,
                sopCode,
                sopName,
                nik,
                applicantName,
                submittedAt,
                submittedBy,
                closedAt,
                state,
                activityNumber,
                activityName,
                name,
                holderUsername,
                positionCode,
                dueAt,
                overdue,
                waitingSince);
    }

    PermohonanHit masked() {
        return new PermohonanHit(
                id,
                trackingNumber,
                sopCode,
                sopName,
                ApplicantView.mask(nik),
                applicantName,
                submittedAt,
                submittedBy,
                closedAt,
                state,
                activityNumber,
                activityName,
                holder,
                holderUsername,
                positionCode,
                dueAt,
                overdue,
                waitingSince);
    }
}
