package id.alur.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Delivers one notification to one recipient on every channel they have, each once: a delivery is claimed in the
 * once-only ledger ({@link Deliveries}) before it is sent and marked sent after, so a resubmitted event skips what went
 * out already. A channel that fails is tried {@link NotificationSettings#attempts()} times, then listed for the
 * administrator; it never throws for a channel's failure, so one recipient's broken address does not hold up the
 * others. What the ledger cannot promise: a node that dies between the SMTP server's answer and the ledger's update
 * sends that one e-mail again when the event is resubmitted (docs/notification.md).
 */
@Component
class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final Deliveries deliveries;
    private final InAppNotifications inApp;
    private final MailChannel mail;
    private final MessageGateway gateway;
    private final NotificationSettings settings;
    private final Preferences preferences;
    private final Clock clock;

    Notifier(
            Deliveries deliveries,
            InAppNotifications inApp,
            MailChannel mail,
            MessageGateway gateway,
            NotificationSettings settings,
            Preferences preferences) {
        this.deliveries = deliveries;
        this.inApp = inApp;
        this.mail = mail;
        this.gateway = gateway;
        this.settings = settings;
        this.preferences = preferences;
        this.clock = Clock.systemUTC();
    }

    /**
     * Delivers on each channel the recipient has and, for a user, wants for this kind (the profile page's choices:
     * a channel turned off for the kind is not tried and leaves no ledger row).
     */
    void notify(String eventKey, NotificationKind kind, String officeCode, Recipient to, Message message) {
        String username = to.username();
        var wanted = username == null ? null : preferences.of(username);
        Predicate<Channel> wants = channel -> wanted == null || wanted.wants(kind, channel);
        if (username != null && wants.test(Channel.IN_APP)) {
            var delivery = deliveries.claim(eventKey, to.key(), Channel.IN_APP, officeCode, kind, username, now());
            if (delivery.status() != Deliveries.Status.SENT) {
                inApp.deliver(delivery.id(), username, officeCode, kind, message, now());
            }
        }
        String email = to.email();
        if (email != null && mail.available() && wants.test(Channel.EMAIL)) {
            send(eventKey, kind, officeCode, to, Channel.EMAIL, email, () -> mail.send(email, message));
        }
        String phone = to.phone();
        if (phone != null && gateway.available() && wants.test(Channel.GATEWAY)) {
            send(eventKey, kind, officeCode, to, Channel.GATEWAY, phone, () -> gateway.send(phone, message));
        }
    }

    private void send(
            String eventKey,
            NotificationKind kind,
            String officeCode,
            Recipient to,
            Channel channel,
            String address,
            Runnable sending) {
        var delivery = deliveries.claim(eventKey, to.key(), channel, officeCode, kind, address, now());
        if (delivery.status() != Deliveries.Status.PENDING) {
            return;
        }
        for (int attempt = delivery.attempts() + 1; ; attempt++) {
            try {
                sending.run();
                deliveries.sent(delivery.id(), now());
                return;
            } catch (RuntimeException e) {
                boolean giveUp = attempt >= settings.attempts();
                deliveries.tried(delivery.id(), describe(e), giveUp);
                if (giveUp) {
                    if (to.username() == null) {
                        // An applicant: the error may quote their address, which stays out of the logs (the ledger
                        // keeps it for the administrator's list).
                        log.warn(
                                "{} to {} for {} failed {} times ({}); listed for the administrator",
                                channel,
                                to.key(),
                                eventKey,
                                attempt,
                                e.getClass().getSimpleName());
                    } else {
                        log.warn(
                                "{} to {} for {} failed {} times; listed for the administrator",
                                channel,
                                to.key(),
                                eventKey,
                                attempt,
                                e);
                    }
                    return;
                }
                pause();
            }
        }
    }

    private static String describe(RuntimeException e) {
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    private void pause() {
        try {
            Thread.sleep(settings.retryDelay());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted between two tries of a delivery", e);
        }
    }

    private Instant now() {
        return clock.instant();
    }
}
