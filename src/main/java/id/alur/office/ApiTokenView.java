package id.alur.office;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An API token as listed to administrators: only its first characters, never the token or its hash; when it was last
 * used and when it expires.
 */
public record ApiTokenView(
        long id,
        String username,
        String name,
        String prefix,
        Instant createdAt,
        @Nullable String createdBy,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt,
        Instant expiresAt) {

    /** Not revoked (it may still have expired: {@link #expiredAt}). */
    public boolean active() {
        return revokedAt == null;
    }

    /** Whether the token is past its expiry at {@code now}: refused with 401 from then on. */
    public boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
