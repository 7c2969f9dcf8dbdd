package id.alur.nodes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the ShedLock table every 100 ms while the nodes run: each job's one row says which node holds or last held
 * its lock ({@code locked_by}: host and pid, {@code SchedulingConfiguration}) from when to when. Every run seen is
 * kept in its last seen version (a run's row is rewritten when it ends: {@code lock_until} becomes its end).
 */
final class ShedLockWatch implements AutoCloseable {

    record Run(String job, String lockedBy, Instant lockedAt, Instant lockUntil) {}

    private final JdbcClient jdbc;
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean stopped;

    ShedLockWatch(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.thread = Thread.ofPlatform().daemon().name("shedlock-watch").start(this::watch);
    }

    private void watch() {
        while (!stopped) {
            try {
                jdbc.sql("select name, locked_by, locked_at, lock_until from shedlock")
                        .query((rs, i) -> new Run(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getTimestamp(3).toInstant(),
                                rs.getTimestamp(4).toInstant()))
                        .list()
                        .forEach(run -> runs.put(run.job() + "@" + run.lockedAt(), run));
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // the table is created by the first node's migration
            }
        }
    }

    /** The runs seen of each job, by start. */
    List<Run> runs() {
        var list = new ArrayList<>(runs.values());
        list.sort(Comparator.comparing(Run::job).thenComparing(Run::lockedAt));
        return list;
    }

    /**
     * Runs of one job that overlapped: a run that started before the previous one's lock had ended (for the runs whose
     * end was seen; a run still holding its lock shows {@code lock_until} as its {@code lockAtMostFor}).
     */
    List<String> overlaps() {
        var problems = new ArrayList<String>();
        List<Run> all = runs();
        for (int i = 1; i < all.size(); i++) {
            Run previous = all.get(i - 1);
            Run run = all.get(i);
            boolean ended = previous.lockUntil().isBefore(previous.lockedAt().plusSeconds(60));
            if (run.job().equals(previous.job()) && ended && run.lockedAt().isBefore(previous.lockUntil())) {
                problems.add(run + " started before " + previous + " ended");
            }
        }
        return problems;
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        thread.join(2_000);
    }
}
