package id.alur.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * A request that fails because PostgreSQL does not answer is a 503 with the "database unavailable" text (issue 14
 * item 5), not a 500 with a stack trace in the log: the pool gives up after its connection timeout (5 s,
 * {@code spring.datasource.hikari.connection-timeout}) instead of Hikari's 30 s, and the user is told to try again in a
 * moment. Controllers' failures reach {@link PageExceptionAdvice} and {@link ApiExceptionAdvice}, which ask
 * {@link #causedBy}; this filter sits in front of every other one and catches what fails before any controller runs
 * (the session filter reads the session from the database). It writes the answer itself, a plain page or problem
 * details, instead of dispatching to {@code /error}: Spring Session reads the session again for an error dispatch, which
 * would fail the same way and leave the user with the servlet container's bare error page
 * ({@code TwoNodesIntegrationTests} found it).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailable extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    /** Seconds a client is asked to wait: the embedded server's monitor restarts PostgreSQL within about a second. */
    static final String RETRY_AFTER = "5";

    private final MessageSource messages;
    private final ObjectProvider<LocaleResolver> locales;

    DatabaseUnavailable(MessageSource messages, ObjectProvider<LocaleResolver> locales) {
        this.messages = messages;
        this.locales = locales;
    }

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
            answer(request, response);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LocaleResolver resolver = locales.getIfAvailable();
        Locale locale = resolver == null ? WebConfiguration.INDONESIAN : resolver.resolveLocale(request);
        String title = messages.getMessage("platform.error.503.title", null, "Database unavailable", locale);
        String detail = messages.getMessage("platform.error.503.detail", null, "Try again in a moment.", locale);
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER);
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (PageExceptionAdvice.isApi(request)) {
            response.setContentType(ApiProblems.PROBLEM_JSON.toString());
            response.getWriter()
                    .write(ApiProblems.json(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "database-unavailable",
                            title,
                            detail,
                            "platform.error.503.detail"));
            return;
        }
        String back = messages.getMessage("platform.error.backHome", null, "Home", locale);
        response.setContentType("text/html");
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"" + HtmlUtils.htmlEscape(locale.getLanguage()) + "\"><head>"
                        + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                        + "<title>" + HtmlUtils.htmlEscape(title) + " — Alur</title></head>"
                        + "<body style=\"font-family:sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem\">"
                        + "<h1>" + HtmlUtils.htmlEscape(title) + "</h1><p>" + HtmlUtils.htmlEscape(detail) + "</p>"
                        + "<p><a href=\"" + HtmlUtils.htmlEscape(request.getContextPath() + "/") + "\">"
                        + HtmlUtils.htmlEscape(back) + "</a></p></body></html>");
    }

    static void logOnce(HttpServletRequest request, Throwable e) {
        log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), rootMessage(e));
    }

    /**
     * @return whether PostgreSQL could not be reached: the pool timed out ({@link SQLTransientConnectionException}),
     *     no connection or transaction could be opened, or the server answered with a connection error (SQLSTATE class
     *     08) or its shutdown (57P01..57P03), also when a failed rollback hid that failure
     */
    static boolean causedBy(Throwable failure) {
        return causedBy(failure, 0);
    }

    /**
     * Follows the causes, and also the failure a rollback hid: when PostgreSQL stops while a connection is idle in the
     * pool and the pool hands it out again without checking (it was used less than half a second ago), the query fails
     * with the server's shutdown (57P01), the pool closes the connection, and the rollback that follows fails with
     * Hikari's "Connection is closed", which has no SQLSTATE. Spring then throws that {@link TransactionSystemException}
     * with the query's failure as its application exception (CI of stop 22 saw the 500 this gave).
     */
    private static boolean causedBy(Throwable failure, int depth) {
        if (depth > 3) {
            return false;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TransactionSystemException rollbackFailed
                    && rollbackFailed.getApplicationException() != null
                    && causedBy(rollbackFailed.getApplicationException(), depth + 1)) {
                return true;
            }
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
