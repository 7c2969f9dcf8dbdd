package id.alur.workflow;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Flags steps that passed their due time. Runs on every node's scheduler, but ShedLock lets one node at a time through,
 * and each flag is a conditional update, so a step is flagged and {@link StepOverdue} published once.
 */
@Component
@ConditionalOnProperty(name = "alur.workflow.overdue-scan-enabled", havingValue = "true", matchIfMissing = true)
class OverdueScan {

    private final WorkflowService workflow;
    private final Clock clock;

    OverdueScan(WorkflowService workflow, ObjectProvider<Clock> clock) {
        this.workflow = workflow;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Scheduled(fixedDelayString = "${alur.workflow.overdue-scan-delay:PT1M}")
    // a killed node holds the lock 2 minutes, two runs missed (docs/production.md "Scheduled jobs"); a longer run
    // overlapping the next node's is harmless: a step is flagged by a conditional update, once
    @SchedulerLock(name = "workflow-overdue-scan", lockAtMostFor = "${alur.workflow.overdue-lock-at-most-for:PT2M}")
    void scan() {
        workflow.flagOverdueSteps(clock.instant());
    }
}
