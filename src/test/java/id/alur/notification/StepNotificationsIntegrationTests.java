package id.alur.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import id.alur.casework.PermohonanService;
import id.alur.office.OfficeService;
import id.alur.workflow.CaseId;
import id.alur.workflow.StepStarted;
import id.alur.workflow.Verdict;
import id.alur.workflow.WorkflowService;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The officers of the lane a step lands in are told, by e-mail (to GreenMail, a real SMTP server) and in the app's
 * list, once per step: new in their inbox, or returned to them with the reason.
 */
@SpringBootTest
class StepNotificationsIntegrationTests {

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
    InAppNotifications inApp;

    @Autowired
    id.alur.platform.EventResubmission resubmission;

    @Autowired
    EventPublicationRepository publications;

    @Autowired
    JdbcClient jdbc;

    NotificationFixture rembang;

    @BeforeEach
    void officers() {
        rembang = new NotificationFixture(offices, permohonan, workflow);
        for (String position :
                List.of("petugas-pelayanan", "kasi-rehabsos", "kabid-rehabilitasi-jamsos", "kepala-dinas")) {
            rembang.officer(position);
        }
    }

    @Test
    void tellsTheOfficersOfEachLaneOnceWhenAStepLandsInItAndWhyWhenItWasReturned() throws Exception {
        var view = rembang.submit("Siti Aminah");
        String kasi = rembang.email("kasi-rehabsos");
        String kabid = rembang.email("kabid-rehabilitasi-jamsos");

        await().atMost(PATIENCE).until(() -> mailsTo(kasi).size() == 1);
        var first = mailsTo(kasi).getFirst();
        assertThat(first.getSubject()).isEqualTo("Langkah baru di kotak masuk: " + view.trackingNumber());
        assertThat(GreenMailUtil.getBody(first))
                .contains("Siti Aminah")
                .contains("langkah 2.")
                .contains("http://localhost:8080/permohonan/" + view.id().value());

        rembang.decide(view, "kasi-rehabsos", Verdict.YA, null);
        await().atMost(PATIENCE).until(() -> mailsTo(kabid).size() == 1);

        rembang.decide(view, "kabid-rehabilitasi-jamsos", Verdict.TIDAK, "Data DTKS tidak sesuai");
        await().atMost(PATIENCE).until(() -> mailsTo(kasi).size() == 2);
        var returned = mailsTo(kasi).get(1);
        assertThat(returned.getSubject()).isEqualTo("Dikembalikan kepada Anda: " + view.trackingNumber());
        assertThat(GreenMailUtil.getBody(returned))
                .contains("Alasan: Data DTKS tidak sesuai")
                .contains("Uji kabid");

        // The in-app list has the same two, unread, with the case page as their link.
        var list = inApp.list(rembang.run + ".kasi-rehabsos", 10);
        assertThat(list).extracting(InAppNotifications.Row::kind).containsExactly("STEP_RETURNED", "STEP_ARRIVED");
        assertThat(list)
                .allSatisfy(row -> assertThat(row.link())
                        .isEqualTo("/permohonan/" + view.id().value()));
        assertThat(inApp.unread(rembang.run + ".kasi-rehabsos")).isEqualTo(2);
        // Nobody else's lane: the Kepala Dinas has had nothing yet, and nothing came twice.
        Thread.sleep(500);
        assertThat(mailsTo(rembang.email("kepala-dinas"))).isEmpty();
        assertThat(mailsTo(kasi)).hasSize(2);
        assertThat(mailsTo(kabid)).hasSize(1);
    }

    @Test
    void sendsOnceWhatAPublicationLeftPendingByACrashOwesWhenItIsResubmitted() {
        var view = rembang.submit("Rahmawati");
        String kasi = rembang.email("kasi-rehabsos");
        await().atMost(PATIENCE).until(() -> mailsTo(kasi).size() == 1);
        var step = rembang.current(view);
        var started = new StepStarted(
                new CaseId(view.workflowCaseId()),
                step.id(),
                NotificationFixture.REMBANG,
                view.id().subjectRef(),
                step.activityNumber(),
                step.positionCode(),
                step.laneKind(),
                step.startedAt(),
                step.dueAt());

        // The node died after the transition committed and before the listener finished: its publication is still
        // there, and the Kasi's e-mail was never handed to the SMTP server (its ledger row not written).
        jdbc.sql("delete from notification_delivery where event_key = ? and recipient = ? and channel = 'EMAIL'")
                .params("step-started:" + step.id().value(), rembang.run + ".kasi-rehabsos")
                .update();
        publications.create(TargetEventPublication.of(
                started, PublicationTargetIdentifier.of(StepNotifications.STEP_STARTED_LISTENER)));

        resubmission.resubmit(Duration.ZERO);
        await().atMost(PATIENCE)
                .until(() -> mailsTo(kasi).size() == 2 && pending(started).isEmpty());
        // Resubmitted again (the next start): the ledger has it sent, nothing goes out a third time.
        publications.create(TargetEventPublication.of(
                started, PublicationTargetIdentifier.of(StepNotifications.STEP_STARTED_LISTENER)));
        resubmission.resubmit(Duration.ZERO);
        await().atMost(PATIENCE).until(() -> pending(started).isEmpty());
        assertThat(mailsTo(kasi)).hasSize(2);
        assertThat(inApp.list(rembang.run + ".kasi-rehabsos", 10)).hasSize(1);
    }

    @Test
    void tellsTheLaneAndTheHeadOnceWhenAStepPassesItsDueTime() throws Exception {
        var view = rembang.submit("Kartini");
        String kasi = rembang.email("kasi-rehabsos");
        String kepala = rembang.email("kepala-dinas");
        String late = "Terlambat: " + view.trackingNumber() + " langkah 2";
        await().atMost(PATIENCE).until(() -> mailsTo(kasi).size() == 1);

        // Seed 000's step 2 is due after 5 working minutes; a month on it is late. (Other open steps of the lane, from
        // other tests, are late too: only this case's mails are counted.)
        workflow.flagOverdueSteps(java.time.Instant.now().plus(Duration.ofDays(30)));
        await().atMost(PATIENCE).until(() -> subjects(kasi, late) == 1 && subjects(kepala, late) == 1);
        var toHead = mailsTo(kepala).stream()
                .filter(m -> subjectOf(m).equals(late))
                .findFirst()
                .orElseThrow();
        assertThat(GreenMailUtil.getBody(toHead)).contains("melewati batas waktunya");

        // The scan flags a step once; a second scan tells nobody again.
        workflow.flagOverdueSteps(java.time.Instant.now().plus(Duration.ofDays(31)));
        Thread.sleep(500);
        assertThat(subjects(kasi, late)).isEqualTo(1);
        assertThat(subjects(kepala, late)).isEqualTo(1);
        assertThat(subjects(rembang.email("kabid-rehabilitasi-jamsos"), late)).isZero();
    }

    static long subjects(String address, String subject) {
        return mailsTo(address).stream()
                .filter(m -> subjectOf(m).equals(subject))
                .count();
    }

    static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private java.util.Optional<TargetEventPublication> pending(StepStarted started) {
        return publications.findIncompletePublicationsByEventAndTargetIdentifier(
                started, PublicationTargetIdentifier.of(StepNotifications.STEP_STARTED_LISTENER));
    }

    static List<MimeMessage> mailsTo(String address) {
        return SMTP.mailsTo(address);
    }
}
