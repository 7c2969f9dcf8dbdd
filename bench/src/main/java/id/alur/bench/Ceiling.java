package id.alur.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;

/**
 * The ceiling: what the database itself allows with the same number of connections, a transaction of one optimistic
 * UPDATE of a row plus one INSERT of a log row, committed with fsync on. A workflow transition is at least that (the
 * case row's version, a history row), so no engine can beat it.
 */
final class Ceiling implements AutoCloseable {

    private final HikariDataSource pool;

    Ceiling(BenchDatabase database, int connections) throws SQLException {
        pool = database.pool("bench-ceiling", connections);
        try (var connection = pool.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("drop table if exists bench_ceiling_log");
            statement.execute("drop table if exists bench_ceiling");
            statement.execute("create table bench_ceiling (id int primary key, version bigint not null)");
            statement.execute("""
                    create table bench_ceiling_log (id bigint generated always as identity primary key,
                                                    ceiling_id int not null references bench_ceiling (id),
                                                    at timestamptz not null, version bigint not null)""");
            statement.execute("insert into bench_ceiling select g, 0 from generate_series(0, 63) g");
        }
    }

    /** One transaction on the client's own row (cases of different clients never touch the same row either). */
    int transaction(int client) throws SQLException {
        try (var connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try (var update = connection.prepareStatement(
                            "update bench_ceiling set version = version + 1 where id = ? returning version");
                    var insert = connection.prepareStatement(
                            "insert into bench_ceiling_log (ceiling_id, at, version) values (?, now(), ?)")) {
                update.setInt(1, client);
                long version;
                try (var rs = update.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no ceiling row " + client);
                    }
                    version = rs.getLong(1);
                }
                insert.setInt(1, client);
                insert.setLong(2, version);
                insert.executeUpdate();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
        return 1;
    }

    /** Check: the versions add up to the log rows, and to the transactions the clients finished. */
    String check(long finishedTransactions) throws SQLException {
        try (var connection = pool.getConnection();
                var rs = connection
                        .createStatement()
                        .executeQuery("select (select sum(version) from bench_ceiling),"
                                + " (select count(*) from bench_ceiling_log)")) {
            rs.next();
            long versions = rs.getLong(1);
            long rows = rs.getLong(2);
            if (versions != rows || rows != finishedTransactions) {
                return "ceiling: " + finishedTransactions + " transactions finished but versions sum to " + versions
                        + " and the log has " + rows + " rows";
            }
            return null;
        }
    }

    void reset() throws SQLException {
        try (var connection = pool.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("truncate bench_ceiling_log");
            statement.execute("update bench_ceiling set version = 0");
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
