package id.alur.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Where the letters' QR codes point: the configured public address; localhost only in the embedded demo. */
class VerificationUrlsTests {

    @Test
    void pointsToTheConfiguredPublicAddress() {
        var urls = new VerificationUrls("https://alur.dinsos.go.id/", false);

        assertThat(urls.configured()).isTrue();
        assertThat(urls.of("abc")).isEqualTo("https://alur.dinsos.go.id/publik/verifikasi/abc");
    }

    @Test
    void fallsBackToLocalhostOnlyInTheEmbeddedDemo() {
        assertThat(new VerificationUrls("", true).of("abc")).isEqualTo("http://localhost:8080/publik/verifikasi/abc");

        var unset = new VerificationUrls("", false);
        assertThat(unset.configured()).isFalse();
        assertThatThrownBy(() -> unset.of("abc"))
                .isInstanceOfSatisfying(
                        InvalidLetterInputException.class,
                        refused -> assertThat(refused.field()).isEqualTo("alur.public-base-url"));
        assertThat(unset.sample("CONTOH")).startsWith("http://localhost:8080/");
    }
}
