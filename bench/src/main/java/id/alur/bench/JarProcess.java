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

    /**
     * Starts the jar on a free port.
     *
     * @param launcher through {@code bin/alur} (then {@code launcherCache} is its {@code ALUR_CACHE_DIR}), else plain
     *     {@code java -jar}
     */
    static JarProcess start(Path jar, String jdbcUrl, boolean launcher, Path launcherCache) throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createTempFile("alur-bench-jar", ".log");
        var builder = new ProcessBuilder(command(jar, port, launcher));
        if (launcher) {
            builder.environment().put("ALUR_CACHE_DIR", launcherCache.toString());
        }
        builder.environment().put("SPRING_DATASOURCE_URL", jdbcUrl);
        builder.environment().put("SPRING_DATASOURCE_USERNAME", "postgres");
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", "");
        // The bench signs in as the demo users and runs the seed SOPs; on a server of its own (not the embedded one)
        // the demo data loads only when asked for.
        builder.environment().put("ALUR_DEMO_ENABLED", "true");
        // Outside the embedded demo no letter is issued while the address its QR codes point to is unset (docs/letters.md,
        // issue 14 item 8): the jar's own address, as an operator sets the office's public one.
        builder.environment().put("ALUR_PUBLIC_BASE_URL", "http://localhost:" + port);
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

    /**
     * CPU time the process has used so far, user plus system, all threads, in seconds ({@code /proc/<pid>/stat},
     * clock ticks of 1/100 s as Linux reports them to user space).
     */
    double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields from the third on: utime and stime are the 14th and 15th of the line
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    /** VmRSS of the process and of its child processes, if any, in MiB. */
    double rssMiB() throws IOException {
        return treeRssMiB(process.pid());
    }

    static double treeRssMiB(long pid) throws IOException {
        double total = rssMiB(pid);
        for (long child : children(pid)) {
            try {
                total += treeRssMiB(child);
            } catch (IOException | IllegalStateException gone) {
                // the child ended between the listing and the read
            }
        }
        return total;
    }

    /** The direct children of a process, from {@code /proc/<pid>/task/<tid>/children} of each of its threads. */
    static List<Long> children(long pid) throws IOException {
        var children = new java.util.ArrayList<Long>();
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        try (var threads = Files.list(tasks)) {
            for (Path task : threads.toList()) {
                try {
                    String list = Files.readString(task.resolve("children")).trim();
                    if (!list.isEmpty()) {
                        for (String child : list.split("\\s+")) {
                            children.add(Long.parseLong(child));
                        }
                    }
                } catch (IOException threadEnded) {
                    // the thread ended meanwhile
                }
            }
        }
        return children;
    }

    static double rssMiB(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    /** The base URL the jar serves on, e.g. {@code http://127.0.0.1:41234}. */
    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
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
