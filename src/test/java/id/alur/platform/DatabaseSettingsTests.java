package id.alur.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * Which database Alur runs on, and whether it is the embedded demo: the one place letter's verification address and
 * notification's mail links ask before falling back to localhost (issue 14 item 8).
 */
class DatabaseSettingsTests {

    @Test
    void theEmbeddedServerIsTheDatabaseWhenNoDatasourceUrlIsSet() {
        assertThat(DatabaseSettings.embeddedIn(new MockEnvironment())).isTrue();
        assertThat(DatabaseSettings.embeddedIn(new MockEnvironment().withProperty("spring.datasource.url", " ")))
                .isTrue();
        assertThat(DatabaseSettings.embeddedIn(
                        new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/alur")))
                .isFalse();
    }

    @Test
    void theEmbeddedDemoIsTheEmbeddedDatabaseWithItsDemoData() {
        assertThat(DatabaseSettings.embeddedDemo(new MockEnvironment())).isTrue();
        assertThat(DatabaseSettings.embeddedDemo(new MockEnvironment().withProperty("alur.demo.enabled", "false")))
                .isFalse();
        assertThat(DatabaseSettings.embeddedDemo(new MockEnvironment()
                        .withProperty("spring.datasource.url", "jdbc:postgresql://db.example/alur")
                        .withProperty("alur.demo.enabled", "true")))
                .isFalse();
    }
}
