package id.alur.sop;

/** Who stands behind a lane (DESIGN.md §3, "Who acts in each lane"). */
public enum ActorKind {
    /** An office position; its holders act through their inbox. */
    POSITION,
    /** The applicant (Pemohon / Masyarakat); the front desk records their steps. */
    APPLICANT,
    /** An outside party such as BPJS Kesehatan; its time runs on its own clock. */
    OUTSIDE_PARTY
}
