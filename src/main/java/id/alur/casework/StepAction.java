package id.alur.casework;

import id.alur.workflow.StepOptions;
import id.alur.workflow.Verdict;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The actions on a permohonan's case, by the name their address gives them on the case page
 * ({@code /permohonan/{id}/langkah/{step}/{action}}) and in the API ({@code /api/permohonan/{id}/langkah/...}): one
 * dispatch for both ({@link CaseActions#act}). All but {@link #LANJUTKAN}, {@link #BATALKAN} and {@link #TARIK} act
 * on a step; those three act on the case ({@code /permohonan/{id}/{action}}). Each is offered exactly when the
 * workflow's {@link StepOptions} allow it.
 */
enum StepAction {
    AMBIL("ambil"),
    LEPAS("lepas"),
    SELESAI("selesai"),
    PUTUSAN("putusan"),
    KEMBALIKAN("kembalikan"),
    HASIL_LUAR("hasil-luar"),
    SERAH_TERIMA("serah-terima"),
    /** The papers came back: resume the case returned to the applicant. */
    LANJUTKAN("lanjutkan"),
    /** The office ends the case (a duplicate, not eligible …), with the reason. */
    BATALKAN("batalkan"),
    /** The applicant withdraws the permohonan; the front desk records it with the reason. */
    TARIK("tarik");

    private final String segment;

    StepAction(String segment) {
        this.segment = segment;
    }

    /** The action's name in addresses and in the API's {@code allowedActions}. */
    String segment() {
        return segment;
    }

    static Optional<StepAction> of(String segment) {
        return Arrays.stream(values()).filter(a -> a.segment.equals(segment)).findFirst();
    }

    boolean onStep() {
        return this != LANJUTKAN && this != BATALKAN && this != TARIK;
    }

    boolean offered(StepOptions options) {
        return switch (this) {
            case AMBIL -> options.take();
            case LEPAS -> options.release();
            case SELESAI -> options.complete();
            case PUTUSAN -> options.decide();
            case KEMBALIKAN -> options.returnToApplicant();
            case HASIL_LUAR -> options.recordOutsideResult();
            case SERAH_TERIMA -> options.recordHandOver();
            case LANJUTKAN -> options.resume();
            case BATALKAN -> options.cancel();
            case TARIK -> options.withdraw();
        };
    }

    /** The names of the actions the options allow, in this order. */
    static List<String> offeredBy(StepOptions options) {
        return Arrays.stream(values())
                .filter(a -> a.offered(options))
                .map(StepAction::segment)
                .toList();
    }

    /** Whether the action stores something with the permohonan (a hand-over, a scan), so it must be read again. */
    boolean writesPermohonan(StepInput input) {
        return switch (this) {
            case SELESAI -> input.handOver().given();
            case HASIL_LUAR -> input.evidence() != null;
            case SERAH_TERIMA -> true;
            default -> false;
        };
    }

    /** The key of the message the case page shows once the action is done. */
    String doneKey(StepInput input) {
        return switch (this) {
            case AMBIL -> "casework.done.claimed";
            case LEPAS -> "casework.done.released";
            case SELESAI -> "casework.done.completed";
            case PUTUSAN -> input.verdict() == Verdict.TIDAK ? "casework.done.decidedTidak" : "casework.done.decidedYa";
            case KEMBALIKAN -> "casework.done.returned";
            case HASIL_LUAR -> "casework.done.outsideRecorded";
            case SERAH_TERIMA -> "casework.done.handedOver";
            case LANJUTKAN -> "casework.done.resumed";
            case BATALKAN -> "casework.done.cancelled";
            case TARIK -> "casework.done.withdrawn";
        };
    }
}
