package id.alur.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A request that needs a database that is gone is answered within the pool's connection timeout with 503 (issue 14
 * item 5), not after Hikari's default 30 s with a 500: what the pool throws then is recognised, other database
 * errors are not.
 */
class DatabaseUnavailableTests {

    @Test
    void recognisesWhatTheRealPoolThrowsWhenPostgresqlIsGoneWithinItsTimeout() {
        long started = System.nanoTime();
        var failure = catchDataAccess(() -> DeadDatabase.JDBC.queryForObject("select 1", Integer.class));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(DatabaseUnavailable.causedBy(failure)).isTrue();
    }

    @Test
    void doesNotTakeAnOrdinaryDatabaseErrorForAnOutage() {
        var syntax = new BadSqlGrammarException("select", "selec 1", new SQLException("syntax error", "42601"));
        assertThat(DatabaseUnavailable.causedBy(syntax)).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("the disk is on fire")))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("terminating connection", "57P01")))
                .isTrue();
    }

    @Test
    void answersAFailureInAFilterBeforeAnyControllerWith503AndRetryAfter() throws Exception {
        // as the session filter does: it reads the session from the database before any controller runs
        var chain = new MockFilterChain(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) {
                DeadDatabase.JDBC.queryForObject("select 1", Integer.class);
            }
        });
        var response = new MockHttpServletResponse();

        filter().doFilter(new MockHttpServletRequest("GET", "/permohonan"), response, chain);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        // written here, not dispatched to /error: Spring Session would read the session from the database again
        assertThat(response.getErrorMessage()).isNull();
        assertThat(response.getContentAsString())
                .contains("<html lang=\"id\"", "Basis data tidak tersedia", "coba lagi dalam beberapa detik");
    }

    @Test
    void answersAnApiRequestThatFailsInAFilterWithA503Problem() throws Exception {
        var chain = new MockFilterChain(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) {
                DeadDatabase.JDBC.queryForObject("select 1", Integer.class);
            }
        });
        var response = new MockHttpServletResponse();

        filter().doFilter(new MockHttpServletRequest("GET", "/api/permohonan/7"), response, chain);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString())
                .contains("urn:alur:problem:database-unavailable", "Basis data tidak tersedia");
    }

    /** The filter with the real platform bundle and no locale resolver: Indonesian, the default. */
    static DatabaseUnavailable filter() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/platform");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new DatabaseUnavailable(messages, new StaticListableBeanFactory().getBeanProvider(LocaleResolver.class));
    }

    @Test
    void letsEveryOtherFailureThrough() {
        var chain = new MockFilterChain(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) {
                throw new IllegalStateException("the disk is on fire");
            }
        });

        assertThatThrownBy(() ->
                        filter().doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(), chain))
                .hasMessage("the disk is on fire");
    }

    private static DataAccessException catchDataAccess(Runnable query) {
        try {
            query.run();
        } catch (DataAccessException e) {
            return e;
        }
        throw new AssertionError("the query on a database that is gone succeeded");
    }
}
