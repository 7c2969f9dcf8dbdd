package id.alur.office;

/** A token just issued: {@code token} is shown this once and never stored (only its SHA-256 is). */
public record IssuedApiToken(long id, String username, String name, String token) {}
