package id.alur.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * GreenMail, a real SMTP server on a free port, as the notification tests use it: one server for the whole test class
 * (the Spring context of the class keeps its port), the application's {@code spring.mail.*} pointed at it, and the
 * e-mails it received for an address.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final TestSmtpServer SMTP = new TestSmtpServer();
 *
 * @DynamicPropertySource
 * static void mail(DynamicPropertyRegistry properties) {
 *     SMTP.configure(properties);
 * }
 * }</pre>
 */
final class TestSmtpServer extends GreenMailExtension {

    TestSmtpServer() {
        super(ServerSetupTest.SMTP.dynamicPort());
        withPerMethodLifecycle(false);
    }

    /** Points the application's mail sender at this server. */
    void configure(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> getSmtp().getPort());
    }

    /** The e-mails this server received for the address (any case), in the order received. */
    List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(RecipientType.TO))
                                .anyMatch(a -> a.toString().equalsIgnoreCase(address));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
