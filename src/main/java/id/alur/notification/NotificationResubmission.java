package id.alur.notification;

import id.alur.casework.PermohonanSubmitted;
import id.alur.letter.LetterIssued;
import id.alur.workflow.CaseRefused;
import id.alur.workflow.CaseReturnedToApplicant;
import id.alur.workflow.OutsideResultRecorded;
import id.alur.workflow.StepOverdue;
import id.alur.workflow.StepStarted;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the notification listeners again for publications left incomplete: a listener that threw (the database gone for
 * a moment), a delivery dropped from a full queue. Every start resubmits all incomplete publications anyway
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}); this job does it for the notification
 * listeners while the node runs, on one node at a time (ShedLock), for publications older than
 * {@link #GRACE} so that it does not race a listener still at work. The once-only ledger ({@link Deliveries}) makes a
 * second run send nothing twice.
 */
@Component
class NotificationResubmission {

    static final Duration GRACE = Duration.ofMinutes(10);

    /** The events the module's durable listeners receive. */
    static final List<Class<?>> NOTIFIED = List.of(
            StepStarted.class,
            StepOverdue.class,
            PermohonanSubmitted.class,
            CaseReturnedToApplicant.class,
            CaseRefused.class,
            OutsideResultRecorded.class,
            // Also the letter module's PDF listener's event: re-rendering a letter stores nothing twice.
            LetterIssued.class);

    /** Every listener id of this module starts so (its ids are fixed, so that renamed methods keep their publications). */
    static final String LISTENER_PREFIX = "notification-";

    private final IncompleteEventPublications incomplete;

    NotificationResubmission(IncompleteEventPublications incomplete) {
        this.incomplete = incomplete;
    }

    @Scheduled(
            initialDelayString = "${alur.notification.resubmit-initial-delay:PT2M}",
            fixedDelayString = "${alur.notification.resubmit-delay:PT5M}")
    @SchedulerLock(name = "notification-resubmit", lockAtMostFor = "PT10M")
    void resubmitStale() {
        resubmit(GRACE);
    }

    /** Resubmits the notification listeners' publications published more than {@code olderThan} ago. */
    void resubmit(Duration olderThan) {
        Instant before = Instant.now().minus(olderThan);
        incomplete.resubmitIncompletePublications(publication ->
                ours(publication) && !publication.getPublicationDate().isAfter(before));
    }

    /**
     * The publications of the events this module listens to. The registry's API names no listener, so another module's
     * durable listener of the same event would be resubmitted too; every such listener must bear a second run anyway.
     */
    static boolean ours(EventPublication publication) {
        return NOTIFIED.stream().anyMatch(type -> type.isInstance(publication.getEvent()));
    }
}
