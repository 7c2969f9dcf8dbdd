package id.alur.casework;

/** Where a permohonan stands as a whole; its step is the workflow case's business. */
public enum PermohonanStatus {
    OPEN,
    FINISHED,
    CANCELLED
}
