package id.alur.casework;

/** Jenis kelamin as recorded on the KTP and encoded in the NIK. */
public enum Sex {
    MALE,
    FEMALE
}
