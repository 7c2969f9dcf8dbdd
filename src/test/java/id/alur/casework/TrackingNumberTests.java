package id.alur.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TrackingNumberTests {

    @Test
    void hasThePrefixTheYearAndSixUnambiguousCharacters() {
        var random = new Random(7);
        for (int i = 0; i < 1_000; i++) {
            String value = TrackingNumber.generate(2026, random).value();

            assertThat(value).matches("ALR-2026-[0-9A-Z]{6}").doesNotContainAnyWhitespaces();
            assertThat(value.substring(9)).doesNotContain("I", "L", "O", "U");
        }
    }

    @Test
    void rarelyRepeatsInAYearsWorth() {
        var random = new Random(42);
        var seen = new HashSet<String>();
        int repeats = 0;
        for (int i = 0; i < 100_000; i++) {
            if (!seen.add(TrackingNumber.generate(2026, random).value())) {
                repeats++;
            }
        }
        // 10^5 draws from 32^6 ≈ 1.07 * 10^9: the birthday bound expects about 4.7 repeats; the store retries them.
        assertThat(repeats).isLessThan(20);
    }

    @Test
    void readsWhatAPersonTypes() {
        assertThat(TrackingNumber.parse("alr-2026-7k3m9q"))
                .map(TrackingNumber::value)
                .contains("ALR-2026-7K3M9Q");
        assertThat(TrackingNumber.parse(" ALR 2026 7K3M9Q "))
                .map(TrackingNumber::value)
                .contains("ALR-2026-7K3M9Q");
        assertThat(TrackingNumber.parse("ALR2026OK3M1Q"))
                .map(TrackingNumber::value)
                .contains("ALR-2026-0K3M1Q");
        assertThat(TrackingNumber.parse("ALR-2026-IK3MLQ"))
                .map(TrackingNumber::value)
                .contains("ALR-2026-1K3M1Q");
    }

    @Test
    void readsNothingFromWhatCannotBeANumber() {
        assertThat(TrackingNumber.parse(null)).isEmpty();
        assertThat(TrackingNumber.parse("ALR-2026-7K3M9")).isEmpty();
        assertThat(TrackingNumber.parse("XYZ-2026-7K3M9Q")).isEmpty();
        assertThat(TrackingNumber.parse("ALR-2026-7K3M9U")).isEmpty();
        assertThat(TrackingNumber.parse("<script>")).isEmpty();
    }

    @Test
    void refusesToHoldAMalformedValue() {
        assertThatThrownBy(() -> new TrackingNumber("ALR-26-7K3M9Q")).isInstanceOf(IllegalArgumentException.class);
    }
}
