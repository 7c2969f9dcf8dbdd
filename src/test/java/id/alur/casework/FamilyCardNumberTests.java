package id.alur.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FamilyCardNumberTests {

    static final RegionCodes regions = RegionCodes.official();

    @Test
    void acceptsAWellFormedNumber() {
        var check = FamilyCardNumber.check("familyCardNumber", "3317011203150007", regions);

        assertThat(check.errors()).isEmpty();
        assertThat(check.warnings()).isEmpty();
    }

    @Test
    void rejectsWrongLengthAndNonDigitsNamingTheField() {
        assertThat(FamilyCardNumber.check("familyCardNumber", "33170112031500", regions)
                        .errors())
                .containsExactly(FieldProblem.of("familyCardNumber", "casework.kk.length", 14));
        assertThat(FamilyCardNumber.check("familyCardNumber", "33170112031500AB", regions)
                        .errors())
                .containsExactly(FieldProblem.of("familyCardNumber", "casework.kk.digitsOnly"));
        assertThat(FamilyCardNumber.check("familyCardNumber", "", regions).errors())
                .containsExactly(FieldProblem.of("familyCardNumber", "casework.kk.required"));
    }

    @Test
    void warnsOnUnknownRegionAndUnreadableIssueDate() {
        var check = FamilyCardNumber.check("familyCardNumber", "9999013502150007", regions);

        assertThat(check.errors()).isEmpty();
        assertThat(check.warnings())
                .extracting(FieldProblem::messageKey)
                .containsExactly("casework.kk.regionUnknown", "casework.kk.issueDateUnreadable");
    }
}
