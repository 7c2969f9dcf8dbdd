package id.alur.office;

import java.time.Instant;

/** A user account (never its password). {@code pangkat} is pangkat/golongan, e.g. "Pembina Tk. I (IV/b)". */
public record UserView(
        String username,
        String fullName,
        String nip,
        String pangkat,
        String email,
        boolean enabled,
        boolean systemAdmin,
        Instant lastLoginAt,
        int version) {}
