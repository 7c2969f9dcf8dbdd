package id.alur.notification;

import id.alur.casework.PermohonanHit;
import id.alur.casework.PermohonanService;
import id.alur.office.OfficeService;
import id.alur.office.OfficeView;
import id.alur.office.PositionView;
import id.alur.office.UserView;
import id.alur.workflow.WorkflowService;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily digest of late cases for the head of office (issue 15): once per working day of the office's calendar, from
 * {@link NotificationSettings#digestAt()} in the office's own time, and only when some running case's open step is past
 * its due time, the users acting in the office's highest position get the list (oldest first, at most
 * {@link #LISTED}, with the total). It goes through the same once-only delivery as every notification ({@link Notifier}):
 * the event is the office's day ({@code late-digest:<office>:<date>}), so the job, run every 10 minutes on one node
 * at a time (ShedLock {@code notification-late-digest}), sends each head one digest a day per channel however often
 * it runs, and a run cut short by a dying node is finished by the next one. The head chooses its channels (or the
 * digest alone) on the profile page.
 */
@Component
class LateDigest {

    private static final Logger log = LoggerFactory.getLogger(LateDigest.class);

    /** Cases listed in one digest; the total says how many more there are (the search page lists them all). */
    static final int LISTED = 50;

    static final String LINK = "/permohonan?overdue=true";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final OfficeService offices;
    private final WorkflowService workflow;
    private final PermohonanService permohonan;
    private final StepSubjects subjects;
    private final NotificationTexts texts;
    private final MessageSource messages;
    private final NotificationSettings settings;

    LateDigest(
            OfficeService offices,
            WorkflowService workflow,
            PermohonanService permohonan,
            StepSubjects subjects,
            NotificationTexts texts,
            MessageSource messages,
            NotificationSettings settings) {
        this.offices = offices;
        this.workflow = workflow;
        this.permohonan = permohonan;
        this.subjects = subjects;
        this.texts = texts;
        this.messages = messages;
        this.settings = settings;
    }

    @Scheduled(
            initialDelayString = "${alur.notification.digest-initial-delay:PT3M}",
            fixedDelayString = "${alur.notification.digest-scan:PT10M}")
    // a run may wait on the SMTP server for every office; the once-only ledger keeps an overlap from sending a digest
    // twice, and a killed node delays a once-a-day digest by at most half an hour (docs/production.md "Scheduled jobs")
    @SchedulerLock(name = "notification-late-digest", lockAtMostFor = "PT30M")
    void scan() {
        int told = sendDue(Instant.now());
        if (told > 0) {
            log.info("Daily digest of late cases sent for {} office(s)", told);
        }
    }

    /** Sends the day's digest of every office due one at {@code now}; returns how many offices had late cases. */
    int sendDue(Instant now) {
        int told = 0;
        for (OfficeView office : offices.offices()) {
            try {
                if (sendDue(office, now)) {
                    told++;
                }
            } catch (RuntimeException e) {
                // One office's broken data (a calendar without its year…) must not keep the digest from the others.
                log.warn("Daily digest of office {} failed; tried again at the next run", office.code(), e);
            }
        }
        return told;
    }

    private boolean sendDue(OfficeView office, Instant now) {
        ZonedDateTime local = now.atZone(office.zone());
        if (local.toLocalTime().isBefore(settings.digestAt())
                || !workflow.isWorkingDay(office.code(), local.toLocalDate())) {
            return false;
        }
        var late = permohonan.lateCases(office.code(), now, LISTED);
        if (late.hits().isEmpty()) {
            return false;
        }
        var heads = subjects.heads(office.code(), local.toLocalDate());
        Map<String, String> titles = offices.positions(office.code()).stream()
                .collect(Collectors.toMap(PositionView::code, PositionView::title, (a, b) -> a));
        // The office keeps the names: read once per digest, not once per line and language.
        Map<String, String> names = new HashMap<>();
        for (PermohonanHit hit : late.hits()) {
            if (hit.holderUsername() != null) {
                names.computeIfAbsent(
                        hit.holderUsername(),
                        username -> offices.findUser(username)
                                .map(UserView::fullName)
                                .filter(full -> !full.isBlank())
                                .orElse(hit.holder() == null ? username : hit.holder()));
            }
        }
        var values = new HashMap<String, String>();
        values.put("office", office.name());
        values.put("date", DATE.format(local));
        values.put("count", late.total() + (late.totalIsLowerBound() ? "+" : ""));
        subjects.tell(
                "late-digest:" + office.code() + ":" + local.toLocalDate(),
                NotificationKind.LATE_DIGEST,
                office.code(),
                heads,
                locale -> {
                    Map<String, String> inLanguage = new HashMap<>(values);
                    inLanguage.put(
                            "cases",
                            late.hits().stream()
                                    .map(hit -> line(hit, office, titles, names, locale))
                                    .collect(Collectors.joining("\n")));
                    return texts.render(office.code(), NotificationKind.LATE_DIGEST, locale, inLanguage, LINK);
                });
        return true;
    }

    /**
     * One late case: tracking number, service, applicant, the step and its due time in the office's zone, and who has
     * it ({@link #holder}).
     */
    private String line(
            PermohonanHit hit,
            OfficeView office,
            Map<String, String> titles,
            Map<String, String> names,
            Locale locale) {
        var values = Map.of(
                "trackingNumber", hit.trackingNumber(),
                "service", hit.sopName(),
                "applicant", hit.applicantName(),
                "activity", hit.activityNumber() == null ? "-" : String.valueOf(hit.activityNumber()),
                "activityName", hit.activityName() == null ? "-" : hit.activityName(),
                "due", hit.dueAt() == null ? "-" : DUE.format(hit.dueAt().atZone(office.zone())),
                "holder", holder(hit, titles, names, locale));
        // No arguments: the bundle's text comes back as written (see NotificationTexts).
        return NotificationTexts.fill(messages.getMessage("notification.digest.line", null, locale), values);
    }

    /**
     * Who has the late step, as the head knows them: the holder's full name (as the office keeps it now, else the name
     * they took the step under) and position, "dipegang Agus Prasetyo (Kasi Rehabsos)"; a step nobody took waits in
     * its position's inbox, "menunggu di kotak masuk Kasi Rehabsos".
     */
    private String holder(PermohonanHit hit, Map<String, String> titles, Map<String, String> names, Locale locale) {
        String position =
                hit.positionCode() == null ? "-" : titles.getOrDefault(hit.positionCode(), hit.positionCode());
        if (hit.holderUsername() == null) {
            return messages.getMessage("notification.digest.waiting", new Object[] {position}, locale);
        }
        String name = names.getOrDefault(hit.holderUsername(), hit.holderUsername());
        return messages.getMessage("notification.digest.held", new Object[] {name, position}, locale);
    }
}
