package id.alur.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;

import id.alur.casework.PermohonanService;
import id.alur.office.OfficeService;
import id.alur.workflow.WorkflowService;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The profile page's choices are what delivery does: a kind turned off on a channel is not sent there (and leaves no
 * ledger row), the texts come in the language the officer chose, and signing in switches the interface to it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PreferenceDeliveryIntegrationTests {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    static final TestSmtpServer SMTP = new TestSmtpServer();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry properties) {
        SMTP.configure(properties);
        properties.add("alur.notification.retry-delay", () -> "PT0.1S");
    }

    @Autowired
    OfficeService offices;

    @Autowired
    PermohonanService permohonan;

    @Autowired
    WorkflowService workflow;

    @Autowired
    Preferences preferences;

    @Autowired
    InAppNotifications inApp;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void sendsEachKindOnlyOnTheChannelsTheOfficerKeptAndInTheLanguageTheyChose() throws Exception {
        // Two Kasi Rehabsos of seed 000: one wants new steps in the app only, the other everything, in English.
        var first = new NotificationFixture(offices, permohonan, workflow);
        var second = new NotificationFixture(offices, permohonan, workflow);
        String appOnly = first.officer("kasi-rehabsos");
        String english = second.officer("kasi-rehabsos");
        first.officer("petugas-pelayanan");
        preferences.save(
                appOnly, new Preferences.Preference(null, false, null, Set.of("STEP_ARRIVED:EMAIL")), Instant.now());
        preferences.save(english, new Preferences.Preference(null, false, "en", Set.of()), Instant.now());

        var view = first.submit("Siti Pilihan");

        await().atMost(PATIENCE)
                .until(() -> SMTP.mailsTo(second.email("kasi-rehabsos")).size() == 1
                        && !inApp.list(appOnly, 10).isEmpty());
        assertThat(SMTP.mailsTo(second.email("kasi-rehabsos")).getFirst().getSubject())
                .isEqualTo("New step in your inbox: " + view.trackingNumber());
        assertThat(inApp.list(english, 10).getFirst().subject())
                .isEqualTo("New step in your inbox: " + view.trackingNumber());
        assertThat(inApp.list(appOnly, 10).getFirst().subject())
                .isEqualTo("Langkah baru di kotak masuk: " + view.trackingNumber());
        Thread.sleep(500);
        assertThat(SMTP.mailsTo(first.email("kasi-rehabsos"))).isEmpty();
        assertThat(jdbc.sql("select channel from notification_delivery where recipient = ?")
                        .param(appOnly)
                        .query(String.class)
                        .list())
                .containsExactly("IN_APP");
    }

    @Test
    void signingInSwitchesTheInterfaceToTheLanguageChosenOnTheProfile() throws Exception {
        var fixture = new NotificationFixture(offices, permohonan, workflow);
        String username = fixture.officer("petugas-pelayanan");
        preferences.save(username, new Preferences.Preference(null, false, "en", Set.of()), Instant.now());

        mvc.perform(formLogin("/login").user(username).password(NotificationFixture.PASSWORD))
                .andExpect(cookie().value("alur-lang", "en"));
    }
}
