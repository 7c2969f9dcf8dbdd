package id.alur.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

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

        new DatabaseUnavailable().doFilter(new MockHttpServletRequest("GET", "/permohonan"), response, chain);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    }

    @Test
    void letsEveryOtherFailureThrough() {
        var chain = new MockFilterChain(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) {
                throw new IllegalStateException("the disk is on fire");
            }
        });

        assertThatThrownBy(() -> new DatabaseUnavailable()
                        .doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(), chain))
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
