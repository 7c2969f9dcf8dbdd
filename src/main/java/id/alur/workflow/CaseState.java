package id.alur.workflow;

/** Where a case stands. Exactly one step is open in the three waiting-on-someone states; none in the others. */
public enum CaseState {
    /** The current step belongs to an office position and waits in its inbox. */
    ACTIVE,
    /** The current step is in the applicant's lane, e.g. collecting the KIS; the front desk records it. */
    AWAITING_APPLICANT,
    /** The current step is in an outside party's lane (BPJS Kesehatan); it waits for a recorded result. */
    AWAITING_OUTSIDE_PARTY,
    /** The papers went back to the applicant for completion; no step is open until they come back. */
    RETURNED_TO_APPLICANT,
    FINISHED,
    /** A decision branched to the SOP's refusal end ({@code tolak}): the application is refused, with the reason. */
    REFUSED,
    CANCELLED,
    WITHDRAWN;

    public boolean ended() {
        return this == FINISHED || this == REFUSED || this == CANCELLED || this == WITHDRAWN;
    }
}
