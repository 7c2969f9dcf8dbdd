package id.alur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash needs no hand (issue 14 item 5), with the real jar on a real data directory: {@code kill -9} of the
 * application leaves no PostgreSQL behind (its watchdog stops the server); a server left behind anyway (the watchdog
 * killed too) is taken over by the next start; a PostgreSQL killed under the running application is started again,
 * health saying DOWN meanwhile and every health answer within 2 s. Runs after {@code package} (failsafe, in
 * {@code ./mvnw verify}), because it needs {@code target/alur.jar}; three starts without demo data, about a minute.
 */
@Tag("slow")
class CrashRecoveryIntegrationTests {

    static final Duration HEALTH_ANSWER = Duration.ofSeconds(2);

    @TempDir
    Path work;

    @Test
    void killedAppOrDatabaseComesBackOnTheSameDataDirectoryByItself() throws Exception {
        Path jar = Path.of("target", "alur.jar");
        assertThat(jar).as("the crash test runs after ./mvnw package").exists();
        Path data = work.resolve("postgres");

        // 1. kill -9 of the application and of its watchdog: the server is left running, as without the watchdog
        App first = App.start(jar, data, work);
        first.awaitUp();
        long leftover = postmaster(data);
        first.process
                .descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("alur-postgres-watchdog"))
                .forEach(ProcessHandle::destroyForcibly);
        first.kill();
        Thread.sleep(2_000);
        assertThat(running(leftover)).as("PostgreSQL left behind").isTrue();

        // 2. the next start on the same directory takes the leftover server over
        App second = App.start(jar, data, work);
        try {
            second.awaitUp();
            assertThat(second.output()).contains("outlived the Alur that started it");
            assertThat(running(leftover)).as("the leftover PostgreSQL").isFalse();

            // 3. PostgreSQL killed under the running application: DOWN, every answer within 2 s, then UP again
            long killed = postmaster(data);
            ProcessHandle.of(killed).orElseThrow().destroyForcibly();
            second.awaitUp();
            // logged once the restarted server is back, which health may see a moment before the line is written
            await().atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> second.output().contains("Embedded PostgreSQL is running again"));
            assertThat(second.sawDown)
                    .as("health said DOWN while the database was gone")
                    .isTrue();
            assertThat(postmaster(data)).isNotEqualTo(killed);

            // 4. kill -9 of the application alone: its watchdog stops the server
            long server = postmaster(data);
            second.kill();
            await().atMost(Duration.ofSeconds(15))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> !running(server));
        } finally {
            second.kill();
        }

        // 5. and a restart on the same directory just works
        App third = App.start(jar, data, work);
        try {
            third.awaitUp();
            assertThat(third.output()).doesNotContain("outlived the Alur that started it");
        } finally {
            third.stop();
        }
    }

    /** Alive and not a zombie (an orphan's parent may reap it late). */
    static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException e) {
            return false;
        }
    }

    static long postmaster(Path data) throws IOException {
        return Long.parseLong(
                Files.readAllLines(data.resolve("postmaster.pid")).getFirst().strip());
    }

    static final class App {

        final Process process;
        final int port;
        final Path log;
        final HttpClient client = HttpClient.newHttpClient();
        boolean sawDown;

        private App(Process process, int port, Path log) {
            this.process = process;
            this.port = port;
            this.log = log;
        }

        static App start(Path jar, Path data, Path work) throws IOException {
            int port;
            try (var socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path log = Files.createTempFile(work, "alur", ".log");
            var builder = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx384m",
                            "-XX:TieredStopAtLevel=1",
                            "-jar",
                            jar.toAbsolutePath().toString(),
                            "--server.port=" + port,
                            "--alur.database.embedded.data-directory=" + data,
                            "--alur.demo.enabled=false")
                    .directory(work.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("ALUR_"));
            return new App(builder.start(), port, log);
        }

        /** Waits for health UP; every answer must come within 2 s (a refused connection while starting aside). */
        void awaitUp() throws IOException {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .timeout(HEALTH_ANSWER)
                    .build();
            try {
                await().atMost(Duration.ofMinutes(3))
                        .pollInterval(Duration.ofMillis(200))
                        .ignoreExceptionsInstanceOf(java.net.ConnectException.class)
                        .failFast(
                                "the application stopped",
                                () -> assertThat(process.isAlive())
                                        .as("the application is running; its output:%n%s", output())
                                        .isTrue())
                        .until(() -> {
                            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                            if (response.body().contains("\"DOWN\"")) {
                                sawDown = true;
                            }
                            return response.statusCode() == 200
                                    && response.body().contains("\"UP\"");
                        });
            } catch (ConditionTimeoutException e) {
                throw new AssertionError("not UP within 3 minutes; the application's output:\n" + output(), e);
            }
        }

        String output() throws IOException {
            return Files.readString(log);
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
