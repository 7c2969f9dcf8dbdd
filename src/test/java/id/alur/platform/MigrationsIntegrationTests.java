package id.alur.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schema migrations as the application runs them (its {@code application.properties}), on databases of their own:
 * Flyway versions are per module (docs/decisions.md), so a module's new migration is lower than what a database
 * already has and must still apply.
 */
class MigrationsIntegrationTests {

    private static EmbeddedPostgres server;

    @TempDir
    Path directory;

    @BeforeAll
    static void startServer() {
        server = EmbeddedPostgresConfiguration.start(new DatabaseSettings(Path.of("unused"), 0, true));
    }

    @AfterAll
    static void stopServer() {
        EmbeddedPostgresConfiguration.close(server);
    }

    @Test
    void appliesANewLowerModuleMigrationToADatabaseAtTheHead() {
        String url = database("at_head");
        migrate(url, "classpath:db/migration");

        migrate(url, "classpath:db/migration,classpath:db/out-of-order-probe");

        JdbcClient jdbc = jdbc(url);
        assertThat(jdbc.sql("select success from flyway_schema_history where version = '1.999'")
                        .query(Boolean.class)
                        .list())
                .containsExactly(true);
        assertThat(jdbc.sql("select count(*) from out_of_order_probe")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void addsPlatformsShedLockMigrationToADatabaseWhoseLockTableCameWithTheWorkflowMigration() throws Exception {
        String url = database("before_platform_shedlock");
        Path before = Files.createDirectories(directory.resolve("before"));
        Path migrations = new ClassPathResource("db/migration").getFile().toPath();
        try (Stream<Path> files = Files.list(migrations)) {
            for (Path file : files.toList()) {
                if (!file.getFileName().toString().startsWith("V1_2__")) {
                    Files.copy(file, before.resolve(file.getFileName()));
                }
            }
        }
        migrate(url, "filesystem:" + before);
        JdbcClient jdbc = jdbc(url);
        jdbc.sql("insert into shedlock values ('workflow-overdue-scan', now(), now(), 'node-a')")
                .update();

        migrate(url, "classpath:db/migration");

        assertThat(jdbc.sql("select success from flyway_schema_history where version = '1.2'")
                        .query(Boolean.class)
                        .list())
                .containsExactly(true);
        assertThat(jdbc.sql("select locked_by from shedlock")
                        .query(String.class)
                        .list())
                .containsExactly("node-a");
    }

    @Test
    void createsTheShedLockTableOnAFreshDatabaseBeforeTheWorkflowMigration() {
        String url = database("fresh");

        migrate(url, "classpath:db/migration");

        List<String> order = jdbc(url)
                .sql("select version from flyway_schema_history where version in ('1.2', '5.0')"
                        + " order by installed_rank")
                .query(String.class)
                .list();
        assertThat(order).containsExactly("1.2", "5.0");
        assertThat(jdbc(url)
                        .sql("select count(*) from shedlock")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private static String database(String name) {
        jdbc(server.getJdbcUrl("postgres", "postgres"))
                .sql("create database " + name)
                .update();
        return server.getJdbcUrl("postgres", name);
    }

    private static JdbcClient jdbc(String url) {
        var dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        return JdbcClient.create(dataSource);
    }

    private static void migrate(String url, String locations) {
        new ApplicationContextRunner()
                .withInitializer(new ConfigDataApplicationContextInitializer())
                .withConfiguration(
                        AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class))
                .withPropertyValues(
                        "spring.datasource.url=" + url,
                        "spring.datasource.username=postgres",
                        "spring.flyway.locations=" + locations)
                .run(context -> assertThat(context).hasNotFailed());
    }
}
