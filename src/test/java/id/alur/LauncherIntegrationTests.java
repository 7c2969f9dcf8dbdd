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
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production launcher {@code bin/alur} (docs/production.md) on a fresh installation, only a JDK: the jar copied
 * next to the script, an empty cache directory. The first start unpacks the jar and makes the training start that
 * writes the ahead-of-time cache; the second start uses it. Runs after {@code package} (failsafe, in
 * {@code ./mvnw verify}), because it needs {@code target/alur.jar}.
 */
@Tag("slow")
class LauncherIntegrationTests {

    @TempDir
    Path installation;

    @Test
    void firstStartBuildsTheCacheAndTheNextStartUsesIt() throws Exception {
        Path jar = Path.of("target", "alur.jar");
        assertThat(jar).as("the launcher test runs after ./mvnw package").exists();
        Path bin = Files.createDirectories(installation.resolve("bin"));
        Files.copy(Path.of("bin", "alur"), bin.resolve("alur"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.setPosixFilePermissions(bin.resolve("alur"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.copy(jar, installation.resolve("alur.jar"));
        Path cache = installation.resolve("cache");

        Started first = start(cache);
        try (first) {
            first.awaitUp();
            assertThat(first.output())
                    .contains("unpacking " + installation.resolve("alur.jar"))
                    .contains("training start");
        }
        boolean java25 = Runtime.version().feature() >= 25;
        try (Stream<Path> files = Files.walk(cache)) {
            List<String> names =
                    files.map(path -> path.getFileName().toString()).toList();
            assertThat(names).contains("alur.jar", java25 ? "alur.aot" : "alur.jsa");
        }

        Started second = start(cache);
        try (second) {
            second.awaitUp();
            assertThat(second.output()).doesNotContain("unpacking").doesNotContain("training start");
            assertThat(second.process.info().arguments().orElseThrow())
                    .contains("-Xms64m", "-Xmx512m")
                    .anyMatch(argument -> argument.startsWith(java25 ? "-XX:AOTCache=" : "-XX:SharedArchiveFile="));
        }
    }

    private Started start(Path cache) throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createTempFile(installation, "alur", ".log");
        var builder = new ProcessBuilder(
                        installation.resolve("bin/alur").toString(),
                        "--server.port=" + port,
                        "--alur.database.embedded.ephemeral=true")
                .directory(installation.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("ALUR_"));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("ALUR_CACHE_DIR", cache.toString());
        return new Started(builder.start(), port, log);
    }

    private record Started(Process process, int port, Path log) implements AutoCloseable {

        void awaitUp() throws IOException {
            var client = HttpClient.newHttpClient();
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(2))
                    .build();
            try {
                await().atMost(Duration.ofMinutes(5))
                        .pollInterval(Duration.ofMillis(200))
                        // not listening yet: unpacking, training or starting
                        .ignoreExceptionsInstanceOf(IOException.class)
                        .failFast(
                                "the launcher stopped",
                                () -> assertThat(process.isAlive())
                                        .as("the launcher is running; its output:%n%s", output())
                                        .isTrue())
                        .until(() -> {
                            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                            return response.statusCode() == 200
                                    && response.body().contains("\"UP\"");
                        });
            } catch (ConditionTimeoutException e) {
                throw new AssertionError("not UP within 5 minutes; the launcher's output:\n" + output(), e);
            }
        }

        String output() throws IOException {
            return Files.readString(log);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
