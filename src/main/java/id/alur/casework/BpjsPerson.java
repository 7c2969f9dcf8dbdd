package id.alur.casework;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A person an application proposes for a KIS, as a row of the usulan: the applicant ({@code person} 0) or the n-th
 * household member of the KK ({@code person} n, the numbering of the recorded registry check), with the faskes chosen
 * at the front desk ({@code null}: the office's default, the batch's).
 *
 * @param relationship the member's status in the family, {@code null} for the applicant
 */
public record BpjsPerson(
        int person,
        String nik,
        String name,
        @Nullable Relationship relationship,
        LocalDate birthDate,
        Sex sex,
        @Nullable String faskes) {

    public boolean applicant() {
        return person == 0;
    }

    static BpjsPerson applicant(ApplicantView applicant, @Nullable String faskes) {
        return new BpjsPerson(
                0, applicant.nik(), applicant.name(), null, applicant.birthDate(), applicant.sex(), faskes);
    }

    /**
     * A household member: the intake asks no birth date or sex of members, so both are read from the NIK (day + 40 for
     * women). The NIK's year has two digits; the member is taken to be born in 20YY unless that is after
     * {@code today}, else in 19YY. Wrong only for a member over a hundred years old; BPJS matches by the NIK against
     * Dukcapil in any case, the date is a help to its officer (docs/decisions.md, casework).
     */
    static BpjsPerson member(int person, HouseholdMemberView member, @Nullable String faskes, LocalDate today) {
        String nik = member.nik();
        int encodedDay = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        int year = Integer.parseInt(nik.substring(10, 12));
        Sex sex = encodedDay > 40 ? Sex.FEMALE : Sex.MALE;
        int day = encodedDay > 40 ? encodedDay - 40 : encodedDay;
        LocalDate born;
        try {
            born = LocalDate.of(2000 + year, month, day);
            if (born.isAfter(today)) {
                born = LocalDate.of(1900 + year, month, day);
            }
        } catch (DateTimeException e) {
            // a date that exists in neither century: the intake's NIK check refuses it, so only a row from before it
            born = LocalDate.of(1900 + year, month, Math.min(day, 28));
        }
        return new BpjsPerson(person, nik, member.name(), member.relationship(), born, sex, faskes);
    }
}
