package id.alur.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class EmbeddedPostgresConfigurationIntegrationTests {

    @TempDir
    Path dataDirectory;

    @Test
    void keepsDataAcrossARestartInItsDataDirectoryWithFsyncOn() throws Exception {
        var settings = new DatabaseSettings(dataDirectory, 0, false);

        EmbeddedPostgres first = EmbeddedPostgresConfiguration.start(settings);
        try (Connection connection = first.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create table survivor (name text)");
            statement.execute("insert into survivor values ('Kartu Indonesia Sehat')");
        } finally {
            EmbeddedPostgresConfiguration.close(first);
        }

        EmbeddedPostgres second = EmbeddedPostgresConfiguration.start(settings);
        try (Connection connection = second.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            var rows = statement.executeQuery("select name from survivor");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("Kartu Indonesia Sehat");
            assertThat(setting(statement, "fsync")).isEqualTo("on");
            assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
        } finally {
            EmbeddedPostgresConfiguration.close(second);
        }
    }

    @Test
    void startsNothingEmbeddedWhenAnExternalDatabaseIsConfigured() {
        new ApplicationContextRunner()
                .withUserConfiguration(EmbeddedPostgresConfiguration.class)
                .withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/alur")
                .run(context -> assertThat(context).doesNotHaveBean(DataSource.class));
    }

    @Test
    void keepsItsFilesInDataPostgresOfTheWorkingDirectoryByDefault() {
        new ApplicationContextRunner()
                .withUserConfiguration(Settings.class)
                .run(context -> assertThat(context.getBean(DatabaseSettings.class))
                        .isEqualTo(new DatabaseSettings(Path.of("data", "postgres"), 0, false)));
    }

    @EnableConfigurationProperties(DatabaseSettings.class)
    static class Settings {}

    private static String setting(Statement statement, String name) throws SQLException {
        var result = statement.executeQuery("show " + name);
        result.next();
        return result.getString(1);
    }
}
