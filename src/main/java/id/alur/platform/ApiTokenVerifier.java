package id.alur.platform;

import java.util.Optional;

/**
 * Checks a bearer token presented under {@code /api/**}. The office module implements it (tokens are issued per
 * user and stored hashed); the platform's API security chain calls it on every request.
 */
@FunctionalInterface
public interface ApiTokenVerifier {

    /** The user the token was issued to, when the token is known, not revoked and its user enabled. */
    Optional<AlurUser> verify(String presentedToken);
}
