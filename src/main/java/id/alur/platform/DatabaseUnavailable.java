package id.alur.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that fails because PostgreSQL does not answer is a 503 with the {@code error} page's "database
 * unavailable" text (issue 14 item 5), not a 500 with a stack trace in the log: the pool gives up after its
 * connection timeout (5 s, {@code spring.datasource.hikari.connection-timeout}) instead of Hikari's 30 s, and the
 * user is told to try again in a moment. Controllers' failures reach {@link PageExceptionAdvice} and
 * {@link ApiExceptionAdvice}, which ask {@link #causedBy}; this filter sits in front of every other one (the session
 * filter reads the session from the database before any controller runs) and catches what fails there.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailable extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    /** Seconds a client is asked to wait: the embedded server's monitor restarts PostgreSQL within about a second. */
    static final String RETRY_AFTER = "5";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!causedBy(e) || response.isCommitted()) {
                throw e;
            }
            logOnce(request, e);
            response.resetBuffer();
            response.setHeader("Retry-After", RETRY_AFTER);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    static void logOnce(HttpServletRequest request, Throwable e) {
        log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), rootMessage(e));
    }

    /**
     * @return whether PostgreSQL could not be reached: the pool timed out ({@link SQLTransientConnectionException}),
     *     no connection or transaction could be opened, or the server answered with a connection error (SQLSTATE class
     *     08) or its shutdown (57P01..57P03)
     */
    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof CannotGetJdbcConnectionException
                    || t instanceof CannotCreateTransactionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P0")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
