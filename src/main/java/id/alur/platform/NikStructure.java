package id.alur.platform;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What every Nomor Induk Kependudukan must be by the Dukcapil layout {@code PPKKCC DDMMYY SSSS}, whoever reads it:
 * the intake form (casework, which adds the form's birth date, sex and the region list) and an imported registry
 * extract (registry). It sits in platform because registry may not use casework (DESIGN.md §3).
 */
public final class NikStructure {

    public static final int LENGTH = 16;

    /** The first structural flaw found, in the order a reader notices them. */
    public enum Flaw {
        DIGITS_ONLY,
        LENGTH,
        IMPOSSIBLE_DATE,
        SERIAL_ZERO
    }

    private NikStructure() {}

    /** The first flaw of a stripped, non-empty NIK, or empty when its structure is sound. */
    public static Optional<Flaw> flaw(String nik) {
        if (!nik.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(Flaw.DIGITS_ONLY);
        }
        if (nik.length() != LENGTH) {
            return Optional.of(Flaw.LENGTH);
        }
        if (!possibleBirthDate(nik)) {
            return Optional.of(Flaw.IMPOSSIBLE_DATE);
        }
        if (nik.substring(12).equals("0000")) {
            return Optional.of(Flaw.SERIAL_ZERO);
        }
        return Optional.empty();
    }

    /**
     * Whether digits 7–12 of a 16-digit NIK are a date (day plus 40 for women). The year has two digits, so the
     * date is possible when it exists in 19YY or 20YY.
     */
    public static boolean possibleBirthDate(String nik) {
        int encodedDay = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        int twoDigitYear = Integer.parseInt(nik.substring(10, 12));
        int day = encodedDay > 40 ? encodedDay - 40 : encodedDay;
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return false;
        }
        return exists(1900 + twoDigitYear, month, day) || exists(2000 + twoDigitYear, month, day);
    }

    private static boolean exists(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
