package id.alur.office;

import java.time.Instant;

/** A token just issued: {@code token} is shown this once and never stored (only its SHA-256 is). */
public record IssuedApiToken(long id, String username, String name, String token, Instant expiresAt) {}
