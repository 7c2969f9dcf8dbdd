package id.alur.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * E-mail is never quietly half-configured: without an SMTP server it is off and the administrator is told; without the
 * public address an e-mail carries no link to localhost, except in the embedded demo; the placeholder sender is
 * pointed out outside the demo (docs/notification.md "E-mail").
 */
class MailChannelTests {

    static final Message STEP = new Message("Langkah baru", "Permohonan menunggu Anda.", "/permohonan/7");
    static final NotificationSettings UNSET_FROM = new NotificationSettings(null, null, null, null);
    static final NotificationSettings OFFICE_FROM =
            new NotificationSettings("Dinas Sosial <alur@dinsos.example.go.id>", null, null, null);

    @Test
    void isOffWithAWarningWhenNoSmtpServerIsConfigured() {
        var mail = new MailChannel(noSender(), OFFICE_FROM, "https://alur.example.go.id", false);

        assertThat(mail.available()).isFalse();
        assertThat(mail.warnings()).containsExactly(MailChannel.OFF);
    }

    @Test
    void isOnWithoutWarningsWhenServerAddressAndSenderAreSet() {
        var mail = new MailChannel(sender(), OFFICE_FROM, "https://alur.example.go.id/", false);

        assertThat(mail.available()).isTrue();
        assertThat(mail.warnings()).isEmpty();
        assertThat(mail.text(STEP)).isEqualTo("Permohonan menunggu Anda.\n\nhttps://alur.example.go.id/permohonan/7");
    }

    @Test
    void leavesTheLinkOutAndSaysSoWhenThePublicAddressIsUnsetOutsideTheDemo() {
        var mail = new MailChannel(sender(), UNSET_FROM, "", false);

        assertThat(mail.text(STEP)).isEqualTo("Permohonan menunggu Anda.").doesNotContain("localhost");
        assertThat(mail.warnings()).containsExactly(MailChannel.NO_LINKS, MailChannel.NO_SENDER_ADDRESS);
    }

    @Test
    void linksToLocalhostOnlyInTheEmbeddedDemo() {
        var demo = new MailChannel(sender(), UNSET_FROM, "", true);

        assertThat(demo.text(STEP)).endsWith("\n\nhttp://localhost:8080/permohonan/7");
        assertThat(demo.warnings()).isEmpty();
        assertThat(new MailChannel(noSender(), UNSET_FROM, "", true).warnings())
                .as("off in the demo too, and said so")
                .isEqualTo(List.of(MailChannel.OFF));
    }

    @Test
    void sendsApplicantsToTheStatusPageOrOutsideTheDemoWithoutAnAddressToTheFrontDesk() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/notification");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(
                false); // as spring.messages.fallback-to-system-locale: id is the base bundle

        assertThat(ApplicantNotifications.statusUrl(
                        new MailChannel(sender(), OFFICE_FROM, "https://alur.example.go.id/", false), messages))
                .isEqualTo("https://alur.example.go.id/publik/status");
        assertThat(ApplicantNotifications.statusUrl(new MailChannel(sender(), UNSET_FROM, "", true), messages))
                .isEqualTo("http://localhost:8080/publik/status");
        assertThat(ApplicantNotifications.statusUrl(new MailChannel(sender(), UNSET_FROM, "", false), messages))
                .isEqualTo("loket kantor");
    }

    private static ObjectProvider<JavaMailSender> noSender() {
        return new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
    }

    private static ObjectProvider<JavaMailSender> sender() {
        var beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", new JavaMailSenderImpl());
        return beans.getBeanProvider(JavaMailSender.class);
    }
}
