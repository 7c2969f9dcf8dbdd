package id.alur.sop;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One stored version of an office's SOP.
 *
 * @param version 1 for the first version of the code, one more for each revision
 * @param effectiveOn from when it is in force: the file's tanggal efektif, or the day it was published when the file
 *     gives none; {@code null} for a draft without a date
 * @param sourceText the file as it was submitted, comments and inference marks included
 * @param publishedAt {@code null} for a draft
 */
public record SopVersionView(
        SopVersionId id,
        String officeCode,
        String code,
        int version,
        @Nullable LocalDate effectiveOn,
        SopStatus status,
        Sop sop,
        String sourceText,
        @Nullable Instant publishedAt) {}
