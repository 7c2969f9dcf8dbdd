package id.alur.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import id.alur.casework.PermohonanService;
import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.workflow.Acting;
import id.alur.workflow.WorkflowService;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The head of office gets one digest of the late cases a working day, from 07:30 office time, by the channels chosen on
 * the profile page (here: the digest alone, by e-mail to GreenMail); no digest before the hour, on a day off, twice a
 * day, or for an office without late cases.
 */
@SpringBootTest
class LateDigestIntegrationTests {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

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
    LateDigest digest;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sendsTheHeadWhoChoseOnlyTheDigestOneDigestAWorkingDayFromItsHour() throws Exception {
        var rembang = new NotificationFixture(offices, permohonan, workflow);
        rembang.officer("petugas-pelayanan");
        rembang.officer("kasi-rehabsos");
        String head = rembang.officer("kepala-dinas");
        String headMail = rembang.email("kepala-dinas");
        // The Kepala Dinas wants the digest by e-mail and nothing else (issue 15: "a Kepala Dinas may want only the
        // digest").
        preferences.save(
                head,
                new Preferences.Preference(
                        null,
                        false,
                        null,
                        Preferences.allChoices().stream()
                                .filter(choice -> !choice.equals("LATE_DIGEST:EMAIL"))
                                .collect(Collectors.toSet())),
                Instant.now());
        var first = rembang.submit("Sri Terlambat");
        var second = rembang.submit("Ani Terlambat");
        // The Kasi took the first case under the bare username (as an API client may): the digest still names the
        // holder as the office keeps them, with the position; the second case waits in the Kasi's inbox.
        String kasi = rembang.run + ".kasi-rehabsos";
        workflow.claim(rembang.current(first).id(), Acting.self(kasi, kasi, "kasi-rehabsos"), Instant.now());
        String kasiTitle =
                offices.position(NotificationFixture.REMBANG, "kasi-rehabsos").title();

        // A month on, seed 000's step 2 (5 working minutes) of both is late.
        LocalDate workingDay = LocalDate.now(WIB).plusDays(30);
        while (!workflow.isWorkingDay(NotificationFixture.REMBANG, workingDay)) {
            workingDay = workingDay.plusDays(1);
        }
        LocalDate sunday = workingDay.with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.SUNDAY));
        Instant beforeTheHour = at(workingDay, LocalTime.of(7, 0));
        Instant morning = at(workingDay, LocalTime.of(8, 0));

        digest.sendDue(beforeTheHour);
        digest.sendDue(at(sunday, LocalTime.of(9, 0)));
        assertThat(digestRows(NotificationFixture.REMBANG)).isZero();

        // The step's own late notice goes to the Kasi, not to the head who turned it off.
        workflow.flagOverdueSteps(morning);
        await().atMost(PATIENCE)
                .until(() -> SMTP.mailsTo(rembang.email("kasi-rehabsos")).stream()
                        .anyMatch(m -> subject(m).startsWith("Terlambat: " + first.trackingNumber())));

        digest.sendDue(morning);
        await().atMost(PATIENCE).until(() -> !SMTP.mailsTo(headMail).isEmpty());
        digest.sendDue(at(workingDay, LocalTime.of(9, 0)));
        Thread.sleep(500);

        List<MimeMessage> toHead = SMTP.mailsTo(headMail);
        assertThat(toHead).hasSize(1);
        var mail = toHead.getFirst();
        assertThat(subject(mail)).startsWith("Kasus terlambat Dinas").contains("per " + dmy(workingDay));
        assertThat(GreenMailUtil.getBody(mail))
                .contains("- " + first.trackingNumber() + " (")
                .contains("- " + second.trackingNumber() + " (")
                .contains("pemohon Sri Terlambat): langkah 2.");
        assertThat(text(mail))
                .contains("dipegang Uji kasi-rehabsos (" + kasiTitle + ")")
                .contains("pemohon Ani Terlambat): langkah 2.")
                .contains("belum diambil, menunggu di kotak masuk " + kasiTitle)
                .doesNotContain("dipegang " + kasi);
        // Only the e-mail: no in-app digest, no per-step late notice.
        assertThat(jdbc.sql("select kind || ':' || channel from notification_delivery where recipient = ?")
                        .param(head)
                        .query(String.class)
                        .list())
                .containsExactly("LATE_DIGEST:EMAIL");
    }

    @Test
    void sendsNoDigestForAnOfficeWithoutLateCases() {
        var data = new OfficeTestData(offices);
        String office = data.office();
        data.user(office, OfficeTestData.KEPALA);
        LocalDate day = LocalDate.now(WIB).plusDays(30);
        while (!workflow.isWorkingDay(office, day)) {
            day = day.plusDays(1);
        }

        digest.sendDue(at(day, LocalTime.of(10, 0)));

        assertThat(digestRows(office)).isZero();
    }

    private long digestRows(String office) {
        return jdbc.sql("select count(*) from notification_delivery where event_key like ?")
                .param("late-digest:" + office + ":%")
                .query(Long.class)
                .single();
    }

    private Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(WIB).toInstant();
    }

    private static String dmy(LocalDate day) {
        return "%02d-%02d-%d".formatted(day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }

    /** The plain text of the mail, decoded (no soft line breaks of quoted-printable). */
    private static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof String plain) {
            return plain;
        }
        var parts = (jakarta.mail.Multipart) content;
        var text = new StringBuilder();
        for (int i = 0; i < parts.getCount(); i++) {
            var part = parts.getBodyPart(i);
            if (part.getContent() instanceof jakarta.mail.Multipart inner) {
                for (int j = 0; j < inner.getCount(); j++) {
                    if (inner.getBodyPart(j).isMimeType("text/plain")) {
                        text.append(inner.getBodyPart(j).getContent());
                    }
                }
            } else if (part.isMimeType("text/plain")) {
                text.append(part.getContent());
            }
        }
        return text.toString();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
