package id.alur.casework;

import static org.assertj.core.api.Assertions.assertThat;

import id.alur.platform.InputProblem;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NikTests {

    static final RegionCodes regions = RegionCodes.official();

    @Test
    void decodesAMansBirthDateAndSex() {
        var check = Nik.check("nik", "3317010101900001", LocalDate.of(1990, 1, 1), Sex.MALE, regions);

        assertThat(check.errors()).isEmpty();
        assertThat(check.warnings()).isEmpty();
        assertThat(check.sex()).isEqualTo(Sex.MALE);
        assertThat(check.birthday()).isEqualTo(MonthDay.of(1, 1));
    }

    @Test
    void decodesAWomansBirthDayAsDayPlusForty() {
        var check = Nik.check("nik", "3317015708850002", LocalDate.of(1985, 8, 17), Sex.FEMALE, regions);

        assertThat(check.errors()).isEmpty();
        assertThat(check.sex()).isEqualTo(Sex.FEMALE);
        assertThat(check.birthday()).isEqualTo(MonthDay.of(8, 17));
    }

    @Test
    void acceptsChildrenBornThisCentury() {
        var check = Nik.check("nik", "1902012903200003", LocalDate.of(2020, 3, 29), Sex.MALE, regions);

        assertThat(check.valid()).isTrue();
    }

    @Test
    void rejectsANikThatIsTooShortNamingTheField() {
        var check = Nik.check("nik", "331701010190", null, null, regions);

        assertThat(check.errors()).containsExactly(InputProblem.ofField("nik", "casework.nik.length", 12));
    }

    @Test
    void rejectsANikThatIsTooLong() {
        assertThat(Nik.check("nik", "33170101019000011", null, null, regions).errors())
                .extracting(InputProblem::messageKey)
                .containsExactly("casework.nik.length");
    }

    @Test
    void rejectsNonDigits() {
        assertThat(Nik.check("nik", "33170101O1900001", null, null, regions).errors())
                .extracting(InputProblem::messageKey)
                .containsExactly("casework.nik.digitsOnly");
        assertThat(Nik.check("nik", "3317-0101-9000-01", null, null, regions).errors())
                .extracting(InputProblem::messageKey)
                .containsExactly("casework.nik.digitsOnly");
    }

    @Test
    void rejectsAnEmptyNik() {
        assertThat(Nik.check("nik", "  ", null, null, regions).errors())
                .extracting(InputProblem::messageKey)
                .containsExactly("casework.nik.required");
    }

    @Test
    void rejectsThirtyFirstOfFebruary() {
        var check = Nik.check("nik", "3317013102900001", null, null, regions);

        assertThat(check.errors())
                .containsExactly(InputProblem.ofField("nik", "casework.nik.impossibleDate", "310290"));
    }

    @Test
    void rejectsDayFortyOneOfAMonthWithThirtyDaysPlusForty() {
        // Day 72 would be the 32nd for a woman: no month has it.
        assertThat(Nik.check("nik", "3317017201900001", null, null, regions).errors())
                .extracting(InputProblem::messageKey)
                .containsExactly("casework.nik.impossibleDate");
        // Days 32..40 belong to nobody.
        assertThat(Nik.check("nik", "3317013501900001", null, null, regions).errors())
                .extracting(InputProblem::messageKey)
                .containsExactly("casework.nik.impossibleDate");
        // Month 13.
        assertThat(Nik.check("nik", "3317010113900001", null, null, regions).errors())
                .extracting(InputProblem::messageKey)
                .containsExactly("casework.nik.impossibleDate");
    }

    @Test
    void acceptsTwentyNinthOfFebruaryOnlyInALeapYearOfEitherCentury() {
        assertThat(Nik.check("nik", "3317012902000001", null, null, regions).valid())
                .isTrue();
        assertThat(Nik.check("nik", "3317012902010001", null, null, regions).errors())
                .extracting(InputProblem::messageKey)
                .containsExactly("casework.nik.impossibleDate");
    }

    @Test
    void rejectsASexThatDisagreesWithTheNik() {
        var check = Nik.check("nik", "3317010101900001", LocalDate.of(1990, 1, 1), Sex.FEMALE, regions);

        assertThat(check.errors()).containsExactly(InputProblem.ofField("nik", "casework.nik.sexMismatch", "FEMALE"));
    }

    @Test
    void rejectsABirthDateThatDisagreesWithTheNik() {
        var check = Nik.check("nik", "3317010101900001", LocalDate.of(1990, 1, 2), Sex.MALE, regions);

        assertThat(check.errors())
                .containsExactly(
                        InputProblem.ofField("nik", "casework.nik.birthDateMismatch", LocalDate.of(1990, 1, 2)));
    }

    @Test
    void rejectsABirthYearThatDisagreesWithTheNik() {
        assertThat(Nik.check("nik", "3317010101900001", LocalDate.of(1991, 1, 1), Sex.MALE, regions)
                        .errors())
                .extracting(InputProblem::messageKey)
                .containsExactly("casework.nik.birthDateMismatch");
    }

    @Test
    void warnsButAcceptsAnUnknownRegion() {
        var check = Nik.check("nik", "9999010101900001", LocalDate.of(1990, 1, 1), Sex.MALE, regions);

        assertThat(check.valid()).isTrue();
        assertThat(check.warnings())
                .containsExactly(InputProblem.warning("nik", "casework.nik.regionUnknown", "99.99.01"));
    }

    @Test
    void rejectsSerialZero() {
        assertThat(Nik.check("nik", "3317010101900000", null, null, regions).errors())
                .extracting(InputProblem::messageKey)
                .containsExactly("casework.nik.serialZero");
    }

    @Test
    void readsEveryRealDateOfBothSexesAndCenturies() {
        var random = new Random(20260101L);
        for (int i = 0; i < 2_000; i++) {
            LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(365 * 95));
            Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            int day = birth.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0);
            String nik = "331701%02d%02d%02d%04d"
                    .formatted(day, birth.getMonthValue(), birth.getYear() % 100, 1 + random.nextInt(9998));

            var check = Nik.check("nik", nik, birth, sex, regions);

            assertThat(check.errors()).as(nik).isEmpty();
            assertThat(check.sex()).as(nik).isEqualTo(sex);
            assertThat(check.birthday()).as(nik).isEqualTo(MonthDay.from(birth));
        }
    }
}
