package id.alur.office;

import id.alur.platform.AlurUser;
import id.alur.platform.ApiTokenVerifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies the bearer tokens of {@code /api/**}: 256 random bits, stored as SHA-256 (a fast hash is enough for a
 * random secret of that size, unlike a password). The token's user acts in the office they last worked in.
 */
@Component
class ApiTokens implements ApiTokenVerifier {

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * How precisely the last use of a token is kept: it is for administrators deciding which tokens still serve (an
     * integration silent for weeks), not an audit log, so one write a minute per token at most, and no write at all
     * on the requests in between (docs/security.md).
     */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    static final String PREFIX = "alur_";

    private final ApiTokenRepository tokens;
    private final OfficeService offices;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, OfficeService offices, ObjectProvider<Clock> clock) {
        this.tokens = tokens;
        this.offices = offices;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    @Transactional
    public Optional<AlurUser> verify(String presentedToken) {
        if (!presentedToken.startsWith(PREFIX) || presentedToken.length() > 100) {
            return Optional.empty();
        }
        String hash = sha256(presentedToken);
        return tokens.active(hash).map(token -> {
            Instant now = clock.instant();
            if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minus(LAST_USED_RESOLUTION))) {
                tokens.touch(hash, now);
            }
            AlurUser signedIn = offices.signedInForRequest(token.user());
            signedIn.eraseCredentials();
            return signedIn;
        });
    }

    static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
