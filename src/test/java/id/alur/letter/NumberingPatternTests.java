package id.alur.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NumberingPatternTests {

    @Test
    void writesTheNumberOfSeed001() {
        assertThat(NumberingPattern.parse("460/{seq}/DINSOS-{yyyy}").format(38, 2024, 1, null, null))
                .isEqualTo("460/38/DINSOS-2024");
    }

    @Test
    void writesTheNumberOfSeed003WithPadding() {
        assertThat(NumberingPattern.parse("{seq:000}/DS/KU/{yyyy}").format(11, 2025, 2, null, null))
                .isEqualTo("011/DS/KU/2025");
        assertThat(NumberingPattern.parse("{seq:000}/DS/KU/{yyyy}").format(1234, 2025, 2, null, null))
                .isEqualTo("1234/DS/KU/2025");
    }

    @Test
    void writesTheNumberOfSeed002WithTheMonth() {
        assertThat(NumberingPattern.parse("B-{seq}/Kk.09.1/1/OT.01.3/{mm}/{yyyy}")
                        .format(7, 2020, 8, null, null))
                .isEqualTo("B-7/Kk.09.1/1/OT.01.3/08/2020");
    }

    @Test
    void writesClassificationUnitRomanMonthAndShortForms() {
        var pattern = NumberingPattern.parse("{class}/{seq:0000}/{unit}/{mm:roman}/{m}/{yy}");
        assertThat(pattern.format(5, 2026, 12, "400.7", "LINJAMSOS")).isEqualTo("400.7/0005/LINJAMSOS/XII/12/26");
        assertThat(pattern.usesClassificationCode()).isTrue();
        assertThat(pattern.usesUnitCode()).isTrue();
        assertThat(NumberingPattern.parse("{seq}/{yyyy}").usesClassificationCode())
                .isFalse();
    }

    @Test
    void writesEveryMonthInRomanNumerals() {
        var pattern = NumberingPattern.parse("{seq}/{mm:roman}/{yyyy}");
        String[] expected = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
        for (int month = 1; month <= 12; month++) {
            assertThat(pattern.format(1, 2025, month, null, null)).isEqualTo("1/" + expected[month - 1] + "/2025");
        }
    }

    @Test
    void refusesAnUnknownTokenNamingIt() {
        assertThatThrownBy(() -> NumberingPattern.parse("460/{seq}/{dinas}-{yyyy}"))
                .isInstanceOfSatisfying(InvalidLetterInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("pattern");
                    assertThat(e.messageKey()).isEqualTo("letter.pattern.unknown-token");
                    assertThat(e.arguments()).containsExactly("{dinas}");
                });
    }

    @Test
    void refusesAPatternWithoutSequence() {
        assertThatThrownBy(() -> NumberingPattern.parse("460/DINSOS-{yyyy}"))
                .isInstanceOfSatisfying(
                        InvalidLetterInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("letter.pattern.no-sequence"));
    }

    @Test
    void refusesAPatternWithoutYear() {
        assertThatThrownBy(() -> NumberingPattern.parse("460/{seq}/DINSOS"))
                .isInstanceOfSatisfying(
                        InvalidLetterInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("letter.pattern.no-year"));
    }

    @Test
    void refusesBrokenBracesBadPaddingAndRepeatedSequence() {
        assertKey("460/{seq/{yyyy}", "letter.pattern.unclosed-brace");
        assertKey("460/{seq}/{yyyy", "letter.pattern.unclosed-brace");
        assertKey("460/seq}/{yyyy}", "letter.pattern.unopened-brace");
        assertKey("{seq:00x}/{yyyy}", "letter.pattern.bad-padding");
        assertKey("{seq:}/{yyyy}", "letter.pattern.bad-padding");
        assertKey("{seq}/{seq}/{yyyy}", "letter.pattern.repeated-sequence");
        assertKey("  ", "letter.pattern.blank");
        assertKey("{seq}/{yyyy}/" + "x".repeat(200), "letter.pattern.too-long");
        assertKey("{seq}\n{yyyy}", "letter.pattern.control-character");
    }

    @Test
    void keepsLiteralTextExactlyAndPadsOnlyToTheGivenWidth() {
        var random = new Random(20250201L);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz0123456789./-_ ";
        for (int run = 0; run < 500; run++) {
            String prefix = randomText(random, alphabet);
            String suffix = randomText(random, alphabet);
            int width = 1 + random.nextInt(6);
            int sequence = 1 + random.nextInt(1_000_000);
            int year = 2000 + random.nextInt(100);
            var pattern = NumberingPattern.parse(prefix + "{seq:" + "0".repeat(width) + "}" + suffix + "{yyyy}");
            String number = pattern.format(sequence, year, 1 + random.nextInt(12), null, null);
            String digits = number.substring(prefix.length(), number.length() - suffix.length() - 4);
            assertThat(number).startsWith(prefix).endsWith(suffix + year);
            assertThat(Integer.parseInt(digits)).isEqualTo(sequence);
            assertThat(digits)
                    .hasSize(Math.max(width, Integer.toString(sequence).length()));
        }
    }

    private static String randomText(Random random, String alphabet) {
        var out = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    private static void assertKey(String pattern, String key) {
        assertThatThrownBy(() -> NumberingPattern.parse(pattern))
                .as(pattern)
                .isInstanceOfSatisfying(
                        InvalidLetterInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
