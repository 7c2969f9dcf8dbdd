package id.alur.portal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the public pages ({@code alur.portal.*}).
 *
 * @param statusLookups how many status look-ups one client address may make per {@code statusLookupPeriod};
 *     default 10
 * @param statusLookupPeriod default 1 minute
 * @param trackedClients how many client addresses the rate limit remembers at once; default 100,000
 */
@Validated
@ConfigurationProperties("alur.portal")
record PortalSettings(
        @Min(1) @Max(10_000) Integer statusLookups,
        Duration statusLookupPeriod,
        @Min(100) @Max(10_000_000) Integer trackedClients) {

    PortalSettings {
        if (statusLookups == null) {
            statusLookups = 10;
        }
        if (statusLookupPeriod == null) {
            statusLookupPeriod = Duration.ofMinutes(1);
        }
        if (statusLookupPeriod.isNegative() || statusLookupPeriod.isZero()) {
            throw new IllegalArgumentException("alur.portal.status-lookup-period must be positive");
        }
        if (trackedClients == null) {
            trackedClients = 100_000;
        }
    }
}
