package id.alur.casework;

import id.alur.workflow.CaseCancelled;
import id.alur.workflow.CaseFinished;
import id.alur.workflow.CaseRefused;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Closes a permohonan when its case ends. Its status mirrors the case's end, so it is written in the transition's own
 * transaction (a plain listener, called as the workflow publishes): the two never disagree, not even for the answer to
 * the request that ended the case, and no event publication row is stored and completed for it (docs/workflow.md,
 * "Cost of a transition"). The update is conditional on an open permohonan and cannot fail on its data.
 */
@Component
class PermohonanClosing {

    private final PermohonanRepository repository;

    PermohonanClosing(PermohonanRepository repository) {
        this.repository = repository;
    }

    @EventListener
    void on(CaseFinished finished) {
        PermohonanId.fromSubjectRef(finished.subjectRef())
                .ifPresent(id -> repository.close(id, PermohonanStatus.FINISHED, finished.finishedAt()));
    }

    @EventListener
    void on(CaseRefused refused) {
        PermohonanId.fromSubjectRef(refused.subjectRef())
                .ifPresent(id -> repository.close(id, PermohonanStatus.REFUSED, refused.refusedAt()));
    }

    @EventListener
    void on(CaseCancelled cancelled) {
        PermohonanId.fromSubjectRef(cancelled.subjectRef())
                .ifPresent(id -> repository.close(id, PermohonanStatus.CANCELLED, cancelled.endedAt()));
    }
}
