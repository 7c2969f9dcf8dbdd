package id.alur.portal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;

/**
 * A token bucket per key for the public pages: per client address for the status look-up and the letter
 * verification, per tracking number for the status look-ups that found nothing (the tracking number with the NIK's
 * last four digits is unguessable only while nobody can try millions of them — from one address or from many).
 *
 * <p>Buckets live in this node's memory, forgotten after a quiet period; behind a load balancer with {@code n} nodes a
 * client gets at most {@code n} times the limit, which still leaves guessing hopeless (docs/casework.md).
 */
final class LookupRateLimit {

    private final Cache<String, Bucket> buckets;
    private final long capacity;
    private final Duration period;
    private final TimeMeter clock;

    LookupRateLimit(long capacity, Duration period, long maxClients) {
        this(capacity, period, maxClients, TimeMeter.SYSTEM_NANOTIME, Ticker.systemTicker());
    }

    LookupRateLimit(long capacity, Duration period, long maxClients, TimeMeter clock, Ticker ticker) {
        this.capacity = capacity;
        this.period = period;
        this.clock = clock;
        // A bucket left alone for two periods is full again: forgetting it changes nothing.
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxClients)
                .expireAfterAccess(period.multipliedBy(2))
                .ticker(ticker)
                .build();
    }

    /** Takes one look-up from the key's bucket; false when it is empty. */
    boolean tryAcquire(String key) {
        return buckets.get(key, k -> newBucket()).tryConsume(1);
    }

    /** Whether the key's bucket has a look-up left, taking none. */
    boolean hasTokens(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        return bucket == null || bucket.getAvailableTokens() > 0;
    }

    /** Takes one look-up from the key's bucket, if one is left: a failed attempt that counts against the key. */
    void consume(String key) {
        buckets.get(key, k -> newBucket()).tryConsume(1);
    }

    /** Seconds until the next look-up is back in an empty bucket: for {@code Retry-After}. */
    long secondsPerToken() {
        return Math.max(1, period.toSeconds() / capacity);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(capacity)
                        .refillGreedy(capacity, period)
                        .build())
                .withCustomTimePrecision(clock)
                .build();
    }
}
