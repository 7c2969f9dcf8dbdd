package id.alur.office;

import id.alur.platform.AlurUser;
import id.alur.platform.ApiTokenVerifier;
import id.alur.platform.InputProblems;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bearer tokens of {@code /api/**}: issued to a user, listed, revoked, and verified on every request. A token
 * is 256 random bits, stored as SHA-256 (a fast hash is enough for a random secret of that size, unlike a
 * password); its user acts in the office they last worked in.
 */
@Service
@Transactional(readOnly = true)
class ApiTokens implements ApiTokenVerifier {

    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * How precisely the last use of a token is kept: it is for administrators deciding which tokens still serve (an
     * integration silent for weeks), not an audit log, so one write a minute per token at most, and no write at all
     * on the requests in between (docs/security.md).
     */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    static final String PREFIX = "alur_";

    static final int NAME_MAX_LENGTH = 100;

    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final SignedInOfficers signedIn;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, UserRepository users, SignedInOfficers signedIn, ObjectProvider<Clock> clock) {
        this.tokens = tokens;
        this.users = users;
        this.signedIn = signedIn;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    List<ApiTokenView> ofUser(String username) {
        return tokens.ofUser(username);
    }

    /** Issues a token to the user; the returned token is shown once and only its SHA-256 is kept. */
    @Transactional
    IssuedApiToken issue(String username, @Nullable String name) {
        long userId = users.idOf(username).orElseThrow(() -> new UserNotFoundException(username));
        var problems = new InputProblems();
        problems.check(name != null && !name.isBlank(), "name", "office.token.nameRequired");
        problems.check(
                name == null || name.trim().length() <= NAME_MAX_LENGTH, "name", "office.tooLong", NAME_MAX_LENGTH);
        problems.throwIfAny();
        String token = newToken();
        long id = tokens.insert(userId, name.trim(), sha256(token), token.substring(0, 12), Changes.by());
        log.info("API token #{} issued to {} by {}", id, username, Changes.by());
        return new IssuedApiToken(id, username, name.trim(), token);
    }

    /** @throws UserNotFoundException when the user has no such token */
    @Transactional
    void revoke(String username, long tokenId) {
        ApiTokenView token = tokens.find(tokenId)
                .filter(t -> t.username().equals(username))
                .orElseThrow(() -> new UserNotFoundException(username + " token #" + tokenId));
        tokens.revoke(token.id(), Changes.by());
        log.info("API token #{} of {} revoked by {}", tokenId, username, Changes.by());
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
            Instant lastUsed = token.lastUsedAt();
            if (lastUsed == null || lastUsed.isBefore(now.minus(LAST_USED_RESOLUTION))) {
                tokens.touch(hash, now);
            }
            AlurUser user = signedIn.signedInForRequest(token.user());
            user.eraseCredentials();
            return user;
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
