package id.alur.notification;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the notification module ({@code alur.notification.*}); the SMTP server is Spring Mail's
 * {@code spring.mail.*} (docs/notification.md, docs/production.md).
 *
 * @param mailFrom the sender of every e-mail
 * @param attempts how often one delivery is tried before it is listed as failed for the administrator
 * @param retryDelay the pause between two tries of one delivery
 * @param digestAt the office's local time from which the day's digest of late cases goes to the head (07:30, when the
 *     office opens under Perpres 21/2023)
 */
@Validated
@ConfigurationProperties("alur.notification")
record NotificationSettings(String mailFrom, Integer attempts, Duration retryDelay, LocalTime digestAt) {

    /** The sender while {@code alur.notification.mail-from} is unset: fine for the demo, a warning elsewhere. */
    static final String PLACEHOLDER_FROM = "Alur <alur@localhost>";

    NotificationSettings {
        if (mailFrom == null || mailFrom.isBlank()) {
            mailFrom = PLACEHOLDER_FROM;
        }
        if (attempts == null) {
            attempts = 3;
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("alur.notification.attempts must be positive");
        }
        if (retryDelay == null) {
            retryDelay = Duration.ofSeconds(5);
        }
        if (digestAt == null) {
            digestAt = LocalTime.of(7, 30);
        }
    }
}
