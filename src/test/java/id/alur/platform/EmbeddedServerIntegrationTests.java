package id.alur.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedded PostgreSQL that dies under the running application is started again on its port and directory, its data
 * intact (issue 14 item 5); the application's own crash and restart are {@code CrashRecoveryIntegrationTests}'.
 */
class EmbeddedServerIntegrationTests {

    @TempDir
    Path dataDirectory;

    @Test
    void startsAKilledServerAgainOnTheSamePortWithItsData() throws Exception {
        try (var server = EmbeddedServer.start(new DatabaseSettings(dataDirectory, 0, false))) {
            String url = server.jdbcUrl();
            try (var connection = DriverManager.getConnection(url, "postgres", "");
                    var statement = connection.createStatement()) {
                statement.execute("create table survivor (name text)");
                statement.execute("insert into survivor values ('Kartu Indonesia Sehat')");
            }
            long killed = server.postmaster();

            ProcessHandle.of(killed).orElseThrow().destroyForcibly(); // kill -9

            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> server.postmaster() != killed && server.alive());
            assertThat(server.jdbcUrl()).isEqualTo(url);
            try (var connection = DriverManager.getConnection(url, "postgres", "");
                    var statement = connection.createStatement();
                    var rows = statement.executeQuery("select name from survivor")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("Kartu Indonesia Sehat");
            }
        }
        assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void removesAPostmasterPidNamingAProcessThatIsNotPostgresql() throws Exception {
        // this JVM's own pid: alive, and not PostgreSQL, as a pid reused after a crash
        Files.writeString(
                dataDirectory.resolve("postmaster.pid"),
                ProcessHandle.current().pid() + "\n" + dataDirectory + "\n1700000000\n5432\n");

        EmbeddedServer.stopLeftover(dataDirectory);

        assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
    }
}
