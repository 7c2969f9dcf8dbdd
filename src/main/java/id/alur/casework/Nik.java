package id.alur.casework;

import id.alur.platform.InputProblem;
import id.alur.platform.NikStructure;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * A Nomor Induk Kependudukan read by the Dukcapil layout: {@code PPKKCC DDMMYY SSSS} — the kecamatan of
 * registration, the birth date (day plus 40 for women) and a serial number.
 *
 * <p>The year has two digits, so the century is not in the NIK: a birth date is possible when it exists in 19YY
 * or 20YY, and the form's birth date decides which one is meant. The structural rule is platform's
 * {@link NikStructure}, shared with the registry import.
 */
final class Nik {

    static final int LENGTH = NikStructure.LENGTH;

    private Nik() {}

    /**
     * Checks a NIK typed on a form against the birth date and sex typed beside it. Errors name {@code field};
     * an unknown region is only a warning: NIKs issued before a region split carry codes no longer listed.
     *
     * @param formBirthDate may be {@code null} when the form does not ask for it (household members)
     * @param formSex may be {@code null} likewise
     */
    static Check check(String field, String raw, LocalDate formBirthDate, Sex formSex, RegionCodes regions) {
        var errors = new ArrayList<InputProblem>();
        var warnings = new ArrayList<InputProblem>();
        String nik = raw == null ? "" : raw.strip();
        if (nik.isEmpty()) {
            errors.add(InputProblem.ofField(field, "casework.nik.required"));
            return new Check(nik, null, null, errors, warnings);
        }
        if (!nik.chars().allMatch(c -> c >= '0' && c <= '9')) {
            errors.add(InputProblem.ofField(field, "casework.nik.digitsOnly"));
            return new Check(nik, null, null, errors, warnings);
        }
        if (nik.length() != LENGTH) {
            errors.add(InputProblem.ofField(field, "casework.nik.length", nik.length()));
            return new Check(nik, null, null, errors, warnings);
        }
        int encodedDay = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        int twoDigitYear = Integer.parseInt(nik.substring(10, 12));
        Sex sex = encodedDay > 40 ? Sex.FEMALE : Sex.MALE;
        int day = encodedDay > 40 ? encodedDay - 40 : encodedDay;
        if (!NikStructure.possibleBirthDate(nik)) {
            errors.add(InputProblem.ofField(field, "casework.nik.impossibleDate", nik.substring(6, 12)));
            return new Check(nik, null, null, errors, warnings);
        }
        MonthDay birthday = MonthDay.of(month, day);
        if (formBirthDate != null
                && (!MonthDay.from(formBirthDate).equals(birthday) || formBirthDate.getYear() % 100 != twoDigitYear)) {
            errors.add(InputProblem.ofField(field, "casework.nik.birthDateMismatch", formBirthDate));
        }
        if (formSex != null && formSex != sex) {
            errors.add(InputProblem.ofField(field, "casework.nik.sexMismatch", formSex.name()));
        }
        if (nik.substring(12).equals("0000")) {
            errors.add(InputProblem.ofField(field, "casework.nik.serialZero"));
        }
        if (regions.districtOfIdentityNumber(nik).isEmpty()) {
            warnings.add(
                    InputProblem.warning(field, "casework.nik.regionUnknown", RegionCodes.dotted(nik.substring(0, 6))));
        }
        return new Check(nik, sex, birthday, errors, warnings);
    }

    /**
     * The outcome of {@link #check}.
     *
     * @param nik the NIK as typed, stripped of surrounding blanks
     * @param sex decoded from the day, or {@code null} when the NIK is unreadable
     * @param birthday decoded day and month, or {@code null} when the NIK is unreadable
     */
    record Check(String nik, Sex sex, MonthDay birthday, List<InputProblem> errors, List<InputProblem> warnings) {

        Check {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }

        boolean valid() {
            return errors.isEmpty();
        }
    }
}
