package id.alur.workflow;

/** What one history row records. */
public enum HistoryAction {
    STARTED,
    /** The applicant's submitting step, recorded by the front desk at start. */
    INTAKE_RECORDED,
    CLAIMED,
    RELEASED,
    COMPLETED,
    DECIDED_YA,
    DECIDED_TIDAK,
    RETURNED_TO_APPLICANT,
    RESUMED,
    OUTSIDE_RESULT_RECORDED,
    HANDED_OVER,
    FINISHED,
    /** A decision branched to the refusal end: the case ended as refused. */
    REFUSED,
    CANCELLED,
    WITHDRAWN
}
