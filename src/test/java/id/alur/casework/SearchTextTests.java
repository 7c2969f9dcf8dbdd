package id.alur.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the one search box was given, and the word of a name the search looks up first. */
class SearchTextTests {

    @Test
    void looksUpTheLastWordOfANameOfSeveralWordsFirst() {
        assertThat(SearchText.of("MOHON 543210").lastWordPattern()).contains("%543210%");
        assertThat(SearchText.of("Siti Aminah").lastWordPattern()).contains("%Aminah%");
        assertThat(SearchText.of("  SÉPTIANA   nur ").lastWordPattern()).contains("%nur%");
        assertThat(SearchText.of("ani rahayu wa").lastWordPattern()).contains("%rahayu%");
    }

    @Test
    void looksUpANameOfOneWordOrWithoutALaterWordOfThreeCharactersAsAWhole() {
        assertThat(SearchText.of("septi").lastWordPattern()).isEmpty();
        assertThat(SearchText.of("siti ab").lastWordPattern()).isEmpty();
        assertThat(SearchText.of("ALR-2025-00A1B2").lastWordPattern()).isEmpty();
        assertThat(SearchText.of("12345678").lastWordPattern()).isEmpty();
    }

    @Test
    void takesTheWordsWildcardsLiterally() {
        assertThat(SearchText.of("nur 50%_x").lastWordPattern()).contains("%50\\%\\_x%");
        assertThat(SearchText.of("nur 50%_x").containsPattern()).isEqualTo("%nur 50\\%\\_x%");
    }
}
