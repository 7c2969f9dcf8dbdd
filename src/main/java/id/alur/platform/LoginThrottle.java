package id.alur.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The sign-in throttle (issue 14, docs/security.md "Signing in"): a token bucket of failed sign-ins per account and one
 * per source address (Bucket4j). Each failure takes a token; while a bucket is empty every attempt on that account or
 * from that address is refused before the password is looked at — the right one included — until a token has come
 * back (the cooling period: {@code period / failures}). A successful sign-in forgets the account's failures; an
 * administrator lifts an account's throttle at once ({@link #lift}).
 *
 * <p>Buckets live in this node's memory and are forgotten after two quiet periods; behind a load balancer with
 * {@code n} nodes an attacker gets at most {@code n} times the limit, and lifting acts on the node that serves it.
 */
@Component
public class LoginThrottle {

    /** Failed sign-ins per account before it cools down. */
    static final int ACCOUNT_FAILURES = 5;

    /** Failed sign-ins per source address (several officers may share an office's NAT address). */
    static final int ADDRESS_FAILURES = 20;

    /** The time in which a full bucket of failures comes back. */
    static final Duration PERIOD = Duration.ofMinutes(15);

    private final Cache<String, Bucket> accounts = cache();
    private final Cache<String, Bucket> addresses = cache();

    private static Cache<String, Bucket> cache() {
        return Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(PERIOD.multipliedBy(2))
                .build();
    }

    /** How long an attempt on this account from this address must still wait; empty when it may go ahead. */
    public Optional<Duration> refusedFor(String username, String address) {
        Duration wait = max(waitOf(accounts.getIfPresent(key(username))), waitOf(addresses.getIfPresent(address)));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** How long the account is still throttled; empty when it is not. */
    public Optional<Duration> accountRefusedFor(String username) {
        Duration wait = waitOf(accounts.getIfPresent(key(username)));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** A failed sign-in: one token less for the account and for the address. */
    void failed(String username, String address) {
        accounts.get(key(username), k -> bucket(ACCOUNT_FAILURES)).tryConsume(1);
        addresses.get(address, k -> bucket(ADDRESS_FAILURES)).tryConsume(1);
    }

    /** A successful sign-in: the account's failures are forgotten. */
    void succeeded(String username) {
        accounts.invalidate(key(username));
    }

    /** Lifts the account's throttle at once (an administrator's action). */
    public void lift(String username) {
        accounts.invalidate(key(username));
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private static Duration waitOf(Bucket bucket) {
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Bucket bucket(int failures) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(failures)
                        .refillGreedy(failures, PERIOD)
                        .build())
                .build();
    }
}
