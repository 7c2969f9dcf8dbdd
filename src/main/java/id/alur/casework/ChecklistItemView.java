package id.alur.casework;

import org.jspecify.annotations.Nullable;

/**
 * One paper of the SOP's Kelengkapan for this permohonan.
 *
 * @param position the requirement's position in the SOP's list, from 0
 * @param documentId the scan of it, or {@code null}
 * @param satisfiedByRegistry present because the DTSEN/DTKS check recorded at intake stands for it (the office's
 *     setting, issue 16 item 3), not because the officer saw the paper
 */
public record ChecklistItemView(
        int position,
        String requirement,
        boolean present,
        @Nullable DocumentId documentId,
        boolean satisfiedByRegistry) {

    /** A paper present or not as the officer saw it. */
    public ChecklistItemView(int position, String requirement, boolean present, @Nullable DocumentId documentId) {
        this(position, requirement, present, documentId, false);
    }
}
