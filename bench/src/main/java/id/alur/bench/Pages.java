package id.alur.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * The HTML pages of the jar as an officer's browser fetches them: signed in through the login form (the CSRF token
 * read from the login page, the session cookie kept), then the inbox ({@code GET /inbox?page=p}) and a case
 * ({@code GET /permohonan/{id}}), one request at a time, each timed from sending to the whole page read, and each
 * answer checked: 200, and the page holds what was asked for (a full page of inbox rows; the case's tracking number).
 */
final class Pages {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern INBOX_ROW = Pattern.compile(">(ALR-\\d{4}-[0-9A-Z]{6})</a>");

    record Measured(Latency.Percentiles percentiles, long wrongPages, String firstWrong) {}

    private final HttpClient http;
    private final String baseUrl;

    private Pages(HttpClient http, String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }

    /** Signs in with the login form as the given user; the session cookie stays with the returned client. */
    static Pages signIn(String baseUrl, String username, String password) throws IOException, InterruptedException {
        var http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(login.body());
        if (login.statusCode() != 200 || !csrf.find()) {
            throw new IllegalStateException("login page: " + login.statusCode() + ", no CSRF token");
        }
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException(
                    "sign-in of " + username + " refused: " + signedIn.statusCode() + " to " + location);
        }
        return new Pages(http, baseUrl);
    }

    /** Pages 0 to 4 of the inbox, chosen by a seeded random; each must list {@code pageSize} permohonan. */
    Measured inbox(int warmUp, int calls, int pageSize) throws IOException, InterruptedException {
        var random = new Random(20261123L);
        return measure(warmUp, calls, i -> "/inbox?page=" + random.nextInt(5), body -> {
            var seen = new HashSet<String>();
            Matcher row = INBOX_ROW.matcher(body);
            while (row.find()) {
                seen.add(row.group(1));
            }
            return seen.size() == pageSize ? null : seen.size() + " rows instead of " + pageSize;
        });
    }

    /** Case pages of generated permohonan chosen by a seeded random; each must show the tracking number asked for. */
    Measured cases(int warmUp, int calls, LongFunction<Latency.GeneratedPermohonan> pick)
            throws IOException, InterruptedException {
        var random = new Random(11L);
        Latency.GeneratedPermohonan[] current = new Latency.GeneratedPermohonan[1];
        return measure(
                warmUp,
                calls,
                i -> {
                    current[0] = pick.apply(random.nextLong());
                    return "/permohonan/" + current[0].id();
                },
                body -> body.contains("id=\"case-tracking\">" + current[0].trackingNumber() + "<")
                        ? null
                        : "case page of " + current[0].id() + " without " + current[0].trackingNumber());
    }

    /** One page, as the signed-in browser asks for it (HTML unless {@code accept} says otherwise). */
    HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", accept)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The tracking numbers linked in a page (the inbox's and the search page's rows). */
    static java.util.Set<String> trackingNumbers(String body) {
        var seen = new HashSet<String>();
        Matcher row = INBOX_ROW.matcher(body);
        while (row.find()) {
            seen.add(row.group(1));
        }
        return seen;
    }

    interface Check {
        /** What is wrong with the page, or {@code null}. */
        String problem(String body);
    }

    private Measured measure(int warmUp, int calls, java.util.function.IntFunction<String> paths, Check check)
            throws IOException, InterruptedException {
        var histogram = new Histogram(60_000_000_000L, 3);
        long wrong = 0;
        String firstWrong = null;
        for (int i = 0; i < warmUp + calls; i++) {
            String path = paths.apply(i);
            var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Accept", "text/html")
                    .build();
            long from = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - from;
            String problem = response.statusCode() != 200
                    ? "GET " + path + " answered " + response.statusCode()
                    : check.problem(response.body());
            if (problem != null) {
                wrong++;
                if (firstWrong == null) {
                    firstWrong = problem;
                }
            }
            if (i >= warmUp) {
                histogram.recordValue(took);
            }
        }
        return new Measured(Latency.Percentiles.of(histogram), wrong, firstWrong);
    }
}
