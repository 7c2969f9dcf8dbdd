package id.alur.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * N clients, each on its own platform thread, run whole units of work (a case, or one ceiling transaction) back to back
 * for a warm-up and then a measured window. A unit counts when it ends inside the window; when the window closes every
 * client finishes the unit it is in, so every started case ends (the checks rely on it).
 */
final class Load {

    /** One unit of work; returns how many transitions it made. */
    interface Unit {
        int run(int client, long sequence) throws Exception;
    }

    record Result(
            int clients,
            double seconds,
            long units,
            long transitions,
            long startedUnits,
            long finishedUnits,
            List<Throwable> failures,
            long windowEndNanos) {

        double unitsPerSecond() {
            return units / seconds;
        }

        double transitionsPerSecond() {
            return transitions / seconds;
        }

        /** The same units, over the window plus the time deferred work took to drain after it. */
        Result stretchedBy(java.time.Duration drain) {
            return new Result(
                    clients,
                    seconds + drain.toNanos() / 1e9,
                    units,
                    transitions,
                    startedUnits,
                    finishedUnits,
                    failures,
                    windowEndNanos);
        }
    }

    private Load() {}

    static Result run(int clients, Duration warmUp, Duration window, Unit unit) throws InterruptedException {
        var stop = new AtomicBoolean();
        var measuring = new AtomicBoolean();
        var units = new AtomicLong();
        var transitions = new AtomicLong();
        var started = new AtomicLong();
        var finished = new AtomicLong();
        var failures = new ConcurrentLinkedQueue<Throwable>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads.add(Thread.ofPlatform().name("bench-client-" + c).start(() -> {
                long sequence = 0;
                while (!stop.get() && failures.isEmpty()) {
                    boolean countedFromStart = measuring.get();
                    started.incrementAndGet();
                    try {
                        int made = unit.run(client, sequence++);
                        finished.incrementAndGet();
                        // only units wholly inside the window: a unit begun in the warm-up does not count
                        if (countedFromStart && !stop.get()) {
                            units.incrementAndGet();
                            transitions.addAndGet(made);
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }
            }));
        }
        Thread.sleep(warmUp.toMillis());
        measuring.set(true);
        long from = System.nanoTime();
        Thread.sleep(window.toMillis());
        stop.set(true);
        long to = System.nanoTime();
        for (Thread thread : threads) {
            thread.join();
        }
        return new Result(
                clients,
                (to - from) / 1e9,
                units.get(),
                transitions.get(),
                started.get(),
                finished.get(),
                List.copyOf(failures),
                to);
    }
}
