package id.alur.casework;

import id.alur.workflow.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the form or the request of an action carries, as typed; which parts count depends on the {@link StepAction}.
 *
 * @param verdict for {@code putusan}
 * @param reference for {@code hasil-luar}: the outside party's reference
 * @param resultDate for {@code hasil-luar}
 * @param evidence for {@code hasil-luar}: the scan, required when the office records on the party's behalf
 * @param handOver for {@code serah-terima}, and for {@code selesai} at the SOP's last activity when {@link
 *     HandOverForm#given() given}
 */
record StepInput(
        @Nullable String note,
        @Nullable String outputRef,
        @Nullable Verdict verdict,
        @Nullable String reference,
        @Nullable LocalDate resultDate,
        Intake.@Nullable Upload evidence,
        HandOverForm handOver) {

    static final StepInput NONE = note(null);

    static StepInput note(@Nullable String note) {
        return new StepInput(note, null, null, null, null, null, HandOverForm.NONE);
    }

    /** The hand-over as typed: who received it, when (converted from the office's zone by the caller), which ID. */
    record HandOverForm(
            @Nullable String receivedBy,
            @Nullable Instant receivedAt,
            @Nullable IdentityKind idKind,
            @Nullable String idNumber) {

        static final HandOverForm NONE = new HandOverForm(null, null, null, null);

        /**
         * Whether a hand-over was given with a completion: a name or an ID typed (the form fills in the time for the
         * officer, so the time alone says nothing).
         */
        boolean given() {
            return CaseActions.blankToNull(receivedBy) != null || CaseActions.blankToNull(idNumber) != null;
        }
    }
}
