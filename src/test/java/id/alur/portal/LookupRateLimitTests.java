package id.alur.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LookupRateLimitTests {

    final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    final TimeMeter clock = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    };
    final LookupRateLimit limit = new LookupRateLimit(3, Duration.ofMinutes(1), 1000, clock, nanos::get);

    @Test
    void refusesTheLookupAfterTheLimitPerClient() {
        assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limit.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limit.tryAcquire("10.0.0.2")).isTrue();
    }

    @Test
    void refillsOverThePeriod() {
        for (int i = 0; i < 3; i++) {
            limit.tryAcquire("10.0.0.1");
        }
        assertThat(limit.tryAcquire("10.0.0.1")).isFalse();

        nanos.addAndGet(Duration.ofSeconds(20).toNanos());

        assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limit.tryAcquire("10.0.0.1")).isFalse();
    }

    @Test
    void countsOnlyWhatIsConsumedAndRefusesOnceTheKeyIsUsedUp() {
        assertThat(limit.hasTokens("ALR2026AAAAAA")).isTrue();
        for (int i = 0; i < 3; i++) {
            assertThat(limit.hasTokens("ALR2026AAAAAA")).isTrue();
            limit.consume("ALR2026AAAAAA");
        }
        assertThat(limit.hasTokens("ALR2026AAAAAA")).isFalse();
        assertThat(limit.hasTokens("ALR2026BBBBBB")).isTrue();
        assertThat(limit.secondsPerToken()).isEqualTo(20);
    }
}
