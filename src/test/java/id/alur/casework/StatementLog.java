package id.alur.casework;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts what the application sends to PostgreSQL: every statement with its SQL, the rows it wrote or fetched, and
 * every commit, per thread (the request's own thread, and the listeners that run after its commit). Installed around
 * the application's {@link DataSource} by {@link #wrapping()}.
 */
final class StatementLog {

    private static final Pattern WRITTEN_TABLE =
            Pattern.compile("^\\s*(?:insert\\s+into|update|delete\\s+from)\\s+\"?(\\w+)", Pattern.CASE_INSENSITIVE);

    /** A commit, kept in the list of statements to know its thread; never counted as a statement. */
    static final String COMMIT = "-- commit";

    /** One statement sent: by which thread, its SQL, rows written (updates) and rows fetched (queries). */
    record Executed(String thread, String sql, int written, int fetched) {

        String verb() {
            String text = sql.strip().toLowerCase(Locale.ROOT);
            for (String verb : List.of("select", "insert", "update", "delete", "with")) {
                if (text.startsWith(verb)) {
                    return verb.equals("with") ? "select" : verb;
                }
            }
            return "other";
        }

        /** The table an insert, update or delete writes; {@code null} for a query. */
        String writtenTable() {
            Matcher m = WRITTEN_TABLE.matcher(sql);
            return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
        }
    }

    /** What one stretch of work sent. */
    record Tally(List<Executed> all) {

        /** The statements sent, commits left out. */
        List<Executed> statements() {
            return all.stream().filter(s -> !s.sql().equals(COMMIT)).toList();
        }

        int commits() {
            return (int) all.stream().filter(s -> s.sql().equals(COMMIT)).count();
        }

        int count() {
            return statements().size();
        }

        long count(String verb) {
            return statements().stream().filter(s -> s.verb().equals(verb)).count();
        }

        long writesTo(String table) {
            return statements().stream()
                    .filter(s -> table.equals(s.writtenTable()))
                    .count();
        }

        long rowsWrittenTo(String table) {
            return statements().stream()
                    .filter(s -> table.equals(s.writtenTable()))
                    .mapToLong(Executed::written)
                    .sum();
        }

        long rowsFetched() {
            return statements().stream().mapToLong(Executed::fetched).sum();
        }

        long rowsWritten() {
            return statements().stream().mapToLong(Executed::written).sum();
        }

        /** Rows written per table, by table name. */
        Map<String, Long> rowsWrittenByTable() {
            var byTable = new TreeMap<String, Long>();
            statements().stream()
                    .filter(s -> s.writtenTable() != null && s.written() > 0)
                    .forEach(s -> byTable.merge(s.writtenTable(), (long) s.written(), Long::sum));
            return byTable;
        }
    }

    private final List<Executed> executed = new ArrayList<>();
    private final ThreadLocal<Boolean> quiet = ThreadLocal.withInitial(() -> false);

    /** Forgets everything recorded so far. */
    synchronized void reset() {
        executed.clear();
    }

    /** What was recorded since the last reset. */
    synchronized Tally tally() {
        return new Tally(List.copyOf(executed));
    }

    /** Runs work of the test itself (e.g. waiting for listeners) without recording it. */
    <T> T quietly(Supplier<T> work) {
        quiet.set(true);
        try {
            return work.get();
        } finally {
            quiet.set(false);
        }
    }

    private synchronized void record(String sql, int written, int fetched) {
        if (!quiet.get()) {
            executed.add(new Executed(Thread.currentThread().getName(), sql, written, fetched));
        }
    }

    private synchronized void committed() {
        if (!quiet.get()) {
            executed.add(new Executed(Thread.currentThread().getName(), COMMIT, 0, 0));
        }
    }

    /** A post-processor that puts this log around the application's data source. */
    BeanPostProcessor wrapping() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource ? proxy(DataSource.class, dataSource, null) : bean;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private <T> T proxy(Class<T> type, T target, String sql) {
        InvocationHandler handler = (p, method, args) -> invoke(target, method, args, sql);
        return (T) Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private Object invoke(Object target, Method method, Object[] args, String preparedSql) throws Throwable {
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        String name = method.getName();
        if (result instanceof Connection connection) {
            return proxy(Connection.class, connection, null);
        }
        if (target instanceof Connection) {
            if (name.equals("commit")) {
                committed();
            }
            if (result instanceof PreparedStatement statement) {
                return proxy(PreparedStatement.class, statement, (String) args[0]);
            }
            if (result instanceof Statement statement) {
                return proxy(Statement.class, statement, null);
            }
            return result;
        }
        if (target instanceof Statement statement) {
            String sql = preparedSql != null
                    ? preparedSql
                    : args != null && args.length > 0 && args[0] instanceof String text ? text : "?";
            switch (name) {
                case "executeQuery" -> {
                    return countingRows((ResultSet) result, sql);
                }
                case "executeUpdate", "executeLargeUpdate" -> record(sql, ((Number) result).intValue(), 0);
                case "execute" -> {
                    if (Boolean.TRUE.equals(result)) {
                        record(sql, 0, 0);
                    } else {
                        record(sql, Math.max(0, statement.getUpdateCount()), 0);
                    }
                }
                case "executeBatch" -> {
                    int rows = 0;
                    for (int n : (int[]) result) {
                        rows += Math.max(0, n);
                    }
                    record(sql, rows, 0);
                }
                case "getResultSet" -> {
                    return result == null ? null : countingRows((ResultSet) result, null);
                }
                default -> {}
            }
        }
        return result;
    }

    /** A result set that records its statement, with the rows read, when it is closed. */
    private ResultSet countingRows(ResultSet target, String sql) {
        int[] rows = {0};
        boolean[] closed = {false};
        InvocationHandler handler = (p, method, args) -> {
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (method.getName().equals("next") && Boolean.TRUE.equals(result)) {
                rows[0]++;
            }
            if (method.getName().equals("close") && !closed[0] && sql != null) {
                closed[0] = true;
                // insert/update ... returning: the rows it returns are the rows it wrote
                boolean writes = new Executed("", sql, 0, 0).writtenTable() != null;
                record(sql, writes ? rows[0] : 0, writes ? 0 : rows[0]);
            }
            return result;
        };
        return (ResultSet)
                Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] {ResultSet.class}, handler);
    }
}
