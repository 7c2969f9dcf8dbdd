package id.alur.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mail through SMTP with Spring Mail. Without {@code spring.mail.host} there is no mail sender, and no e-mail is
 * sent (the in-app list still is): an office without an SMTP server still runs.
 */
@Component
class MailChannel {

    private final ObjectProvider<JavaMailSender> sender;
    private final NotificationSettings settings;
    private final String baseUrl;

    MailChannel(
            ObjectProvider<JavaMailSender> sender,
            NotificationSettings settings,
            @Value("${alur.public-base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender;
        this.settings = settings;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    boolean available() {
        return sender.getIfAvailable() != null;
    }

    void send(String to, Message message) {
        var mail = new SimpleMailMessage();
        mail.setFrom(settings.mailFrom());
        mail.setTo(to);
        mail.setSubject(message.subject());
        mail.setText(message.link() == null ? message.body() : message.body() + "\n\n" + absolute(message.link()));
        sender.getObject().send(mail);
    }

    String absolute(String link) {
        return link.startsWith("http://") || link.startsWith("https://") ? link : baseUrl + link;
    }
}
