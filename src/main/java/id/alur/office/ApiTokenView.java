package id.alur.office;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An API token as listed to administrators: only its first characters, never the token or its hash. */
public record ApiTokenView(
        long id,
        String username,
        String name,
        String prefix,
        Instant createdAt,
        @Nullable String createdBy,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
