package id.alur.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The real application jar as a child process, as an operator starts it ({@code java -jar target/alur.jar}, no JVM
 * options) against the bench's PostgreSQL through {@code SPRING_DATASOURCE_URL}: time until /actuator/health says UP,
 * and the resident set size read from {@code /proc/<pid>/status}.
 */
final class JarProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    final Path log;

    private JarProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static JarProcess start(Path jar, String jdbcUrl) throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createTempFile("alur-bench-jar", ".log");
        var builder = new ProcessBuilder(command(jar, port, false));
        builder.environment().put("SPRING_DATASOURCE_URL", jdbcUrl);
        builder.environment().put("SPRING_DATASOURCE_USERNAME", "postgres");
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", "");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return new JarProcess(builder.start(), port, log);
    }

    /**
     * The command that starts the jar. {@code launcher}: the production launcher {@code bin/alur} (docs/production.md)
     * with this JVM as {@code JAVA_HOME}; its first start of a jar unpacks it and makes a training start (tens of
     * seconds), so start it once and measure the next start, the everyday restart. Otherwise plain
     * {@code java -jar <jar>} without JVM options, as the jar is started when nobody reads the documentation.
     */
    static List<String> command(Path jar, int port, boolean launcher) {
        Path javaHome = Path.of(System.getProperty("java.home"));
        if (launcher) {
            return List.of(
                    "env",
                    "JAVA_HOME=" + javaHome,
                    "ALUR_JAR=" + jar.toAbsolutePath(),
                    Path.of("bin", "alur").toAbsolutePath().toString(),
                    "--server.port=" + port);
        }
        return List.of(javaHome.resolve("bin/java").toString(), "-jar", jar.toString(), "--server.port=" + port);
    }

    /** Polls the health endpoint every 20 ms; the time from the process start until it answers UP. */
    Duration awaitReady(Duration timeout) throws InterruptedException {
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2))
                .build();
        var started = process.info().startInstant().orElseThrow();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the jar exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return Duration.between(started, java.time.Instant.now());
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the jar was not ready within " + timeout + "; see " + log);
    }

    /** VmRSS of the process, in MiB. */
    double rssMiB() throws IOException {
        return rssMiB(process.pid());
    }

    static double rssMiB(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        // a failed start has quoted the log's tail by now
        log.toFile().delete();
    }
}
