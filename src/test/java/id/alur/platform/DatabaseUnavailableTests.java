package id.alur.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;
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

    /**
     * What CI of stop 22 saw as a 500: PostgreSQL stops while a connection is idle in the pool after recent use; the
     * pool hands it out again unchecked, the query meets the server's shutdown, and the rollback's "Connection is
     * closed" (no SQLSTATE) is what the transaction throws.
     */
    @Test
    void recognisesAFailedRollbackOnAConnectionThePoolHandedOutAfterTheServerStopped() throws Exception {
        var server = EmbeddedPostgres.builder()
                .setDataDirectory(Files.createTempDirectory("alur-stopped-pg"))
                .setCleanDataDirectory(true)
                .start();
        try (var pool = new HikariDataSource()) {
            pool.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + server.getPort() + "/postgres");
            pool.setUsername("postgres");
            pool.setConnectionTimeout(1000);
            var jdbc = new JdbcTemplate(pool);
            var transactions = new TransactionTemplate(new DataSourceTransactionManager(pool));
            Connection inUse = pool.getConnection();

            server.close();
            inUse.close(); // back in the pool just now: the next borrower gets it without a check
            var failure = catchDataAccessOrTransaction(
                    () -> transactions.execute(status -> jdbc.queryForObject("select 1", Integer.class)));

            assertThat(failure).isInstanceOf(TransactionSystemException.class);
            assertThat(DatabaseUnavailable.causedBy(failure)).isTrue();
        } finally {
            server.close();
        }
    }

    @Test
    void doesNotTakeAnOrdinaryDatabaseErrorForAnOutage() {
        var syntax = new BadSqlGrammarException("select", "selec 1", new SQLException("syntax error", "42601"));
        assertThat(DatabaseUnavailable.causedBy(syntax)).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("the disk is on fire")))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("terminating connection", "57P01")))
                .isTrue();
        var rollbackOfASyntaxError = new TransactionSystemException("JDBC rollback failed");
        rollbackOfASyntaxError.initApplicationException(syntax);
        assertThat(DatabaseUnavailable.causedBy(rollbackOfASyntaxError)).isFalse();
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

    private static RuntimeException catchDataAccessOrTransaction(Runnable work) {
        try {
            work.run();
        } catch (DataAccessException | TransactionException e) {
            return e;
        }
        throw new AssertionError("the transaction on a database that is gone succeeded");
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
