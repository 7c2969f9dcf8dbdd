package id.alur.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/** The database's health says DOWN within 2 s when PostgreSQL does not answer (issue 14 item 5). */
class DatabaseHealthTests {

    @Test
    void saysDownWithinTwoSecondsWhenTheDatabaseDoesNotAnswer() throws Exception {
        // a server that takes the connection and never says a word, as a hung or unplugged database looks
        try (var silent = new ServerSocket(0);
                var dataSource = new HikariDataSource()) {
            List<Socket> accepted = java.util.Collections.synchronizedList(new ArrayList<>());
            Thread.ofVirtual().start(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (Exception closed) {
                    // the test is over
                }
            });
            dataSource.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/alur");
            dataSource.setUsername("alur");
            dataSource.setInitializationFailTimeout(-1);
            var health = new DatabaseHealth(dataSource);
            try {
                for (int i = 0; i < 2; i++) { // the second while the first check still hangs
                    long started = System.nanoTime();
                    var answer = health.health();
                    Duration took = Duration.ofNanos(System.nanoTime() - started);

                    assertThat(answer.getStatus()).isEqualTo(Status.DOWN);
                    assertThat(took).isLessThan(Duration.ofSeconds(2));
                }
            } finally {
                health.destroy();
                for (Socket socket : List.copyOf(accepted)) {
                    socket.close(); // the hung connection attempts fail, so the pool closes at once
                }
            }
        }
    }
}
