package id.alur.platform;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs again the listeners of event publications left incomplete (DESIGN.md §4 "Events and after-commit work"): a node
 * killed before its after-commit work was done (the letter PDFs, the permohonan's closing, notifications), a listener
 * that threw, a task dropped from a full queue. Only publications older than {@code alur.events.resubmit-after} (10
 * minutes) are taken: with several nodes on one database a younger one may be another live node's work in flight, and
 * running it a second time beside that node is what this guards against (issue 14 item 6). Spring Modulith's own
 * republication at start-up ({@code spring.modulith.events.republish-outstanding-events-on-restart}) took every
 * incomplete publication, those of the other nodes too, and is off; this job does its work shortly after every start
 * and then every 5 minutes, on one node at a time (ShedLock {@code event-resubmit}), also when no node restarts.
 *
 * <p>A listener may still run twice when its first run outlives the threshold (a node stalled for minutes): every
 * durable listener bears that (the letter's PDFs are stored once, notifications keep their once-only ledger).
 */
@Component
public class EventResubmission {

    private static final Logger log = LoggerFactory.getLogger(EventResubmission.class);

    private final IncompleteEventPublications incomplete;
    private final Duration after;

    EventResubmission(
            IncompleteEventPublications incomplete, @Value("${alur.events.resubmit-after:PT10M}") Duration after) {
        if (after.isNegative()) {
            throw new IllegalArgumentException("alur.events.resubmit-after must not be negative: " + after);
        }
        this.incomplete = incomplete;
        this.after = after;
    }

    @Scheduled(
            initialDelayString = "${alur.events.resubmit-initial-delay:PT30S}",
            fixedDelayString = "${alur.events.resubmit-delay:PT5M}")
    // the run only hands the publications to their listeners, whose work runs on their own executors: well under the
    // 5-minute delay, so a killed node never costs a run (docs/production.md "Scheduled jobs")
    @SchedulerLock(name = "event-resubmit", lockAtMostFor = "PT4M")
    void resubmitStale() {
        resubmit(after);
    }

    /** Runs the listeners of the incomplete publications published more than {@code olderThan} ago. */
    public void resubmit(Duration olderThan) {
        log.debug("Resubmitting incomplete event publications older than {}", olderThan);
        incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
    }

    /** How old a publication must be before it is taken as left behind, not in flight. */
    public Duration threshold() {
        return after;
    }
}
