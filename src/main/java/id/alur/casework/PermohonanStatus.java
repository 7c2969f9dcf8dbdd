package id.alur.casework;

/** Where a permohonan stands as a whole; its step is the workflow case's business. */
public enum PermohonanStatus {
    OPEN,
    FINISHED,
    /** Its case ended at the SOP's refusal end (Ditolak). */
    REFUSED,
    CANCELLED
}
