package id.alur.workflow;

import java.time.Instant;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Flags the open steps past their due time, a batch per transaction, and publishes one {@link StepOverdue} for each,
 * once per step: the flag is a conditional update, so nodes scanning at once never flag a step twice.
 */
@Component
class OverdueSteps {

    private final InboxRepository steps;
    private final TransitionEvents events;
    private final TransactionTemplate transactions;
    private final WorkflowSettings settings;

    OverdueSteps(
            InboxRepository steps,
            TransitionEvents events,
            TransactionTemplate transactions,
            WorkflowSettings settings) {
        this.steps = steps;
        this.events = events;
        this.transactions = transactions;
        this.settings = settings;
    }

    /** @return how many steps this call flagged */
    int flag(Instant now) {
        int total = 0;
        while (true) {
            Batch batch = Objects.requireNonNull(transactions.execute(status -> flagBatch(now)));
            total += batch.flagged();
            if (!batch.more()) {
                return total;
            }
        }
    }

    private record Batch(int flagged, boolean more) {}

    private Batch flagBatch(Instant now) {
        int flagged = 0;
        var due = steps.overdueSteps(now, settings.overdueBatchSize());
        for (var step : due) {
            if (steps.flagOverdue(step.stepId(), now)) {
                flagged++;
                events.overdue(step, now);
            }
        }
        return new Batch(flagged, due.size() == settings.overdueBatchSize());
    }
}
