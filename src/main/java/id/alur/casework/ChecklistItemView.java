package id.alur.casework;

import org.jspecify.annotations.Nullable;

/**
 * One paper of the SOP's Kelengkapan for this permohonan.
 *
 * @param position the requirement's position in the SOP's list, from 0
 * @param documentId the scan of it, or {@code null}
 */
public record ChecklistItemView(
        int position,
        String requirement,
        boolean present,
        @Nullable DocumentId documentId) {}
