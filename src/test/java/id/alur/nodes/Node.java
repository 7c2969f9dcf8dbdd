package id.alur.nodes;

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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One application node: {@code target/alur.jar} as a process of its own on an external PostgreSQL
 * ({@code SPRING_DATASOURCE_URL}, as docs/production.md runs it), on a free port, its output in a file.
 */
final class Node {

    final String name;
    final Process process;
    final int port;
    final Path log;
    private volatile boolean down;

    private Node(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * @param demo whether this node loads the demo offices, SOPs and users (only the first: the second finds them)
     * @param arguments further {@code --name=value} arguments of the application
     */
    static Node start(String name, Path jar, String jdbcUrl, Path work, boolean demo, List<String> arguments)
            throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = work.resolve("node-" + name + ".log");
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--alur.demo.enabled=" + demo));
        command.addAll(arguments);
        Path directory = Files.createDirectories(work.resolve("node-" + name));
        var builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("SPRING_") || key.startsWith("ALUR_"));
        builder.environment().put("SPRING_DATASOURCE_URL", jdbcUrl);
        builder.environment().put("SPRING_DATASOURCE_USERNAME", "postgres");
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", "");
        return new Node(name, builder.start(), port, log);
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    long pid() {
        return process.pid();
    }

    /** Waits for health UP, for at most three minutes (two nodes start on two shared cores). */
    void awaitUp(HttpClient http) throws IOException {
        var request = HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                .timeout(Duration.ofSeconds(5))
                .build();
        try {
            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(250))
                    // refused while the port is not open yet; slow to answer while the node starts on busy cores
                    .ignoreExceptionsInstanceOf(IOException.class)
                    .failFast(
                            "node " + name + " stopped",
                            () -> assertThat(process.isAlive())
                                    .as("node %s is running; its output:%n%s", name, output())
                                    .isTrue())
                    .until(() -> {
                        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        return response.statusCode() == 200 && response.body().contains("\"UP\"");
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("node " + name + " not UP within 3 minutes; its output:\n" + output(), e);
        }
    }

    /** Whether a load balancer would still send requests here: it has not failed a request since it was killed. */
    boolean up() {
        return !down;
    }

    void markDown() {
        down = true;
    }

    String output() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** The last lines of the node's output, for a failure's message. */
    String tail(int lines) throws IOException {
        List<String> all = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** {@code kill -9}: no shutdown hook, no graceful end of requests in flight. */
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

    @Override
    public String toString() {
        return "node " + name + " (port " + port + ", pid " + pid() + ")";
    }
}
