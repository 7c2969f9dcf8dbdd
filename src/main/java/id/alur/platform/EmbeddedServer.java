package id.alur.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server of this JVM with what keeps a crash from needing a hand (issue 14 item 5):
 *
 * <ul>
 *   <li>a <b>watchdog</b>, a small shell process that waits for this JVM to end and then stops the server with a
 *       fast shutdown, so that after {@code kill -9} of the application the server does not live on (it runs
 *       detached from the JVM, started by {@code pg_ctl});
 *   <li>before a server of a data directory starts, a <b>leftover server</b> of that directory (its
 *       {@code postmaster.pid} names a running {@code postgres}) is stopped when no running Alur holds the
 *       directory's lock (where the watchdog could not run: a machine without {@code sh}, a watchdog killed too), and
 *       a {@code postmaster.pid} naming a process that is not PostgreSQL (its PID reused) is removed;
 *   <li>a <b>monitor</b> that looks every second whether the server still runs and starts it again on the same port
 *       and directory when it does not; when that fails the application exits with a message saying so, for its
 *       service manager to start it afresh.
 * </ul>
 */
final class EmbeddedServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

    /** zonky's lock file in the data directory, held by the JVM whose server uses the directory. */
    static final String LOCK_FILE = "epg-lock";

    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private final DatabaseSettings settings;
    private final ScheduledExecutorService monitor;
    private volatile EmbeddedPostgres server;
    private volatile long postmaster;
    private volatile Process watchdog;
    private volatile boolean closing;

    private EmbeddedServer(DatabaseSettings settings, EmbeddedPostgres server) {
        this.settings = settings;
        this.server = server;
        this.postmaster = postmasterPid(server);
        this.watchdog = watchdog(postmaster, dataDirectory(server));
        this.monitor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "embedded-postgres-monitor");
            thread.setDaemon(true);
            return thread;
        });
        if (!settings.ephemeral()) {
            monitor.scheduleWithFixedDelay(this::restartIfDead, 1, 1, TimeUnit.SECONDS);
        }
    }

    static EmbeddedServer start(DatabaseSettings settings) {
        return new EmbeddedServer(settings, EmbeddedPostgresConfiguration.start(settings));
    }

    String jdbcUrl() {
        return server.getJdbcUrl("postgres", "postgres");
    }

    /** The process id of the running server's postmaster. */
    long postmaster() {
        return postmaster;
    }

    boolean alive() {
        return running(postmaster);
    }

    /** Whether the process runs: not gone, and not a zombie waiting for a parent to reap it ({@code /proc}). */
    static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void restartIfDead() {
        if (closing || alive()) {
            return;
        }
        int port = server.getPort();
        log.error(
                "Embedded PostgreSQL (pid {}) of {} has stopped; starting it again on port {}",
                postmaster,
                settings.dataDirectory().toAbsolutePath(),
                port);
        try {
            watchdog.destroy();
            EmbeddedPostgresConfiguration.close(server); // releases the directory's lock; the stop itself fails
            var restarted = startAgain(port);
            server = restarted;
            postmaster = postmasterPid(restarted);
            watchdog = watchdog(postmaster, dataDirectory(restarted));
            log.warn("Embedded PostgreSQL is running again (pid {}, port {})", postmaster, port);
        } catch (RuntimeException e) {
            log.error(
                    "Embedded PostgreSQL of {} could not be started again; Alur exits so that its service manager"
                            + " starts it afresh",
                    settings.dataDirectory().toAbsolutePath(),
                    e);
            closing = true;
            // not on this thread: the shutdown hooks close this server and stop its monitor
            new Thread(() -> System.exit(1), "embedded-postgres-exit").start();
        }
    }

    /**
     * A few tries: the backends of a killed postmaster take a moment to notice and leave, and until they have,
     * PostgreSQL refuses to start on their shared memory.
     */
    private EmbeddedPostgres startAgain(int port) {
        RuntimeException failure = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return EmbeddedPostgresConfiguration.start(new DatabaseSettings(settings.dataDirectory(), port, false));
            } catch (RuntimeException e) {
                failure = e;
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        throw failure;
    }

    @Override
    public void close() {
        closing = true;
        monitor.shutdownNow();
        watchdog.destroy();
        EmbeddedPostgresConfiguration.close(server);
    }

    /**
     * Stops a PostgreSQL server left running on the directory by an application that is gone (see the class
     * comment); nothing when there is none. Refuses, with a message saying so, when a running Alur still uses it.
     */
    static void stopLeftover(Path directory) {
        Path pidFile = directory.resolve("postmaster.pid");
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile);
        } catch (NoSuchFileException none) {
            return;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + pidFile, e);
        }
        if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d+")) {
            return; // being written or empty: PostgreSQL's own start decides
        }
        long pid = Long.parseLong(lines.getFirst().strip());
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(p -> running(p.pid()));
        if (process.isEmpty()) {
            return; // a stale file after a crash: PostgreSQL removes it itself
        }
        String command = process.get().info().command().orElse("");
        if (!command.endsWith("/postgres")) {
            log.warn(
                    "{} names pid {}, which is not PostgreSQL but {}: a stale file whose pid was reused; removing it",
                    pidFile,
                    pid,
                    command.isEmpty() ? "another process" : command);
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not remove the stale " + pidFile, e);
            }
            return;
        }
        try (FileChannel channel = FileChannel.open(
                        directory.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("The embedded PostgreSQL data directory " + directory
                        + " is in use by another running Alur (PostgreSQL pid " + pid + "); stop that one first or"
                        + " set alur.database.embedded.data-directory to another directory");
            }
            log.warn(
                    "Embedded PostgreSQL (pid {}) of {} outlived the Alur that started it; stopping it before starting"
                            + " afresh",
                    pid,
                    directory);
            if (!stop(process.get(), "INT") && !stop(process.get(), "QUIT")) {
                throw new IllegalStateException("The leftover PostgreSQL (pid " + pid + ") of " + directory
                        + " did not stop; stop it by hand (kill " + pid + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not check the lock of " + directory, e);
        }
    }

    /** Sends a PostgreSQL shutdown signal (INT: fast, QUIT: immediate) and waits for the server to end. */
    private static boolean stop(ProcessHandle process, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor();
            long deadline = System.nanoTime() + SHUTDOWN_WAIT.toNanos();
            while (running(process.pid())) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.sleep(100);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not signal PostgreSQL pid " + process.pid(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Starts the shell that stops the server once this JVM has ended — unless the server stopped already (its
     * {@code postmaster.pid} is gone or names another process).
     */
    private static Process watchdog(long postmaster, Path dataDirectory) {
        String script = "while kill -0 \"$1\" 2>/dev/null; do sleep 1; done; "
                + "if [ \"$(head -n 1 \"$3\" 2>/dev/null)\" = \"$2\" ]; then kill -INT \"$2\"; fi";
        try {
            return new ProcessBuilder(
                            "sh",
                            "-c",
                            script,
                            "alur-postgres-watchdog",
                            Long.toString(ProcessHandle.current().pid()),
                            Long.toString(postmaster),
                            dataDirectory.resolve("postmaster.pid").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL's watchdog (sh)", e);
        }
    }

    private static long postmasterPid(EmbeddedPostgres server) {
        Path pidFile = dataDirectory(server).resolve("postmaster.pid");
        try {
            return Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + pidFile, e);
        }
    }

    private static Path dataDirectory(EmbeddedPostgres server) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("show data_directory")) {
            result.next();
            return Path.of(result.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not ask the embedded PostgreSQL for its data directory", e);
        }
    }
}
