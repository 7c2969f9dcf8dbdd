package id.alur.casework;

/** The identity document shown when the result is collected. */
public enum IdentityKind {
    KTP,
    KK,
    SIM,
    PASPOR,
    SURAT_KUASA
}
