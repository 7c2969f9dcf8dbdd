package id.alur.workflow;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What an officer may do on a case now, as the workflow's rules decide it for who asks ({@link
 * WorkflowService#options}): the case page and the API offer exactly these. Each flag says the operation of that name
 * would not be refused for this officer and where the case stands; the input it needs (a note on Tidak, a reference,
 * a scan) is checked when it is done.
 *
 * @param take the open step is in one of the officer's lanes and nobody holds it
 * @param release the officer holds the open step and may put it back into its inbox
 * @param complete the officer holds an open step that is not a decision
 * @param decide the officer holds an open decision step: Ya or Tidak
 * @param returnToApplicant the officer holds an open step from which the SOP returns the papers to the applicant
 * @param tidakReturnsToApplicant at the open decision, Tidak is that return (so the page offers it as the return)
 * @param finalStep the open step is the SOP's last activity (a hand-over may be recorded with its completion)
 * @param recordOutsideResult the officer may record the outside party's result at the open step: as that party's
 *     user, or at the front desk on its behalf
 * @param evidenceRequired recording that result needs a scan as evidence (the office records it on the party's behalf)
 * @param recordHandOver the officer (the front desk) may record that the applicant received what the step hands over
 * @param resume the case waits for the applicant's papers and the officer (the front desk) may resume it
 * @param cancel the officer, in an office lane of the SOP, may cancel the case
 * @param withdraw the officer (the front desk) may record that the applicant withdraws
 * @param heldBy the name of the other officer who holds the open step, or {@code null}
 * @param heldSince since when that officer holds it, or {@code null}
 */
public record StepOptions(
        boolean take,
        boolean release,
        boolean complete,
        boolean decide,
        boolean returnToApplicant,
        boolean tidakReturnsToApplicant,
        boolean finalStep,
        boolean recordOutsideResult,
        boolean evidenceRequired,
        boolean recordHandOver,
        boolean resume,
        boolean cancel,
        boolean withdraw,
        @Nullable String heldBy,
        @Nullable Instant heldSince) {

    /** Nothing to do: the case has ended. */
    public static final StepOptions NONE = new StepOptions(
            false, false, false, false, false, false, false, false, false, false, false, false, false, null, null);

    /** Whether the officer may do anything with the open step, or resume the case. */
    public boolean anyStepAction() {
        return take
                || release
                || complete
                || decide
                || returnToApplicant
                || recordOutsideResult
                || recordHandOver
                || resume;
    }
}
