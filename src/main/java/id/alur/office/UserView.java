package id.alur.office;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A user account (never its password). {@code pangkat} is pangkat/golongan, e.g. "Pembina Tk. I (IV/b)". */
public record UserView(
        String username,
        String fullName,
        @Nullable String nip,
        @Nullable String pangkat,
        @Nullable String email,
        boolean enabled,
        boolean systemAdmin,
        @Nullable Instant lastLoginAt,
        int version) {}
