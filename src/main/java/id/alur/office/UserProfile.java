package id.alur.office;

import org.jspecify.annotations.Nullable;

/** A user's personal data: full name, NIP (18 digits, optional), pangkat/golongan and e-mail (optional). */
public record UserProfile(
        @Nullable String fullName,
        @Nullable String nip,
        @Nullable String pangkat,
        @Nullable String email) {}
