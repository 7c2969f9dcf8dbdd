package id.alur.calendar;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the working calendar.
 *
 * @param cacheTtl how long a node keeps an office's calendar in memory. Changes made on this node take effect at
 *     once; changes made on another node (several app nodes share one database) take effect here after at most this
 *     long.
 */
@Validated
@ConfigurationProperties("alur.calendar")
record CalendarSettings(Duration cacheTtl) {

    CalendarSettings {
        if (cacheTtl == null) {
            cacheTtl = Duration.ofMinutes(1);
        }
        if (cacheTtl.isNegative()) {
            throw new IllegalArgumentException("alur.calendar.cache-ttl must not be negative, was " + cacheTtl);
        }
    }
}
