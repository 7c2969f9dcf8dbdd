package id.alur.sop;

import org.jspecify.annotations.Nullable;

/**
 * A new draft version of an office's SOP was stored (uploaded, written in the editor, or revised from an earlier
 * version), published inside the creating transaction: a listener that keeps data per version writes its own with
 * the draft.
 *
 * @param revisedFrom the published (or retired) version the draft was copied from by "revise", {@code null} for a draft
 *     from a file or the editor
 */
public record SopDraftCreated(
        SopVersionId id,
        String officeCode,
        String code,
        int version,
        @Nullable SopVersionId revisedFrom) {}
