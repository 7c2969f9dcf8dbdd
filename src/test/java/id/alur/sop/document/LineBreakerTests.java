package id.alur.sop.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class LineBreakerTests {

    /** One point per character keeps the expectations readable. */
    static final ToDoubleFunction<String> CHARS = String::length;

    @Test
    void breaksAtSpacesSoThatNoLineIsWiderThanTheColumn() {
        List<String> lines = LineBreaker.lines("Menerima permohonan dari masyarakat", 12, CHARS);

        assertThat(lines).containsExactly("Menerima", "permohonan", "dari", "masyarakat");
    }

    @Test
    void fillsLinesGreedily() {
        List<String> lines = LineBreaker.lines("a b c d e f", 5, CHARS);

        assertThat(lines).containsExactly("a b c", "d e f");
    }

    @Test
    void splitsAWordWiderThanTheColumn() {
        List<String> lines = LineBreaker.lines("No 460/38/DINSOS-2024/PELAYANAN ok", 10, CHARS);

        assertThat(lines).containsExactly("No", "460/38/DIN", "SOS-2024/P", "ELAYANAN", "ok");
    }

    @Test
    void keepsTheLineBreaksOfTheText() {
        assertThat(LineBreaker.lines("satu\ndua tiga", 40, CHARS)).containsExactly("satu", "dua tiga");
    }

    @Test
    void givesNoLinesForBlankText() {
        assertThat(LineBreaker.lines("  ", 10, CHARS)).isEmpty();
        assertThat(LineBreaker.lines(null, 10, CHARS)).isEmpty();
    }

    @Test
    void neverLosesOrReordersTextAndNeverOverflows() {
        var random = new Random(35_2012);
        for (int run = 0; run < 500; run++) {
            var text = new StringBuilder();
            int words = 1 + random.nextInt(30);
            for (int w = 0; w < words; w++) {
                text.append("x".repeat(1 + random.nextInt(25)))
                        .append(random.nextInt(9))
                        .append(' ');
            }
            int width = 3 + random.nextInt(20);

            List<String> lines = LineBreaker.lines(text.toString(), width, CHARS);

            assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(width));
            assertThat(String.join("", lines).replace(" ", ""))
                    .isEqualTo(text.toString().replace(" ", ""));
        }
    }
}
