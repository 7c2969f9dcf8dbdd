package id.alur.casework;

import id.alur.workflow.CaseCancelled;
import id.alur.workflow.OutsideResultRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Closes a case's open usulan row when the case leaves the BPJS step another way than by the answer file (issue 16 item
 * 3 follow-up): the result typed in on the case page (by the front desk, or by the outside party itself), or the case
 * cancelled or withdrawn. Those are the only ways out of an outside party's step ({@code CaseRules}: claiming,
 * completing and deciding are for office lanes), so every other transition costs no statement here. Without it the row
 * stayed open, its answer showed "already answered" and the batch never reached "answered". The workflow publishes
 * these events in the transition's own transaction and this listener runs in it, so the row and the step close together
 * or not at all. The answer file's own rows are closed by {@link BpjsAnswers} before it records the result, so they
 * keep their {@code AKTIF}.
 */
@Component
class BpjsRowClosing {

    /** The step was done on the case page; {@code kis_number} keeps the reference typed in. */
    static final String RECORDED = "DICATAT";

    /** The case was cancelled or withdrawn; {@code reason} keeps why. */
    static final String STOPPED = "DIHENTIKAN";

    private final BpjsRepository repository;

    BpjsRowClosing(BpjsRepository repository) {
        this.repository = repository;
    }

    @EventListener
    void on(OutsideResultRecorded recorded) {
        PermohonanId.fromSubjectRef(recorded.subjectRef())
                .ifPresent(id -> repository.closeElsewhere(
                        id,
                        recorded.stepId().value(),
                        RECORDED,
                        shortened(recorded.reference()),
                        null,
                        recorded.recordedAt()));
    }

    /**
     * The workflow keeps a reference of any length; the row's column holds a KIS number's 100 characters, and a long
     * reference typed in must not refuse the step.
     */
    static String shortened(String reference) {
        return reference.length() > 100 ? reference.substring(0, 100) : reference;
    }

    @EventListener
    void on(CaseCancelled cancelled) {
        PermohonanId.fromSubjectRef(cancelled.subjectRef())
                .ifPresent(id ->
                        repository.closeElsewhere(id, null, STOPPED, null, cancelled.reason(), cancelled.endedAt()));
    }
}
