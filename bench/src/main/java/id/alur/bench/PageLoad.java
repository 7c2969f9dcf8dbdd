package id.alur.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.HdrHistogram.ConcurrentHistogram;

/**
 * Pages under concurrent load (issue 13: "with 8 concurrent signed-in clients, not one"): N clients, each on its own
 * platform thread with its own session (or bearer token), ask for pages chosen by their own seeded random, one request
 * at a time, back to back. All clients warm up, wait for each other, then each makes its share of the measured
 * requests; every request is timed from sending to the whole answer read, into one histogram, and every answer is
 * checked.
 */
final class PageLoad {

    /** A signed-in client: the browser's session cookie, or an API token. */
    interface Client {
        HttpResponse<String> get(String path) throws Exception;
    }

    /** What to ask for, and what is wrong with the answer ({@code null} when it is right). */
    record Ask(String path, Function<String, String> problem) {}

    /**
     * The row's figures; {@code timedOut} counts the requests that got no answer within the request timeout (each
     * counted in {@code wrong} too). A client whose request timed out makes no more requests: a row whose page takes
     * longer than the timeout ends after one round instead of its whole share of them.
     */
    record Measured(
            Latency.Percentiles percentiles, double requestsPerSecond, long wrong, long timedOut, String firstWrong) {}

    private PageLoad() {}

    /** A page of the HTML interface as the signed-in browser asks for it. */
    static Client browser(Pages pages) {
        return path -> pages.get(path, "text/html");
    }

    /** The JSON API with a bearer token, on a shared client (one connection pool, HTTP/1.1 keep-alive). */
    static Client api(HttpClient http, String baseUrl, String token) {
        return path -> http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Accept", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Runs {@code warmUp} and then {@code calls} requests in all, shared among the clients, each client drawing its
     * requests from {@code asks} with its own seeded random.
     */
    static Measured run(List<Client> clients, int warmUp, int calls, long seed, Function<Random, Ask> asks)
            throws InterruptedException {
        int n = clients.size();
        var histogram = new ConcurrentHistogram(60_000_000_000L, 3);
        var wrong = new AtomicLong();
        var timedOut = new AtomicLong();
        var firstWrong = new AtomicReference<String>();
        var measuredFrom = new AtomicLong();
        var barrier = new CyclicBarrier(n, () -> measuredFrom.set(System.nanoTime()));
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            Client client = clients.get(c);
            var random = new Random(seed * 31 + c);
            int ownWarmUp = share(warmUp, n, c);
            int ownCalls = share(calls, n, c);
            threads.add(Thread.ofPlatform().name("page-client-" + c).start(() -> {
                try {
                    for (int i = 0; i < ownWarmUp + ownCalls; i++) {
                        if (i == ownWarmUp) {
                            barrier.await();
                        }
                        Ask ask = asks.apply(random);
                        long from = System.nanoTime();
                        String problem;
                        boolean timeout = false;
                        try {
                            HttpResponse<String> answer = client.get(ask.path());
                            problem = answer.statusCode() != 200
                                    ? "GET " + ask.path() + " answered " + answer.statusCode()
                                    : ask.problem().apply(answer.body());
                        } catch (java.net.http.HttpTimeoutException e) {
                            problem = "GET " + ask.path() + ": no answer within the timeout (" + e + ")";
                            timeout = true;
                        } catch (Exception e) {
                            problem = "GET " + ask.path() + ": " + e;
                        }
                        long took = System.nanoTime() - from;
                        if (problem != null) {
                            wrong.incrementAndGet();
                            firstWrong.compareAndSet(null, problem);
                        }
                        if (i >= ownWarmUp || timeout) {
                            histogram.recordValue(Math.min(took, histogram.getHighestTrackableValue()));
                        }
                        if (timeout) {
                            timedOut.incrementAndGet();
                            if (i < ownWarmUp) {
                                barrier.await();
                            }
                            return;
                        }
                    }
                    if (ownCalls == 0) {
                        barrier.await();
                    }
                } catch (Exception e) {
                    wrong.incrementAndGet();
                    firstWrong.compareAndSet(null, "client stopped: " + e);
                    barrier.reset();
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - measuredFrom.get()) / 1e9;
        return new Measured(
                Latency.Percentiles.of(histogram),
                histogram.getTotalCount() / seconds,
                wrong.get(),
                timedOut.get(),
                firstWrong.get());
    }

    private static int share(int total, int clients, int client) {
        return total / clients + (client < total % clients ? 1 : 0);
    }
}
