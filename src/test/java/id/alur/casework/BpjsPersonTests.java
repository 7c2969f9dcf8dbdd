package id.alur.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A household member's row of the usulan reads the birth date and sex from the NIK: the intake asks neither. */
class BpjsPersonTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    static BpjsPerson member(String nik) {
        return BpjsPerson.member(1, new HouseholdMemberView(nik, "Anggota", Relationship.ANAK), null, TODAY);
    }

    @Test
    void readsTheBirthDateAndSexFromTheNikInTheLatestCenturyNotInTheFuture() {
        // a son born 12 March 2015: 2015, not 1915
        assertThat(member("3317011203150006"))
                .extracting(BpjsPerson::birthDate, BpjsPerson::sex)
                .containsExactly(LocalDate.of(2015, 3, 12), Sex.MALE);
        // a wife born 17 August 1985 (day + 40): 2085 would be in the future
        assertThat(member("3317015708850002"))
                .extracting(BpjsPerson::birthDate, BpjsPerson::sex)
                .containsExactly(LocalDate.of(1985, 8, 17), Sex.FEMALE);
        // a baby born this year, earlier than today
        assertThat(member("3317010112260001").birthDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        // born on a 31 December "26": later than today in 2026, so 1926
        assertThat(member("3317013112260001").birthDate()).isEqualTo(LocalDate.of(1926, 12, 31));
    }

    @Test
    void theApplicantIsPersonZeroWithTheBirthDateTypedAtIntake() {
        var applicant = new ApplicantView(
                "3317015708850002",
                "Siti",
                LocalDate.of(1985, 8, 17),
                Sex.FEMALE,
                "Jl. Pemuda",
                "33.17.01.2002",
                "Sumber",
                "081234567890",
                "3317011203150007",
                null,
                false);

        var person = BpjsPerson.applicant(applicant, "Puskesmas Sumber");

        assertThat(person.applicant()).isTrue();
        assertThat(person.relationship()).isNull();
        assertThat(person.faskes()).isEqualTo("Puskesmas Sumber");
    }
}
