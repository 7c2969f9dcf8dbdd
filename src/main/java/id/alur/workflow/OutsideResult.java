package id.alur.workflow;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The recorded result of an outside party's step, e.g. BPJS Kesehatan issuing the KIS.
 *
 * @param reference the outside party's reference number (required)
 * @param date the date of the result as the outside party wrote it (required)
 * @param attachmentRef a stored file (scan) proving it; required when the office records it on the party's behalf
 */
public record OutsideResult(
        @Nullable String reference,
        @Nullable LocalDate date,
        @Nullable String attachmentRef) {}
