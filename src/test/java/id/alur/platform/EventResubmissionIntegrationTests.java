package id.alur.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 14 item 6: with several nodes on one database, an incomplete event publication younger than the threshold may
 * be another live node's work in flight, so it is left alone; one older than it was left behind (a killed node, a
 * listener that threw) and its listener runs again, once. No node takes every incomplete publication at start-up.
 */
@SpringBootTest
class EventResubmissionIntegrationTests {

    /** A test event: the listener below fails the first time it gets one, as a node killed mid-work would. */
    record Probed(String key) {}

    /** Counts the runs of a durable listener for each event; the first run of each throws. */
    static class FlakyListener {
        final List<String> runs = new CopyOnWriteArrayList<>();

        @TransactionalEventListener(id = "platform-test-probed")
        void on(Probed probed) {
            runs.add(probed.key());
            if (runs.stream().filter(probed.key()::equals).count() == 1) {
                throw new IllegalStateException("first run of " + probed.key() + " dies");
            }
        }

        long runsOf(String key) {
            return runs.stream().filter(key::equals).count();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Listener {
        @Bean
        FlakyListener flakyListener() {
            return new FlakyListener();
        }
    }

    @Autowired
    EventResubmission resubmission;

    @Autowired
    FlakyListener listener;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPublicationYoungerThanTheThresholdIsLeftToTheNodeAtWorkAndAnOlderOneRunsAgainOnce() {
        String key = UUID.randomUUID().toString();
        transaction.executeWithoutResult(status -> events.publishEvent(new Probed(key)));
        assertThat(listener.runsOf(key)).isEqualTo(1);
        assertThat(incomplete(key)).isEqualTo(1);

        resubmission.resubmit(resubmission.threshold());
        assertThat(listener.runsOf(key))
                .as("in flight on another node, maybe: not run again")
                .isEqualTo(1);

        jdbc.sql("update event_publication set publication_date = publication_date - interval '11 minutes'"
                        + " where serialized_event like ?")
                .param("%" + key + "%")
                .update();
        resubmission.resubmit(resubmission.threshold());
        assertThat(listener.runsOf(key)).as("left behind: run again").isEqualTo(2);
        assertThat(incomplete(key)).isZero();

        resubmission.resubmit(resubmission.threshold());
        assertThat(listener.runsOf(key)).as("completed: never again").isEqualTo(2);
    }

    @Test
    void theThresholdIsTenMinutesAndNoNodeRepublishesEverythingAtStartUp() throws Exception {
        assertThat(resubmission.threshold()).isEqualTo(Duration.ofMinutes(10));
        // the application's own settings, not the tests' (which switch it off as well)
        var settings = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/application.properties")) {
            settings.load(in);
        }
        assertThat(settings.getProperty("spring.modulith.events.republish-outstanding-events-on-restart"))
                .isEqualTo("false");
    }

    private long incomplete(String key) {
        return jdbc.sql(
                        "select count(*) from event_publication where completion_date is null and serialized_event like ?")
                .param("%" + key + "%")
                .query(Long.class)
                .single();
    }
}
