package id.alur.casework;

import static org.assertj.core.api.Assertions.assertThat;

import id.alur.platform.InputProblem;
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
                .containsExactly(InputProblem.ofField("familyCardNumber", "casework.kk.length", 14));
        assertThat(FamilyCardNumber.check("familyCardNumber", "33170112031500AB", regions)
                        .errors())
                .containsExactly(InputProblem.ofField("familyCardNumber", "casework.kk.digitsOnly"));
        assertThat(FamilyCardNumber.check("familyCardNumber", "", regions).errors())
                .containsExactly(InputProblem.ofField("familyCardNumber", "casework.kk.required"));
    }

    @Test
    void warnsOnUnknownRegionAndUnreadableIssueDate() {
        var check = FamilyCardNumber.check("familyCardNumber", "9999013502150007", regions);

        assertThat(check.errors()).isEmpty();
        assertThat(check.warnings())
                .extracting(InputProblem::messageKey)
                .containsExactly("casework.kk.regionUnknown", "casework.kk.issueDateUnreadable");
    }
}
