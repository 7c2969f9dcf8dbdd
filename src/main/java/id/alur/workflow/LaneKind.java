package id.alur.workflow;

/** Who stands behind the lane of a step (DESIGN.md §3, "Who acts in each lane"). */
public enum LaneKind {
    /** An office position; its holders act through their inbox. */
    POSITION,
    /** The applicant; the front desk records their steps on their behalf. */
    APPLICANT,
    /** An outside party such as BPJS Kesehatan; its own users or the front desk record its result. */
    OUTSIDE_PARTY
}
