package id.alur.bench;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the resident set size of the jar (VmRSS of the process and its children) every 200 ms on a thread of its
 * own while a lifecycle row runs, keeping the peak and the number of samples.
 */
final class RssSampler implements AutoCloseable {

    static final long PERIOD_MILLIS = 200;

    private final long pid;
    private final Thread thread;
    private final AtomicLong peakKiB = new AtomicLong();
    private final AtomicLong samples = new AtomicLong();
    private volatile boolean stop;
    private volatile IOException failure;

    RssSampler(long pid) {
        this.pid = pid;
        this.thread = Thread.ofPlatform().daemon().name("bench-rss").start(this::sample);
    }

    private void sample() {
        while (!stop) {
            try {
                long kib = Math.round(JarProcess.treeRssMiB(pid) * 1024);
                peakKiB.accumulateAndGet(kib, Math::max);
                samples.incrementAndGet();
            } catch (IOException e) {
                failure = e;
                return;
            }
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    double peakMiB() {
        return peakKiB.get() / 1024.0;
    }

    long samples() {
        return samples.get();
    }

    /** Why sampling stopped early (the process ended), or {@code null}. */
    IOException failure() {
        return failure;
    }

    @Override
    public void close() throws InterruptedException {
        stop = true;
        thread.interrupt();
        thread.join();
    }
}
