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
 * @param failedLookupsPerTrackingNumber how many look-ups of one tracking number may find nothing (wrong NIK digits)
 *     per {@code failedLookupPeriod}, whatever the address; once used up, the right digits are refused too until the
 *     bucket refills, else guessing the 10,000 combinations from many addresses would still end in a hit; default 10
 * @param failedLookupPeriod default 1 hour
 * @param verifications how many letter verifications (page or uploaded PDF) one client address may make per
 *     {@code verificationPeriod}; default 30
 * @param verificationPeriod default 1 minute
 */
@Validated
@ConfigurationProperties("alur.portal")
record PortalSettings(
        @Min(1) @Max(10_000) Integer statusLookups,
        Duration statusLookupPeriod,
        @Min(100) @Max(10_000_000) Integer trackedClients,
        @Min(1) @Max(10_000) Integer failedLookupsPerTrackingNumber,
        Duration failedLookupPeriod,
        @Min(1) @Max(10_000) Integer verifications,
        Duration verificationPeriod) {

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
        if (failedLookupsPerTrackingNumber == null) {
            failedLookupsPerTrackingNumber = 10;
        }
        failedLookupPeriod = positive(failedLookupPeriod, Duration.ofHours(1), "failed-lookup-period");
        if (verifications == null) {
            verifications = 30;
        }
        verificationPeriod = positive(verificationPeriod, Duration.ofMinutes(1), "verification-period");
    }

    private static Duration positive(Duration value, Duration otherwise, String name) {
        if (value == null) {
            return otherwise;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("alur.portal." + name + " must be positive");
        }
        return value;
    }
}
