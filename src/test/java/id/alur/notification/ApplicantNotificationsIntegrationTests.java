package id.alur.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.sun.net.httpserver.HttpServer;
import id.alur.casework.Intake;
import id.alur.casework.PermohonanService;
import id.alur.casework.PermohonanSubmitted;
import id.alur.casework.PermohonanView;
import id.alur.casework.Sex;
import id.alur.letter.ReadyToRun;
import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.sop.SopService;
import id.alur.workflow.Acting;
import id.alur.workflow.CaseId;
import id.alur.workflow.CaseState;
import id.alur.workflow.Verdict;
import id.alur.workflow.WorkflowService;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The applicant who consented at intake is told, by e-mail (GreenMail, a real SMTP server) and through the WhatsApp/SMS
 * gateway (a local HTTP server) to the phone of the intake, each exactly once: received with the tracking number and
 * the status page, returned for papers with what is missing, ready to collect once the result letter is issued and
 * waits for the hand-over (seed 000: its step 5; seed 003: after its last step), refused with the reason. Without consent nothing goes to them; a pending publication resubmitted sends what is owed once; a gateway
 * answering 500 is retried, then listed, and the case moves on.
 */
@SpringBootTest
class ApplicantNotificationsIntegrationTests {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 5000));

    @RegisterExtension
    static final TestSmtpServer SMTP = new TestSmtpServer();

    /** Bodies the gateway received. */
    static final List<String> GATEWAY_BODIES = new CopyOnWriteArrayList<>();

    /** Phone numbers the gateway refuses with 500. */
    static final List<String> BROKEN = new CopyOnWriteArrayList<>();

    static final HttpServer GATEWAY = start();

    static HttpServer start() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/kirim", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                GATEWAY_BODIES.add(body);
                boolean broken = BROKEN.stream().anyMatch(body::contains);
                exchange.sendResponseHeaders(broken ? 500 : 200, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() {
        GATEWAY.stop(0);
    }

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry properties) {
        SMTP.configure(properties);
        properties.add(
                "alur.notification.gateway.url",
                () -> "http://127.0.0.1:" + GATEWAY.getAddress().getPort() + "/kirim");
        properties.add("alur.notification.retry-delay", () -> "PT0.05S");
        properties.add("alur.public-base-url", () -> "https://alur.rembangkab.go.id");
    }

    @Autowired
    OfficeService offices;

    @Autowired
    PermohonanService permohonan;

    @Autowired
    WorkflowService workflow;

    @Autowired
    SopService sops;

    @Autowired
    ApplicationContext context;

    @Autowired
    id.alur.platform.EventResubmission resubmission;

    @Autowired
    EventPublicationRepository publications;

    @Autowired
    Deliveries deliveries;

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

    /** An applicant of a fresh serial: e-mail {@code pemohon-<n>@contoh.id}, phone {@code 0812…<n>}. */
    record Applicant(Intake.Applicant intake, String email, String phone) {}

    static Applicant applicant(String name, boolean consent) {
        int n = SERIAL.incrementAndGet();
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(n % 9000);
        String nik = "331701%02d%02d%02d%04d"
                .formatted(birth.getDayOfMonth() + 40, birth.getMonthValue(), birth.getYear() % 100, 1 + n % 9998);
        String email = "pemohon-" + n + "-" + System.nanoTime() % 100_000 + "@contoh.id";
        String phone = "08129%07d".formatted((int) (System.nanoTime() % 10_000_000));
        return new Applicant(
                new Intake.Applicant(
                        nik,
                        name,
                        birth,
                        Sex.FEMALE,
                        "3317011203150007",
                        "Jl. Pemuda 12 RT 01 RW 02",
                        "33.17.01.2002",
                        phone,
                        email,
                        consent),
                email,
                phone);
    }

    /** Seed 000's intake with every paper but the last (the KIS copies) seen; the case waits at step 2. */
    PermohonanView submit(Applicant applicant) {
        var papers = IntStream.range(0, 5)
                .mapToObj(i -> new Intake.ChecklistEntry(i, i != 3, null))
                .toList();
        return permohonan.submit(
                new Intake(
                        NotificationFixture.REMBANG,
                        NotificationFixture.REMBANG_SOP,
                        applicant.intake(),
                        List.of(),
                        papers,
                        Set.of("checklist|casework.checklist.incomplete|Fotocopy KIS bagi semua keluarga")),
                rembang.acting("petugas-pelayanan"),
                Instant.now());
    }

    @Test
    void tellsTheConsentingApplicantEachEventOnceByMailAndGatewayWhileTheCaseRunsThroughItsSteps() throws Exception {
        var applicant = applicant("Siti Aminah", true);
        var view = submit(applicant);
        String gatewayPhone = "+62" + applicant.phone().substring(1);

        await().atMost(PATIENCE)
                .until(() -> mailsTo(applicant.email()).size() == 1
                        && gateway(gatewayPhone).size() == 1);
        var received = mailsTo(applicant.email()).getFirst();
        assertThat(received.getSubject()).isEqualTo("Permohonan Anda diterima: " + view.trackingNumber());
        assertThat(GreenMailUtil.getBody(received))
                .contains("Yth. Siti Aminah")
                .contains("nomor pelacakan " + view.trackingNumber())
                .contains("https://alur.rembangkab.go.id/publik/status");
        assertThat(gateway(gatewayPhone).getFirst()).contains("Permohonan Anda diterima: " + view.trackingNumber());

        // The Kasi's verification returns the papers: what is missing, and the Kasi's note.
        rembang.decide(view, "kasi-rehabsos", Verdict.TIDAK, "KIS keluarga belum dilampirkan");
        await().atMost(PATIENCE)
                .until(() -> mailsTo(applicant.email()).size() == 2
                        && gateway(gatewayPhone).size() == 2);
        var returned = mailsTo(applicant.email()).get(1);
        assertThat(returned.getSubject()).isEqualTo("Berkas permohonan " + view.trackingNumber() + " perlu dilengkapi");
        assertThat(GreenMailUtil.getBody(returned))
                .contains("Yang kurang: Fotocopy KIS bagi semua keluarga")
                .contains("Catatan petugas: KIS keluarga belum dilampirkan");

        // Back with the papers, through verification, approval and signing: step 5 hands the letter over.
        workflow.resumeFromApplicant(
                new CaseId(view.workflowCaseId()), "Lengkap", rembang.acting("petugas-pelayanan"), Instant.now());
        rembang.decide(view, "kasi-rehabsos", Verdict.YA, null);
        rembang.decide(view, "kabid-rehabilitasi-jamsos", Verdict.YA, null);
        rembang.complete(view, "kepala-dinas");
        assertThat(rembang.current(view).activityNumber()).isEqualTo(5);
        await().atMost(PATIENCE)
                .until(() -> mailsTo(applicant.email()).size() == 3
                        && gateway(gatewayPhone).size() == 3);
        assertThat(mailsTo(applicant.email()).get(2).getSubject())
                .isEqualTo("Hasil permohonan " + view.trackingNumber() + " siap diambil");
        assertThat(gateway(gatewayPhone).get(2)).contains("siap diambil di loket");

        // Nothing came twice, and the applicant has no in-app list (no account).
        Thread.sleep(500);
        assertThat(mailsTo(applicant.email())).hasSize(3);
        assertThat(gateway(gatewayPhone)).hasSize(3);
        assertThat(jdbc.sql("select count(*) from notification_delivery where recipient = ?")
                        .param(view.id().subjectRef())
                        .query(Long.class)
                        .single())
                .isEqualTo(6);
    }

    @Test
    void tellsSeed003sApplicantReadyWhenTheLastStepNumbersTheLetterNotWhenThatStepStarts() throws Exception {
        var kaltara = new NotificationFixture("dinsos-kaltara", offices, permohonan, workflow);
        for (String position :
                List.of("pengadministrasi-umum", "kepala-dinas", "kabid-linjamsos", "subkoor-jaminan-sosial")) {
            kaltara.officer(position);
        }
        var applicant = applicant("Rina Tanjung Selor", true);
        var view = permohonan.submit(
                new Intake(
                        "dinsos-kaltara",
                        "kis-rekomendasi-berobat",
                        applicant.intake(),
                        List.of(),
                        List.of(new Intake.ChecklistEntry(0, true, null)),
                        Set.of()),
                kaltara.acting("pengadministrasi-umum"),
                Instant.now());
        await().atMost(PATIENCE).until(() -> mailsTo(applicant.email()).size() == 1);

        // Disposition, drafting, the Kabid's and the Kepala Dinas's approvals, forwarding: step 8 is open.
        kaltara.complete(view, "kepala-dinas");
        kaltara.complete(view, "kabid-linjamsos");
        kaltara.complete(view, "subkoor-jaminan-sosial");
        kaltara.decide(view, "kabid-linjamsos", Verdict.YA, null);
        kaltara.decide(view, "kepala-dinas", Verdict.YA, null);
        kaltara.complete(view, "kabid-linjamsos");
        assertThat(kaltara.current(view).activityNumber()).isEqualTo(8);
        // The SOP's last step has started, but the letter has no number yet ("membubuhkan No Surat" is that step):
        // once the Sub Koordinator is told of step 8, the same listener has looked at the applicant and told nothing.
        // (Their step 4 may not have been told: the test took and finished it before its listener ran.)
        await().atMost(PATIENCE)
                .until(() -> mailsTo(kaltara.email("subkoor-jaminan-sosial")).stream()
                        .anyMatch(m -> GreenMailUtil.getBody(m).contains("di langkah 8.")));
        assertThat(mailsTo(applicant.email())).hasSize(1);

        // Step 8 numbers and issues the Surat Rekomendasi and ends the case, with no hand-over recorded yet.
        kaltara.complete(view, "subkoor-jaminan-sosial");
        assertThat(workflow.caseView(new CaseId(view.workflowCaseId())).state()).isEqualTo(CaseState.FINISHED);
        String gatewayPhone = "+62" + applicant.phone().substring(1);
        await().atMost(PATIENCE)
                .until(() -> mailsTo(applicant.email()).size() == 2
                        && gateway(gatewayPhone).size() == 2);
        assertThat(mailsTo(applicant.email()).get(1).getSubject())
                .isEqualTo("Hasil permohonan " + view.trackingNumber() + " siap diambil");
        Thread.sleep(500);
        assertThat(mailsTo(applicant.email())).hasSize(2);
        assertThat(jdbc.sql("select count(*) from notification_delivery where event_key = ?")
                        .param("applicant-ready:" + view.workflowCaseId())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void sendsTheApplicantNothingWithoutConsentEvenWithAnAddress() throws Exception {
        var applicant = applicant("Tanpa Persetujuan", false);
        var view = submit(applicant);
        // The Kasi's own notification of the same intake arrives: the applicant's would have come with it.
        await().atMost(PATIENCE)
                .until(() -> !mailsTo(rembang.email("kasi-rehabsos")).isEmpty());
        rembang.decide(view, "kasi-rehabsos", Verdict.TIDAK, "Kurang KIS");
        Thread.sleep(1000);
        assertThat(mailsTo(applicant.email())).isEmpty();
        assertThat(gateway("+62" + applicant.phone().substring(1))).isEmpty();
        assertThat(jdbc.sql("select count(*) from notification_delivery where recipient = ?")
                        .param(view.id().subjectRef())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void tellsTheApplicantTheReasonOfARefusal() throws Exception {
        var data = new OfficeTestData(offices);
        String office = data.office();
        String frontDesk = data.user(office, OfficeTestData.PETUGAS);
        String kabid = data.user(office, OfficeTestData.KABID);
        String text = sopText();
        ReadyToRun.prepare(context, office, text);
        var draft = sops.createDraft(office, "ApplicantNotificationsIntegrationTests.sop.yaml", text);
        sops.publish(draft.id());
        var applicant = applicant("Siti Ditolak", true);
        var view = permohonan.submit(
                new Intake(
                        office,
                        draft.code(),
                        applicant.intake(),
                        List.of(),
                        List.of(new Intake.ChecklistEntry(0, true, null)),
                        Set.of()),
                Acting.self(frontDesk, "Petugas", OfficeTestData.PETUGAS),
                Instant.now());
        var step = workflow.caseView(new CaseId(view.workflowCaseId()))
                .currentStep()
                .orElseThrow();
        var kabidActing = Acting.self(kabid, "Kabid", OfficeTestData.KABID);
        workflow.claim(step.id(), kabidActing, Instant.now());
        workflow.decide(step.id(), Verdict.TIDAK, "Bukan warga kabupaten ini", kabidActing, Instant.now());
        assertThat(workflow.caseView(new CaseId(view.workflowCaseId())).state()).isEqualTo(CaseState.REFUSED);

        await().atMost(PATIENCE).until(() -> mailsTo(applicant.email()).size() == 2);
        // the received and refused events are delivered independently (the registry keeps no order between two events),
        // and here they happen a moment apart: find the refusal by its subject, not by arrival
        var refused = mailsTo(applicant.email()).stream()
                .filter(m -> subject(m).equals("Permohonan " + view.trackingNumber() + " ditolak"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no refusal mail among "
                        + mailsTo(applicant.email()).stream()
                                .map(ApplicantNotificationsIntegrationTests::subject)
                                .toList()));
        assertThat(GreenMailUtil.getBody(refused)).contains("Alasan: Bukan warga kabupaten ini");
    }

    @Test
    void sendsOnceWhatAPendingPublicationOwesTheApplicantWhenItIsResubmitted() {
        var applicant = applicant("Rahmawati", true);
        var view = submit(applicant);
        await().atMost(PATIENCE).until(() -> mailsTo(applicant.email()).size() == 1);
        var submitted = new PermohonanSubmitted(view.id(), NotificationFixture.REMBANG, view.trackingNumber());

        // The node died before the e-mail went out: the publication is still there, its ledger row never written.
        jdbc.sql("delete from notification_delivery where event_key = ? and channel = 'EMAIL'")
                .param("applicant-received:" + view.id().value())
                .update();
        publications.create(TargetEventPublication.of(
                submitted, PublicationTargetIdentifier.of(ApplicantNotifications.RECEIVED_LISTENER)));
        resubmission.resubmit(Duration.ZERO);
        await().atMost(PATIENCE)
                .until(() -> mailsTo(applicant.email()).size() == 2
                        && pending(submitted).isEmpty());

        // Resubmitted again (the next start): the ledger has both sent, nothing goes out a third time.
        publications.create(TargetEventPublication.of(
                submitted, PublicationTargetIdentifier.of(ApplicantNotifications.RECEIVED_LISTENER)));
        resubmission.resubmit(Duration.ZERO);
        await().atMost(PATIENCE).until(() -> pending(submitted).isEmpty());
        assertThat(mailsTo(applicant.email())).hasSize(2);
        assertThat(gateway("+62" + applicant.phone().substring(1))).hasSize(1);
    }

    @Test
    void triesAGatewayThatAnswers500AgainThenListsItAndTheCaseMovesOn() {
        var applicant = applicant("Dewi Sartika", true);
        String gatewayPhone = "+62" + applicant.phone().substring(1);
        BROKEN.add(gatewayPhone);
        var view = submit(applicant);

        await().atMost(PATIENCE)
                .until(() -> deliveries.failed(NotificationFixture.REMBANG, 500).stream()
                        .anyMatch(f -> f.recipient().equals(view.id().subjectRef())));
        var failure = deliveries.failed(NotificationFixture.REMBANG, 500).stream()
                .filter(f -> f.recipient().equals(view.id().subjectRef()))
                .findFirst()
                .orElseThrow();
        assertThat(failure.channel()).isEqualTo(Channel.GATEWAY);
        assertThat(failure.attempts()).isEqualTo(3);
        assertThat(failure.address()).isEqualTo(gatewayPhone);
        assertThat(failure.lastError()).contains("500");
        assertThat(gateway(gatewayPhone)).hasSize(3);
        // The e-mail went out all the same, and the case waits at the Kasi's verification and moves on.
        await().atMost(PATIENCE).until(() -> mailsTo(applicant.email()).size() == 1);
        rembang.decide(view, "kasi-rehabsos", Verdict.YA, null);
        assertThat(rembang.current(view).activityNumber()).isEqualTo(3);
    }

    static String sopText() {
        try (InputStream in = ApplicantNotificationsIntegrationTests.class.getResourceAsStream(
                "ApplicantNotificationsIntegrationTests.sop.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private java.util.Optional<TargetEventPublication> pending(PermohonanSubmitted submitted) {
        return publications.findIncompletePublicationsByEventAndTargetIdentifier(
                submitted, PublicationTargetIdentifier.of(ApplicantNotifications.RECEIVED_LISTENER));
    }

    static List<String> gateway(String phone) {
        return GATEWAY_BODIES.stream()
                .filter(b -> b.contains("\"to\":\"" + phone + "\""))
                .toList();
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<MimeMessage> mailsTo(String address) {
        return SMTP.mailsTo(address);
    }
}
