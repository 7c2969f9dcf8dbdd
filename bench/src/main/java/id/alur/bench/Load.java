package id.alur.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * N clients, each on its own platform thread, run whole units of work (a case, or one ceiling transaction) back to back
 * for a warm-up (at least until every client has finished one unit) and then a measured window. A unit counts, with
 * all its transitions, when it ends inside the window; when the window closes every client finishes the unit it is in,
 * so every started case ends (the checks rely on it).
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

    /** The longest the warm-up waits for every client to finish its first unit. */
    static final Duration MAX_WARM_UP = Duration.ofSeconds(120);

    private Load() {}

    private static boolean everyClientFinishedOne(AtomicLongArray finishedByClient) {
        for (int c = 0; c < finishedByClient.length(); c++) {
            if (finishedByClient.get(c) == 0) {
                return false;
            }
        }
        return true;
    }

    static Result run(int clients, Duration warmUp, Duration window, Unit unit) throws InterruptedException {
        var stop = new AtomicBoolean();
        var measuring = new AtomicBoolean();
        var units = new AtomicLong();
        var transitions = new AtomicLong();
        var started = new AtomicLong();
        var finished = new AtomicLong();
        var failures = new ConcurrentLinkedQueue<Throwable>();
        var finishedByClient = new AtomicLongArray(clients);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads.add(Thread.ofPlatform().name("bench-client-" + c).start(() -> {
                long sequence = 0;
                while (!stop.get() && failures.isEmpty()) {
                    started.incrementAndGet();
                    try {
                        int made = unit.run(client, sequence++);
                        finished.incrementAndGet();
                        finishedByClient.incrementAndGet(client);
                        // a unit counts when it ends inside the window: in the steady state after the warm-up
                        // the units begun before the window and ending in it stand for those begun in it and
                        // ending after it, whatever a unit's length
                        if (measuring.get() && !stop.get()) {
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
        // the warm-up lasts at least until every client has finished a unit, so that the window sees the steady
        // state even when one unit takes longer than the warm-up (a whole case over HTTP under load)
        long warmUpDeadline = System.nanoTime() + MAX_WARM_UP.toNanos();
        while (failures.isEmpty() && System.nanoTime() < warmUpDeadline && !everyClientFinishedOne(finishedByClient)) {
            Thread.sleep(20);
        }
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
