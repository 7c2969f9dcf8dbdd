package id.alur.casework;

import static org.assertj.core.api.Assertions.assertThat;

import id.alur.sop.SopFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who sees the applicant's phone number whole (issue 15): the lanes that contact the applicant, the front desk and
 * the lane handing over the result; every other lane sees the operator prefix and the last three digits.
 */
class NikDisclosureTests {

    @Test
    void theFrontDeskOfSeed000SeesThePhoneAndTheCheckingAndSigningLanesDoNot() {
        var sop = SopFormat.seed("dinsosppkb-rembang");

        assertThat(NikDisclosure.phoneWhole(sop, Set.of("petugas-pelayanan"))).isTrue();
        assertThat(NikDisclosure.phoneWhole(sop, Set.of("kasi-rehabsos"))).isFalse();
        assertThat(NikDisclosure.phoneWhole(sop, Set.of("kepala-dinas"))).isFalse();
        // The kasi checks the papers, so sees the NIK whole, but does not call the applicant.
        assertThat(NikDisclosure.full(sop, Set.of("kasi-rehabsos"))).isTrue();
    }

    @Test
    void theLaneHandingTheVerificationSheetToTheApplicantOfSeed004SeesThePhone() {
        var sop = SopFormat.seed("dinkes-belitung");

        // Seed 004 row 6: Staf Yankes hands the applicant the Lembar Verifikasi (row 7, the applicant's lane).
        assertThat(Services.handingOverLanes(sop)).contains("staf-yankes");
        assertThat(NikDisclosure.phoneWhole(sop, Set.of("staf-yankes"))).isTrue();
        assertThat(NikDisclosure.phoneWhole(sop, Set.of("kasi-yankes-rujukan", "kabid-yankes")))
                .isFalse();
    }

    @Test
    void masksAPhoneNumberKeepingTheOperatorPrefixAndTheLastThreeDigits() {
        assertThat(ApplicantView.maskPhone("081234567890")).isEqualTo("0812•••••890");
        assertThat(ApplicantView.maskPhone("+6281234567890")).isEqualTo("+628•••••••890");
        assertThat(ApplicantView.maskPhone("0812345")).isEqualTo("••••");
        assertThat(ApplicantView.maskPhone(null)).isEqualTo("••••");
    }
}
