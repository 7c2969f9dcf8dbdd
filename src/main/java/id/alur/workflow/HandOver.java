package id.alur.workflow;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A hand-over recorded by the front desk in the applicant's lane, e.g. "Masyarakat menerima KIS".
 *
 * @param receivedBy the name of the person who received it (the applicant or their proxy)
 * @param receivedAt when it was handed over
 * @param identityShown the identity document shown, e.g. "KTP 3171…"
 */
public record HandOver(
        @Nullable String receivedBy,
        @Nullable Instant receivedAt,
        @Nullable String identityShown) {}
