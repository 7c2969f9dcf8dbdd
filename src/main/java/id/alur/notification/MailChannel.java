package id.alur.notification;

import id.alur.platform.DatabaseSettings;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mail through SMTP with Spring Mail. Without {@code spring.mail.host} there is no mail sender and no e-mail is sent
 * (the in-app list and the gateway still are): an office without an SMTP server still runs, and its administrator
 * sees on the failed-notifications page that e-mail is off ({@link #warnings()}, logged at start too). There is no
 * fallback to an SMTP server on localhost. The links in e-mails need {@code alur.public-base-url}: only the embedded
 * demo falls back to {@code http://localhost:8080}; elsewhere an e-mail without it goes out without the link rather
 * than with one that opens nothing (issue 14, as the letters' QR codes).
 */
@Component
class MailChannel {

    static final String DEMO_BASE = "http://localhost:8080";
    static final String STATUS_PAGE = "/publik/status";
    static final String OFF = "notification.mail.off";
    static final String NO_LINKS = "notification.mail.noLinks";
    static final String NO_SENDER_ADDRESS = "notification.mail.noSenderAddress";

    private static final Logger log = LoggerFactory.getLogger(MailChannel.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final NotificationSettings settings;
    private final @Nullable String baseUrl;
    private final boolean embeddedDemo;

    @Autowired
    MailChannel(ObjectProvider<JavaMailSender> sender, NotificationSettings settings, Environment environment) {
        this(
                sender,
                settings,
                environment.getProperty("alur.public-base-url", ""),
                DatabaseSettings.embeddedDemo(environment));
    }

    MailChannel(
            ObjectProvider<JavaMailSender> sender,
            NotificationSettings settings,
            String configuredBaseUrl,
            boolean embeddedDemo) {
        this.sender = sender;
        this.settings = settings;
        this.embeddedDemo = embeddedDemo;
        this.baseUrl = configuredBaseUrl.isBlank()
                ? (embeddedDemo ? DEMO_BASE : null)
                : configuredBaseUrl.replaceAll("/+$", "");
        if (!embeddedDemo) {
            warnings()
                    .forEach(key -> log.warn(
                            "Notification e-mail: {}",
                            switch (key) {
                                case OFF ->
                                    "spring.mail.host is not set, so e-mail notifications are off (docs/notification.md)";
                                case NO_LINKS ->
                                    "alur.public-base-url is not set, so e-mails go out without the link to the case";
                                default ->
                                    "alur.notification.mail-from is not set, so e-mails go out from "
                                            + settings.mailFrom();
                            }));
        }
    }

    boolean available() {
        return sender.getIfAvailable() != null;
    }

    /**
     * What the office's administrator must know about e-mail, as message keys: off (no SMTP server configured), or
     * on but without links (no public address) or from the placeholder sender (outside the demo).
     */
    List<String> warnings() {
        if (!available()) {
            return List.of(OFF);
        }
        var warnings = new ArrayList<String>();
        if (baseUrl == null) {
            warnings.add(NO_LINKS);
        }
        if (!embeddedDemo && settings.mailFrom().equals(NotificationSettings.PLACEHOLDER_FROM)) {
            warnings.add(NO_SENDER_ADDRESS);
        }
        return warnings;
    }

    void send(String to, Message message) {
        var mail = new SimpleMailMessage();
        mail.setFrom(settings.mailFrom());
        mail.setTo(to);
        mail.setSubject(message.subject());
        mail.setText(text(message));
        sender.getObject().send(mail);
    }

    /** The body, then the absolute link of the message when there is one and an address to make it absolute. */
    String text(Message message) {
        String link = message.link() == null ? null : absolute(message.link());
        return link == null ? message.body() : message.body() + "\n\n" + link;
    }

    /**
     * The public status page for the applicant's messages (e-mail and WhatsApp/SMS alike), or null where there is no
     * public address to give: outside the embedded demo without {@code alur.public-base-url}, as for the links above.
     */
    @Nullable
    String statusPage() {
        return absolute(STATUS_PAGE);
    }

    @Nullable
    String absolute(String link) {
        if (link.startsWith("http://") || link.startsWith("https://")) {
            return link;
        }
        return baseUrl == null ? null : baseUrl + link;
    }
}
