package id.alur.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OfficeRulesTests {

    @Test
    void acceptsANipOfBirthDateAppointmentMonthSexAndSerial() {
        assertThat(UserAccounts.validNip("196810201996032002")).isTrue();
        assertThat(UserAccounts.validNip("197208221997031008")).isTrue();
    }

    @Test
    void rejectsANipWithAnImpossibleDateAWrongSexDigitOrTheWrongLength() {
        assertThat(UserAccounts.validNip("196802301996032002"))
                .as("30 February")
                .isFalse();
        assertThat(UserAccounts.validNip("196810201996132002")).as("month 13").isFalse();
        assertThat(UserAccounts.validNip("196810201996033002")).as("sex 3").isFalse();
        assertThat(UserAccounts.validNip("19681020199603200")).as("17 digits").isFalse();
        assertThat(UserAccounts.validNip("19681020 199603 2 002")).as("spaces").isFalse();
    }

    @Test
    void aDelegationEndedEarlyHoldsUntilTheDayBefore() {
        LocalDate start = LocalDate.of(2026, 3, 2);
        var planned = delegation(start, start.plusDays(4), null);
        var ended = delegation(start, start.plusDays(4), start.plusDays(2));
        var neverBegun = delegation(start, start.plusDays(4), start);

        assertThat(planned.validOn(start.minusDays(1))).isFalse();
        assertThat(planned.validOn(start)).isTrue();
        assertThat(planned.validOn(start.plusDays(4))).isTrue();
        assertThat(planned.validOn(start.plusDays(5))).isFalse();
        assertThat(ended.validOn(start.plusDays(1))).isTrue();
        assertThat(ended.validOn(start.plusDays(2))).isFalse();
        assertThat(ended.lastDay()).isEqualTo(start.plusDays(1));
        assertThat(neverBegun.validOn(start)).isFalse();
        assertThat(planned.endableOn(start.plusDays(4))).isTrue();
        assertThat(planned.endableOn(start.plusDays(5))).isFalse();
        assertThat(ended.endableOn(start)).isFalse();
    }

    @Test
    void hashesTokensWithSha256AndIssuesDistinctOnes() {
        assertThat(ApiTokens.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        String one = ApiTokens.newToken();
        String two = ApiTokens.newToken();
        assertThat(one).startsWith("alur_").hasSize(5 + 43).isNotEqualTo(two);
    }

    @Test
    void labelsDelegationKindsAsWrittenInLetters() {
        assertThat(DelegationKind.PLH.label()).isEqualTo("Plh");
        assertThat(DelegationKind.PLT.label()).isEqualTo("Plt");
    }

    private static DelegationView delegation(LocalDate startsOn, LocalDate endsOn, LocalDate endedOn) {
        return new DelegationView(
                new DelegationId(1),
                "kantor",
                "kepala",
                "Kepala",
                "a",
                "A",
                "b",
                "B",
                DelegationKind.PLH,
                startsOn,
                endsOn,
                endedOn,
                "Cuti",
                0);
    }
}
