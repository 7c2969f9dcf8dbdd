package id.alur.bench;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Issue 13's figures: the list/search page {@code /permohonan} and {@code GET /api/permohonan?q=} (p95 ≤ 100 ms), and
 * the compliance report, the dashboard and the buku kendali (p95 ≤ 300 ms), each with {@value #CLIENTS} concurrent
 * signed-in clients, over the page data of {@link Latency} (1 M cases, 10 M history rows in a full run).
 */
final class SearchAndReports {

    static final int CLIENTS = 8;

    static final double SEARCH_CEILING_MS = 100;
    static final double REPORT_CEILING_MS = 300;

    /** The officer who searches: every officer of the office may (the front desk's search in the issue). */
    static final String SEARCHER = "rembang.petugas-pelayanan";

    /** The office's head: the reports are for the head and the office's administrators (ReportReaders). */
    static final String HEAD = "rembang.kepala-dinas";

    private final List<String[]> rows;
    private final List<String> notes;
    private final List<String> failures;

    SearchAndReports(List<String[]> rows, List<String> notes, List<String> failures) {
        this.rows = rows;
        this.notes = notes;
        this.failures = failures;
    }

    /**
     * Measures the search rows ({@code search}: list, searches, API) and the report rows ({@code reports}), or one of
     * the two ({@code bench/run --rows=...}).
     */
    void measure(
            String baseUrl,
            Map<String, String> tokens,
            Latency.Generated data,
            int calls,
            boolean search,
            boolean reports)
            throws Exception {
        if (search) {
            searchRows(baseUrl, tokens, data, calls);
        }
        if (reports) {
            reportRows(baseUrl, data, calls);
        }
    }

    private static List<PageLoad.Client> signedIn(String baseUrl, String username) throws Exception {
        List<PageLoad.Client> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(PageLoad.browser(Pages.signIn(baseUrl, username, id.alur.demo.DemoOffices.PASSWORD)));
        }
        return clients;
    }

    private void searchRows(String baseUrl, Map<String, String> tokens, Latency.Generated data, int calls)
            throws Exception {
        List<PageLoad.Client> searchers = signedIn(baseUrl, SEARCHER);
        List<PageLoad.Client> apiClients = new ArrayList<>();
        HttpClient api = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(java.time.Duration.ofSeconds(5))
                .build();
        String token = tokens.get(SEARCHER.substring(SEARCHER.indexOf('.') + 1));
        for (int c = 0; c < CLIENTS; c++) {
            apiClients.add(PageLoad.api(api, baseUrl, token));
        }
        Bench.progress(CLIENTS + " clients signed in as " + SEARCHER + "; search pages, " + calls + " requests each");
        int warmUp = calls / 5;
        String scale = String.format("%,d cases", data.cases());

        search("list page /permohonan (no query, pages 0-4)", scale, searchers, warmUp, calls, 1, random -> {
            int page = random.nextInt(5);
            return new PageLoad.Ask("/permohonan?page=" + page, body -> rowsProblem(body, 25));
        });
        search("search page by NIK suffix (8 digits)", scale, searchers, warmUp, calls, 2, random -> {
            long g = data.pickNumber(random.nextLong());
            String suffix = Latency.nik(g).substring(8);
            return new PageLoad.Ask("/permohonan?q=" + suffix, body -> listsProblem(body, data, g));
        });
        search("search page by partial name", scale, searchers, warmUp, calls, 3, random -> {
            long g = nameNumber(data, random);
            // "mohon 123456" of "Pemohon 123456": part of the name, in another case than stored
            String part = Latency.applicantName(g).substring(2).toUpperCase(java.util.Locale.ROOT);
            return new PageLoad.Ask("/permohonan?q=" + part.replace(" ", "+"), body -> listsProblem(body, data, g));
        });
        search("search page by tracking number", scale, searchers, warmUp, calls, 4, random -> {
            long g = data.pickNumber(random.nextLong());
            return new PageLoad.Ask(
                    "/permohonan?q=" + Latency.trackingNumber(g), body -> listsProblem(body, data, g));
        });
        search("API GET /api/permohonan?q= (NIK suffix, name, tracking no.)", scale, apiClients, warmUp, calls, 5,
                random -> {
                    long g = data.pickNumber(random.nextLong());
                    String q = switch (random.nextInt(3)) {
                        case 0 -> Latency.nik(g).substring(8);
                        case 1 -> {
                            g = nameNumber(data, random);
                            yield Latency.applicantName(g).substring(2).replace(" ", "+");
                        }
                        default -> Latency.trackingNumber(g);
                    };
                    String expected = "\"trackingNumber\":\"" + Latency.trackingNumber(g) + "\"";
                    return new PageLoad.Ask("/api/permohonan?q=" + q, body -> body.contains(expected)
                            ? null
                            : "/api/permohonan?q=" + q + " without " + expected);
                });
        notes.add("Search: " + CLIENTS + " concurrent clients, each signed in through the login form as " + SEARCHER
                + " for /permohonan or with " + SEARCHER + "'s API token, one request at a time each, " + calls
                + " requests per row after a warm-up, p50/p95/p99 of all; req/s is the row's throughput. Searches look"
                + " for a random generated permohonan (NIK: its last 8 digits; name: \"MOHON <n>\" of \"Pemohon"
                + " <n>\"; the tracking number) and check it is listed; the list pages must hold 25 rows.");
    }

    private void reportRows(String baseUrl, Latency.Generated data, int calls) throws Exception {
        List<PageLoad.Client> heads = signedIn(baseUrl, HEAD);
        String scale = String.format("%,d cases", data.cases());
        // the generated cases begin on 2025-01-06 (Latency), 4,320 a day: January 2025 holds data in every run
        String office = AlurInProcess.OFFICE;
        // a report page takes seconds at 1 M cases on two shared cores: 40 requests (5 per client) after one each
        int reportCalls = Math.max(40, calls / 50);
        int reportWarmUp = CLIENTS;
        Bench.progress(CLIENTS + " clients signed in as " + HEAD + "; report pages, " + reportCalls + " requests each");
        report("compliance report, one month", "January 2025", heads, reportWarmUp, reportCalls, 6,
                "/laporan/" + office + "/kepatuhan?dari=2025-01-01&sampai=2025-01-31",
                SearchAndReports::complianceProblem);
        report("compliance report, one year", scale, heads, reportWarmUp, reportCalls, 7,
                "/laporan/" + office + "/kepatuhan?dari=2025-01-01&sampai=2025-12-31",
                SearchAndReports::complianceProblem);
        report("dashboard", "January 2025", heads, reportWarmUp, reportCalls, 8,
                "/laporan/" + office + "/dasbor?bulan=2025-01",
                body -> body.contains("<svg") ? null : "dashboard without a chart");
        long day = java.time.Duration.ofDays(1).toSeconds() / 20;
        report("buku kendali (one day)", String.format("%,d rows", day), heads, reportWarmUp, reportCalls, 9,
                "/laporan/" + office + "/buku-kendali?from=2025-01-07&to=2025-01-07",
                // the page shows 100 rows and the day's total (the exports hold the whole day)
                body -> body.split("ALR-2025-", -1).length - 1 >= 100 && body.contains("ledger-paging")
                        ? null
                        : "buku kendali page without its 100 tracking numbers and page links");
        notes.add("Reports: " + CLIENTS + " concurrent clients, each signed in through the login form as " + HEAD
                + ", one request at a time each, " + reportCalls + " requests per row after one each, p50/p95/p99 of"
                + " all; req/s is the row's throughput. The reports cover the generated January 2025 (about 112,000"
                + " cases in a full run) or the year (all of them); the buku kendali one day (" + day
                + " applications) shows its first page of 100 and page links.");
    }

    /** The report must hold a table of steps for seed 000's SOP: cases were found in the period. */
    private static String complianceProblem(String body) {
        return body.contains("compliance-steps") && body.contains(AlurInProcess.SOP_CODE)
                ? null
                : "compliance page without the steps of " + AlurInProcess.SOP_CODE;
    }

    /** A name that no other generated name contains: "Pemohon 12" is in "Pemohon 123", so n is above a tenth. */
    private static long nameNumber(Latency.Generated data, Random random) {
        long low = data.generated() / 10 + 1;
        return low + Math.floorMod(random.nextLong(), data.generated() - low + 1);
    }

    private static String listsProblem(String body, Latency.Generated data, long g) {
        String tracking = Latency.trackingNumber(g);
        return Pages.trackingNumbers(body).contains(tracking) ? null : "search result without " + tracking;
    }

    private static String rowsProblem(String body, int expected) {
        int found = Pages.trackingNumbers(body).size();
        return found == expected ? null : found + " rows instead of " + expected;
    }

    private void search(
            String figure,
            String at,
            List<PageLoad.Client> clients,
            int warmUp,
            int calls,
            long seed,
            Function<Random, PageLoad.Ask> asks)
            throws InterruptedException {
        add(figure, at, PageLoad.run(clients, warmUp, calls, seed, asks), SEARCH_CEILING_MS);
    }

    private void report(
            String figure,
            String at,
            List<PageLoad.Client> clients,
            int warmUp,
            int calls,
            long seed,
            String path,
            Function<String, String> problem)
            throws InterruptedException {
        add(figure, at, PageLoad.run(clients, warmUp, calls, seed, r -> new PageLoad.Ask(path, problem)),
                REPORT_CEILING_MS);
    }

    private void add(String figure, String at, PageLoad.Measured measured, double ceilingMs) {
        Bench.progress(String.format(
                "  %s: %s, %.1f req/s", figure, Bench.ms(measured.percentiles()), measured.requestsPerSecond()));
        if (measured.wrong() > 0) {
            failures.add(figure + ": " + measured.wrong() + " wrong answers, first: " + measured.firstWrong());
        }
        double p95 = measured.percentiles().p95();
        // a row that failed its checks or timed out says so beside its ceiling, and the table is still printed
        String verdict = measured.timedOut() > 0
                ? "timeout (" + measured.timedOut() + ")"
                : measured.wrong() > 0 ? "FAILED (" + measured.wrong() + " wrong)" : p95 <= ceilingMs ? "met" : "NOT MET";
        rows.add(Bench.verdictRow(
                figure + " p50/p95/p99, N=" + CLIENTS,
                at,
                Bench.ms(measured.percentiles()) + String.format(" (%.0f req/s)", measured.requestsPerSecond()),
                "ceiling p95",
                String.format("%.0f ms", ceilingMs),
                String.format("p95 <= %.0f ms", ceilingMs),
                verdict,
                Bench.percent(p95 / ceilingMs)));
    }
}
