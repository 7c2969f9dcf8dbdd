package id.alur.casework;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The applicant of a permohonan.
 *
 * @param villageName the desa/kelurahan with its kecamatan, kabupaten/kota and province, as named at intake
 * @param email the contact address given at intake, or {@code null}
 * @param notifyConsent whether the applicant agreed at intake to be told about the application (docs/notification.md)
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
        String familyCardNumber,
        @Nullable String email,
        boolean notifyConsent) {

    /** The NIK for readers who do not need it: region and serial hidden, {@code 3317••••••••0001}. */
    public String maskedNik() {
        return mask(nik);
    }

    /**
     * The e-mail address for readers who do not need it: the first letter of the local part and the domain,
     * {@code s•••@contoh.id}; {@code null} stays {@code null}.
     */
    static @Nullable String maskEmail(@Nullable String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        return at < 1 ? "••••" : email.charAt(0) + "•••" + email.substring(at);
    }

    /**
     * The phone number for readers who do not call or message the applicant: the operator prefix and the last three
     * digits, {@code 0812•••••678} (UU 27/2022 on personal data: no more than each reader needs).
     */
    static String maskPhone(@Nullable String phone) {
        if (phone == null || phone.length() < 8) {
            return "••••";
        }
        return phone.substring(0, 4) + "•".repeat(phone.length() - 7) + phone.substring(phone.length() - 3);
    }

    /** The same applicant with the phone number masked ({@link #maskPhone}). */
    ApplicantView withPhoneMasked() {
        return new ApplicantView(
                nik,
                name,
                birthDate,
                sex,
                address,
                villageCode,
                villageName,
                maskPhone(phone),
                familyCardNumber,
                email,
                notifyConsent);
    }

    static String mask(String nik) {
        if (nik == null || nik.length() < 8) {
            return "••••";
        }
        return nik.substring(0, 4) + "•".repeat(nik.length() - 8) + nik.substring(nik.length() - 4);
    }
}
