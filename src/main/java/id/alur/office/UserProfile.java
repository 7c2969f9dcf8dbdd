package id.alur.office;

/** A user's personal data: full name, NIP (18 digits, optional), pangkat/golongan and e-mail (optional). */
public record UserProfile(String fullName, String nip, String pangkat, String email) {}
