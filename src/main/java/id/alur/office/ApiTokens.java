package id.alur.office;

import id.alur.platform.AlurUser;
import id.alur.platform.ApiTokenVerifier;
import id.alur.platform.AuditEvent;
import id.alur.platform.AuditTrail;
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
import org.springframework.beans.factory.annotation.Value;
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

    /** The longest a token may be issued for: an integration's secret is renewed at least every two years. */
    static final int MAX_VALID_DAYS = 730;

    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final SignedInOfficers signedIn;
    private final AuditTrail audit;
    private final Clock clock;
    private final int defaultValidDays;

    ApiTokens(
            ApiTokenRepository tokens,
            UserRepository users,
            SignedInOfficers signedIn,
            AuditTrail audit,
            ObjectProvider<Clock> clock,
            @Value("${alur.api-token.default-validity-days:90}") int defaultValidDays) {
        this.tokens = tokens;
        this.users = users;
        this.signedIn = signedIn;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        if (defaultValidDays < 1 || defaultValidDays > MAX_VALID_DAYS) {
            throw new IllegalStateException(
                    "alur.api-token.default-validity-days must be 1.." + MAX_VALID_DAYS + ": " + defaultValidDays);
        }
        this.defaultValidDays = defaultValidDays;
    }

    int defaultValidDays() {
        return defaultValidDays;
    }

    Instant now() {
        return clock.instant();
    }

    List<ApiTokenView> ofUser(String username) {
        return tokens.ofUser(username);
    }

    /** Issues a token for the default number of days. */
    @Transactional
    IssuedApiToken issue(String username, @Nullable String name) {
        return issue(username, name, null);
    }

    /**
     * Issues a token to the user, valid for {@code validDays} (1..{@value #MAX_VALID_DAYS}; {@code null}: the default);
     * the returned token is shown once and only its SHA-256 is kept.
     */
    @Transactional
    IssuedApiToken issue(String username, @Nullable String name, @Nullable Integer validDays) {
        long userId = users.idOf(username).orElseThrow(() -> new UserNotFoundException(username));
        var problems = new InputProblems();
        problems.check(name != null && !name.isBlank(), "name", "office.token.nameRequired");
        problems.check(
                name == null || name.trim().length() <= NAME_MAX_LENGTH, "name", "office.tooLong", NAME_MAX_LENGTH);
        problems.check(
                validDays == null || (validDays >= 1 && validDays <= MAX_VALID_DAYS),
                "validDays",
                "office.token.validDaysRange",
                MAX_VALID_DAYS);
        problems.throwIfAny();
        String token = newToken();
        int days = validDays == null ? defaultValidDays : validDays;
        Instant expiresAt = clock.instant().plus(Duration.ofDays(days));
        long id = tokens.insert(userId, name.trim(), sha256(token), token.substring(0, 12), Changes.by(), expiresAt);
        log.info("API token #{} issued to {} by {}, valid {} days", id, username, Changes.by(), days);
        audit.record(AuditEvent.of("api-token.issued")
                .about("user", username)
                .detail("token " + id + ", " + days + " days"));
        return new IssuedApiToken(id, username, name.trim(), token, expiresAt);
    }

    /** @throws UserNotFoundException when the user has no such token */
    @Transactional
    void revoke(String username, long tokenId) {
        ApiTokenView token = tokens.find(tokenId)
                .filter(t -> t.username().equals(username))
                .orElseThrow(() -> new UserNotFoundException(username + " token #" + tokenId));
        tokens.revoke(token.id(), Changes.by());
        audit.record(AuditEvent.of("api-token.revoked").about("user", username).detail("token " + tokenId));
        log.info("API token #{} of {} revoked by {}", tokenId, username, Changes.by());
    }

    @Override
    @Transactional
    public Optional<AlurUser> verify(String presentedToken) {
        if (!presentedToken.startsWith(PREFIX) || presentedToken.length() > 100) {
            return Optional.empty();
        }
        String hash = sha256(presentedToken);
        Instant now = clock.instant();
        return tokens.active(hash, now).map(token -> {
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
