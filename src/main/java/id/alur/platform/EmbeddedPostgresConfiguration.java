package id.alur.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts a real PostgreSQL server from Maven Central binaries when no external database is configured, so a
 * fresh machine needs nothing installed (DESIGN.md §4). Setting {@code SPRING_DATASOURCE_URL} switches this off.
 * {@link EmbeddedServer} keeps the server from outliving the application and starts it again when it dies.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDatasourceUrl.class)
@EnableConfigurationProperties(DatabaseSettings.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    /**
     * One server per JVM and directory: the test suite builds several Spring contexts and they must share a
     * server rather than start one each; it stops once the last context has closed.
     */
    private static final ConcurrentMap<String, EmbeddedServer> SERVERS = new ConcurrentHashMap<>();

    @Bean
    DataSource dataSource(
            DatabaseSettings settings,
            @Value("${spring.datasource.hikari.connection-timeout:5000}") long connectionTimeoutMillis) {
        EmbeddedServer server = SERVERS.computeIfAbsent(
                settings.ephemeral()
                        ? "ephemeral"
                        : settings.dataDirectory().toAbsolutePath().toString(),
                key -> {
                    EmbeddedServer started = EmbeddedServer.start(settings);
                    // After every Spring context has closed: beans such as the event publication registry still
                    // use the database while they are destroyed, and a plain JVM hook would stop the server under
                    // them.
                    SpringApplication.getShutdownHandlers().add(started::close);
                    return started;
                });
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setPoolName("alur-embedded");
        dataSource.setMaximumPoolSize(20);
        // as for an external server (application.properties): no request hangs 30 s when PostgreSQL is gone
        dataSource.setConnectionTimeout(connectionTimeoutMillis);
        if (settings.ephemeral()) {
            // The test suite keeps up to 32 Spring contexts cached on this one server; a pool that holds its 20
            // connections idle in each would exhaust max_connections ("too many clients already") at ten contexts.
            dataSource.setMinimumIdle(2);
            dataSource.setIdleTimeout(10_000);
        }
        return dataSource;
    }

    static EmbeddedPostgres start(DatabaseSettings settings) {
        try {
            EmbeddedPostgres.Builder builder =
                    EmbeddedPostgres.builder().setPort(settings.port()).setRegisterShutdownHook(false);
            if (settings.ephemeral()) {
                builder.setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off");
            } else {
                Path directory = settings.dataDirectory().toAbsolutePath();
                Files.createDirectories(directory);
                EmbeddedServer.stopLeftover(directory);
                builder.setDataDirectory(directory)
                        .setCleanDataDirectory(false)
                        // Durable like a production server: the embedded library's test defaults trade safety for
                        // speed.
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            // Ephemeral servers serve every cached Spring context of a test run at once (see dataSource).
            builder.setServerConfig("max_connections", settings.ephemeral() ? "400" : "200");
            EmbeddedPostgres server = builder.start();
            log.info(
                    "Embedded PostgreSQL started on port {} ({})",
                    server.getPort(),
                    settings.ephemeral()
                            ? "ephemeral"
                            : settings.dataDirectory().toAbsolutePath());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
        }
    }

    static void close(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return DatabaseSettings.embeddedIn(context.getEnvironment());
        }
    }
}
