package id.alur.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A real Hikari pool in front of a PostgreSQL that is gone: its port refuses connections, as after the server died or
 * the network to it broke. The pool gives up after one second (production: five) with Hikari's own exception.
 */
final class DeadDatabase {

    static final HikariDataSource POOL = pool();

    static final JdbcTemplate JDBC = new JdbcTemplate(POOL);

    private DeadDatabase() {}

    private static HikariDataSource pool() {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort(); // closed again: nothing listens there
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + port + "/alur");
        pool.setUsername("alur");
        pool.setInitializationFailTimeout(-1);
        pool.setConnectionTimeout(1000);
        pool.setPoolName("dead-database");
        return pool;
    }
}
