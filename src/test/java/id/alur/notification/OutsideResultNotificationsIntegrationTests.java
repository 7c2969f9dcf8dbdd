package id.alur.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import id.alur.casework.Intake;
import id.alur.casework.PermohonanService;
import id.alur.casework.PermohonanView;
import id.alur.casework.Sex;
import id.alur.letter.ReadyToRun;
import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.office.UserProfile;
import id.alur.sop.SopService;
import id.alur.workflow.Acting;
import id.alur.workflow.CaseId;
import id.alur.workflow.OutsideResult;
import id.alur.workflow.StepId;
import id.alur.workflow.Verdict;
import id.alur.workflow.WorkflowService;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The front desk is told, by e-mail (GreenMail) and in the app, once, when an outside party (BPJS Kesehatan) records
 * its result itself, with the reference and the date; a result the front desk recorded for the party tells nobody.
 */
@SpringBootTest
class OutsideResultNotificationsIntegrationTests {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    static final TestSmtpServer SMTP = new TestSmtpServer();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry properties) {
        SMTP.configure(properties);
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
    InAppNotifications inApp;

    @Autowired
    ApplicationContext context;

    String office;
    String sopCode;
    String frontDesk;
    String kepala;
    String bpjs;

    @BeforeEach
    void officeWithAnOutsideParty() {
        office = new OfficeTestData(offices).office();
        frontDesk = user(OfficeTestData.PETUGAS);
        kepala = user(OfficeTestData.KEPALA);
        bpjs = user(OfficeTestData.BPJS);
        String text = sopText();
        ReadyToRun.prepare(context, office, text);
        var draft = sops.createDraft(office, "OutsideResultNotificationsIntegrationTests.sop.yaml", text);
        sops.publish(draft.id());
        sopCode = draft.code();
    }

    String user(String position) {
        String username = OfficeTestData.unique("hl");
        offices.createUser(
                username, new UserProfile("Uji " + position, null, null, username + "@alur.test"), "rahasia-uji-2026");
        offices.addMembership(username, office, position);
        return username;
    }

    /** Taken in, checked Ya by the Kepala: the case waits at step 3, BPJS's. */
    PermohonanView atBpjs(String name) {
        var view = permohonan.submit(
                new Intake(
                        office,
                        sopCode,
                        new Intake.Applicant(
                                "3317015708850002".substring(0, 12)
                                        + "%04d".formatted((int) (System.nanoTime() % 9000) + 1),
                                name,
                                LocalDate.of(1985, 8, 17),
                                Sex.FEMALE,
                                "3317011203150007",
                                "Jl. Pemuda 12",
                                "33.17.01.2002",
                                "081234567890"),
                        List.of(),
                        List.of(new Intake.ChecklistEntry(0, true, null), new Intake.ChecklistEntry(1, true, null)),
                        Set.of()),
                Acting.self(frontDesk, "Petugas", OfficeTestData.PETUGAS),
                Instant.now());
        var check = current(view);
        var acting = Acting.self(kepala, "Kepala", OfficeTestData.KEPALA);
        workflow.claim(check, acting, Instant.now());
        workflow.decide(check, Verdict.YA, null, acting, Instant.now());
        return view;
    }

    StepId current(PermohonanView view) {
        return workflow.caseView(new CaseId(view.workflowCaseId()))
                .currentStep()
                .orElseThrow()
                .id();
    }

    @Test
    void tellsTheFrontDeskOnceWhenBpjsRecordsItsResult() throws Exception {
        var view = atBpjs("Siti Hasil");
        workflow.recordOutsideResult(
                current(view),
                new OutsideResult("KIS-0001234567", LocalDate.of(2026, 12, 2), null),
                Acting.self(bpjs, "BPJS", OfficeTestData.BPJS),
                Instant.now());

        String subject = "Hasil BPJS Kesehatan tercatat: " + view.trackingNumber();
        await().atMost(PATIENCE).until(() -> subjects(frontDesk, subject) == 1);
        var mail = mailsTo(frontDesk).stream()
                .filter(m -> subjectOf(m).equals(subject))
                .findFirst()
                .orElseThrow();
        assertThat(GreenMailUtil.getBody(mail))
                .contains("nomor KIS-0001234567 tanggal 02-12-2026")
                .contains("/permohonan/" + view.id().value());
        assertThat(inApp.list(frontDesk, 20))
                .filteredOn(row -> row.kind().equals("OUTSIDE_RESULT"))
                .singleElement()
                .satisfies(row -> assertThat(row.link())
                        .isEqualTo("/permohonan/" + view.id().value()));
        // Nobody else: the Kepala and BPJS are not told of it.
        Thread.sleep(500);
        assertThat(subjects(frontDesk, subject)).isEqualTo(1);
        assertThat(subjects(kepala, subject)).isZero();
        assertThat(subjects(bpjs, subject)).isZero();
    }

    @Test
    void tellsNobodyOfAResultTheFrontDeskRecordedForTheParty() throws Exception {
        var view = atBpjs("Siti Dicatat Loket");
        workflow.recordOutsideResult(
                current(view),
                new OutsideResult("KIS-0009", LocalDate.of(2026, 12, 2), "document:bukti-uji"),
                Acting.self(frontDesk, "Petugas", OfficeTestData.PETUGAS),
                Instant.now());

        // The hand-over step 4 lands in the front desk's inbox (its own notification); no outside-result one with it.
        await().atMost(PATIENCE)
                .until(() -> inApp.list(frontDesk, 20).stream()
                        .anyMatch(r -> r.kind().equals("STEP_ARRIVED")));
        Thread.sleep(500);
        assertThat(inApp.list(frontDesk, 20)).noneMatch(r -> r.kind().equals("OUTSIDE_RESULT"));
    }

    long subjects(String username, String subject) {
        return mailsTo(username).stream()
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

    static List<MimeMessage> mailsTo(String username) {
        return SMTP.mailsTo(username + "@alur.test");
    }

    static String sopText() {
        try (InputStream in = OutsideResultNotificationsIntegrationTests.class.getResourceAsStream(
                "OutsideResultNotificationsIntegrationTests.sop.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
