package id.alur.casework;

/** Where a permohonan stands, as the public status page says it (no personal data, no position names). */
public enum CaseStage {
    /** An office step is open. */
    IN_PROCESS,
    /** A step in the applicant's lane is open, e.g. collecting the KIS. */
    AWAITING_APPLICANT,
    /** The papers went back to the applicant for completion. */
    RETURNED_TO_APPLICANT,
    /** An outside party (BPJS Kesehatan) has it. */
    AT_OUTSIDE_PARTY,
    FINISHED,
    /** Refused (Ditolak) at a decision of the SOP; the public page says so, not why. */
    REFUSED,
    CANCELLED
}
