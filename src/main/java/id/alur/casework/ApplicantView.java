package id.alur.casework;

import java.time.LocalDate;

/**
 * The applicant of a permohonan.
 *
 * @param villageName the desa/kelurahan with its kecamatan, kabupaten/kota and province, as named at intake
 */
public record ApplicantView(
        String nik,
        String name,
        LocalDate birthDate,
        Sex sex,
        String address,
        String villageCode,
        String villageName,
        String phone,
        String familyCardNumber) {

    /** The NIK for readers who do not need it: region and serial hidden, {@code 3317••••••••0001}. */
    public String maskedNik() {
        return mask(nik);
    }

    static String mask(String nik) {
        if (nik == null || nik.length() < 8) {
            return "••••";
        }
        return nik.substring(0, 4) + "•".repeat(nik.length() - 8) + nik.substring(nik.length() - 4);
    }
}
