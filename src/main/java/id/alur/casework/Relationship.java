package id.alur.casework;

/** Status hubungan dalam keluarga, as the Kartu Keluarga lists it. */
public enum Relationship {
    KEPALA_KELUARGA,
    SUAMI,
    ISTRI,
    ANAK,
    MENANTU,
    CUCU,
    ORANG_TUA,
    MERTUA,
    FAMILI_LAIN,
    LAINNYA
}
