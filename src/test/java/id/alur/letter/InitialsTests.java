package id.alur.letter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InitialsTests {

    @Test
    void keepsOnlyTheFirstLetterOfEachName() {
        assertThat(Initials.of("Siti Aminah Harahap")).isEqualTo("S. A. H.");
        assertThat(Initials.of("BUDI")).isEqualTo("B.");
        assertThat(Initials.of("  ni   made  ayu ")).isEqualTo("N. M. A.");
    }

    @Test
    void leavesOutTitlesAfterACommaAndAbbreviationDots() {
        assertThat(Initials.of("Drs. H. Taufik, MM, M.Pd")).isEqualTo("D. H. T.");
        assertThat(Initials.of("Muh. Rizky")).isEqualTo("M. R.");
    }

    @Test
    void givesNothingForNoName() {
        assertThat(Initials.of(null)).isNull();
        assertThat(Initials.of(" ")).isNull();
    }
}
