package id.alur.office;

/** What kind of government office it is; letterheads and reports name it so. */
public enum OfficeKind {
    /** Dinas of a kabupaten (regency). */
    REGENCY_AGENCY,
    /** Dinas of a kota (city). */
    CITY_AGENCY,
    /** Dinas of a provinsi. */
    PROVINCE_AGENCY,
    /** A vertical office of a ministry, e.g. Kantor Kementerian Agama. */
    MINISTRY_OFFICE,
    OTHER
}
