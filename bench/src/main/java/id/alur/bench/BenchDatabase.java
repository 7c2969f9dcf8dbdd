package id.alur.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The one PostgreSQL server every figure of a run is measured on: the embedded server from Maven Central binaries,
 * with the durability settings of a production server (fsync, synchronous commit and full-page writes on), in a
 * temporary directory deleted at the end.
 */
final class BenchDatabase implements AutoCloseable {

    private final Path directory;
    private final EmbeddedPostgres server;
    private final java.util.List<HikariDataSource> pools = new java.util.concurrent.CopyOnWriteArrayList<>();

    private BenchDatabase(Path directory, EmbeddedPostgres server) {
        this.directory = directory;
        this.server = server;
    }

    static BenchDatabase start() throws IOException {
        Path directory = Files.createTempDirectory("alur-bench-pg");
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(true)
                .setRegisterShutdownHook(true)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "256MB")
                .start();
        return new BenchDatabase(directory, server);
    }

    String jdbcUrl() {
        return server.getJdbcUrl("postgres", "postgres");
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "");
    }

    HikariDataSource pool(String name, int size) {
        var pool = new HikariDataSource();
        pool.setJdbcUrl(jdbcUrl());
        pool.setUsername("postgres");
        pool.setPoolName(name);
        pool.setMaximumPoolSize(size);
        pool.setMinimumIdle(size);
        pools.add(pool);
        return pool;
    }

    /** Counts a pool made elsewhere (the application's) in {@link #flushStatistics()}. */
    void watch(HikariDataSource pool) {
        pools.add(pool);
    }

    /**
     * Makes every server process of the watched pools report its statistics: an idle backend flushes them only every
     * ten seconds, one that exits at once, so the idle connections are closed (the pools open new ones on demand).
     */
    void flushStatistics() throws InterruptedException {
        for (HikariDataSource pool : pools) {
            if (!pool.isClosed() && pool.getHikariPoolMXBean() != null) {
                pool.getHikariPoolMXBean().softEvictConnections();
            }
        }
        Thread.sleep(1_500);
    }

    String setting(String name) throws SQLException {
        try (var connection = connect();
                var statement = connection.prepareStatement("select current_setting(?)")) {
            statement.setString(1, name);
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    String version() throws SQLException {
        try (var connection = connect();
                var rs = connection.createStatement().executeQuery("show server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        if (!Files.exists(directory)) {
            return; // the embedded server cleans its directory itself
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }
}
