package id.alur.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.PropertyResolver;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the embedded PostgreSQL server that starts when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the server keeps its files; survives restarts unless {@code ephemeral}
 * @param port the TCP port on loopback, 0 for any free port
 * @param ephemeral a throw-away server for tests: temporary directory, fsync off
 */
@Validated
@ConfigurationProperties("alur.database.embedded")
public record DatabaseSettings(
        @DefaultValue("data/postgres") Path dataDirectory, int port, boolean ephemeral) {

    public DatabaseSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("alur.database.embedded.port must be 0..65535, was " + port);
        }
    }

    /** @return whether the embedded server is the database: no {@code spring.datasource.url} is configured */
    public static boolean embeddedIn(PropertyResolver environment) {
        String url = environment.getProperty("spring.datasource.url");
        return url == null || url.isBlank();
    }

    /**
     * @return whether this is the embedded demo: the embedded database with its demo data ({@code alur.demo.enabled}
     *     unset or true); only there may settings such as the public address fall back to localhost
     */
    public static boolean embeddedDemo(PropertyResolver environment) {
        return embeddedIn(environment) && environment.getProperty("alur.demo.enabled", Boolean.class, true);
    }
}
