package id.alur.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LetterSettingTests {

    @Test
    void acceptsSeed003WhereTheNumberComesTwoStepsAfterTheSignature() {
        var setting = setting(8, 6, List.of(5), "{seq:000}/DS/KU/{yyyy}", null).validated();
        assertThat(setting.concerns(5)).isTrue();
        assertThat(setting.concerns(6)).isTrue();
        assertThat(setting.concerns(7)).isFalse();
        assertThat(setting.concerns(8)).isTrue();
    }

    @Test
    void sortsAndDeduplicatesParafSteps() {
        assertThat(setting(6, 6, List.of(5, 4, 5), "{seq}/{yyyy}", null).parafSteps())
                .containsExactly(4, 5);
    }

    @Test
    void refusesAParafAtOrAfterTheSignature() {
        assertField(setting(6, 6, List.of(6), "{seq}/{yyyy}", null), "parafSteps");
        assertField(setting(8, 6, List.of(7), "{seq}/{yyyy}", null), "parafSteps");
    }

    @Test
    void refusesASignatureAfterTheNumberAndStepsBelowOne() {
        assertField(setting(5, 6, List.of(), "{seq}/{yyyy}", null), "signStep");
        assertField(setting(0, 0, List.of(), "{seq}/{yyyy}", null), "issueStep");
    }

    @Test
    void requiresTheCodesThePatternUsesAndKeepsBracesOutOfThem() {
        assertField(setting(4, 4, List.of(), "{class}/{seq}/{yyyy}", null), "classificationCode");
        assertField(setting(4, 4, List.of(), "{class}/{seq}/{yyyy}", "46{0}"), "classificationCode");
        assertThat(setting(4, 4, List.of(), "{class}/{seq}/{yyyy}", "460")
                        .validated()
                        .classificationCode())
                .isEqualTo("460");
    }

    @Test
    void allowsASettingForEverySopOnlyForTheTandaTerima() {
        var receipt = LetterSetting.officeReceipt("dinsos-baru").validated();
        assertThat(receipt.sopCode()).isEqualTo(LetterSetting.EVERY_SOP);
        var letter = setting(4, 4, List.of(), "{seq}/{yyyy}", null);
        var everySopLetter = new LetterSetting(
                null,
                letter.officeCode(),
                LetterSetting.EVERY_SOP,
                LetterKind.SURAT_PENGANTAR,
                4,
                4,
                List.of(),
                letter.pattern(),
                null,
                null,
                null,
                null,
                null,
                0);
        assertField(everySopLetter, "sopCode");
    }

    @Test
    void anSopsOwnSettingOfAKindWinsOverTheOnesForEverySop() {
        var everySop = LetterSetting.officeReceipt("dinsos-kaltara");
        var own = setting(4, 4, List.of(), "{seq}/{yyyy}", null);
        assertThat(LetterSetting.inForce(List.of(everySop, own), "kis-rekomendasi-berobat"))
                .containsExactly(own, everySop);
        assertThat(LetterSetting.inForce(List.of(everySop, own), "sop-lain")).containsExactly(everySop);
        var ownReceipt = new LetterSetting(
                null,
                "dinsos-kaltara",
                "kis-rekomendasi-berobat",
                LetterKind.TANDA_TERIMA,
                1,
                1,
                List.of(),
                own.pattern(),
                null,
                null,
                null,
                null,
                null,
                0);
        assertThat(LetterSetting.inForce(List.of(everySop, ownReceipt), "kis-rekomendasi-berobat"))
                .containsExactly(ownReceipt);
    }

    private static void assertField(LetterSetting setting, String field) {
        assertThatThrownBy(setting::validated)
                .isInstanceOfSatisfying(
                        InvalidLetterInputException.class,
                        e -> assertThat(e.field()).isEqualTo(field));
    }

    private static LetterSetting setting(
            int issue, int sign, List<Integer> paraf, String pattern, String classificationCode) {
        return new LetterSetting(
                null,
                "dinsos-kaltara",
                "kis-rekomendasi-berobat",
                LetterKind.SURAT_REKOMENDASI_BEROBAT,
                issue,
                sign,
                paraf,
                NumberingPattern.parse(pattern),
                classificationCode,
                null,
                null,
                null,
                null,
                0);
    }
}
