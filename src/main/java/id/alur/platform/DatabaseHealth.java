package id.alur.platform;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database's part of {@code /actuator/health} ("db"), in place of Spring Boot's: it answers DOWN within
 * {@link #TIMEOUT} when PostgreSQL does not answer (issue 14 item 5), where Boot's waits for the pool's connection
 * timeout (30 s). The check runs on a thread of its own; while one that does not return is still waiting, further
 * health requests wait only the timeout for it instead of queueing more checks.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator, DisposableBean {

    static final Duration TIMEOUT = Duration.ofMillis(1500);

    private final DataSource dataSource;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "database-health");
        thread.setDaemon(true);
        return thread;
    });
    private Future<Health> running;

    DatabaseHealth(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Health health() {
        Future<Health> check;
        synchronized (this) {
            if (running == null || running.isDone()) {
                running = checker.submit(this::check);
            }
            check = running;
        }
        try {
            return check.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Health.down()
                    .withDetail("database", "PostgreSQL")
                    .withDetail("error", "no answer within " + TIMEOUT.toMillis() + " ms")
                    .build();
        } catch (ExecutionException e) {
            return Health.down(e.getCause() instanceof Exception cause ? cause : e)
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        }
    }

    private Health check() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            int seconds = (int) Math.max(1, TIMEOUT.toSeconds());
            return connection.isValid(seconds)
                    ? Health.up().withDetail("database", "PostgreSQL").build()
                    : Health.down().withDetail("database", "PostgreSQL").build();
        }
    }

    @Override
    public void destroy() {
        checker.shutdownNow();
    }
}
