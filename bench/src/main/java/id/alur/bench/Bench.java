package id.alur.bench;

import id.alur.letter.LetterId;
import id.alur.letter.LetterService;
import id.alur.letter.RenderedLetter;
import id.alur.sop.Sop;
import id.alur.sop.SopDocuments;
import id.alur.sop.SopFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark harness: every figure of docs/benchmarks.md, each beside its ceiling or peer measured in the same run
 * on the same PostgreSQL server (fsync on), printed as one table. Checks its own work and prints FAILED instead of
 * figures when a check fails. {@code bench/run [--quick] [--rows=reports,...]} ({@link Settings}).
 */
public final class Bench {

    static final int[] CLIENTS = {2, 8, 32};

    private final Settings settings;
    private final List<String> failures = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private Bench(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        // the embedded server's start-up chatter would bury the table; Spring Boot keeps WARN once it runs
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        var bench = new Bench(Settings.parse(args));
        boolean passed;
        try {
            passed = bench.run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.out.println("FAILED: the run stopped: " + e);
            passed = false;
        }
        // exits even when a failure left non-daemon threads (a Spring scheduler, a pool) behind
        System.exit(passed ? 0 : 1);
    }

    private boolean run() throws Exception {
        Instant date = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String loadAtStart = loadAverage();
        String machine = machine();
        String database = "-";
        Generated sizes = null;
        if (settings.jarNeeded() && !Files.isRegularFile(settings.jar())) {
            throw new IllegalStateException(settings.jar() + " is missing: build it with ./mvnw package -DskipTests");
        }
        progress("measuring " + settings.describeRows());
        try (BenchDatabase db = BenchDatabase.start()) {
            database = "PostgreSQL " + db.version() + " (embedded, fsync=" + db.setting("fsync")
                    + ", synchronous_commit=" + db.setting("synchronous_commit") + ", full_page_writes="
                    + db.setting("full_page_writes") + ", wal_sync_method=" + db.setting("wal_sync_method")
                    + ", shared_buffers=" + db.setting("shared_buffers") + ", max_connections="
                    + db.setting("max_connections") + ")";
            progress("database up: " + database);
            try (var alur = new AlurInProcess(db.jdbcUrl(), 40)) {
                if (alur.dataSource() instanceof com.zaxxer.hikari.HikariDataSource pool) {
                    db.watch(pool);
                }
                progress("Alur started in-process (Flyway, demo offices, SOPs and letter settings)");
                if (settings.jarNeeded()) {
                    sizes = overHttp(db, alur);
                }
                if (settings.measures(Settings.Rows.REGISTRY)) {
                    // issue 16: a 1 M-row extract (a full run's --cases) and 10 M rows in the newest edition
                    new RegistryRows(db, alur, rows, notes, failures)
                            .measure(settings.cases(), settings.cases() * 10, settings.latencyCalls());
                }
            }
            if (settings.measures(Settings.Rows.DOCUMENTS)) {
                documents();
            }
        } catch (Exception | Error e) {
            // a run that stops half-way still prints the rows it measured, then this failure
            e.printStackTrace();
            failures.add("the run stopped: " + e);
        }
        return report(date, loadAtStart, machine, database, sizes);
    }

    /**
     * The rows measured against the jar, in a run's order: its starts (4), the lifecycle (1) and letters/s (3), the
     * page data, the inbox and case pages (2), the search and report pages (2a); only those of {@code --rows}.
     */
    private Generated overHttp(BenchDatabase db, AlurInProcess alur) throws Exception {
        Map<String, String> tokens = alur.tokens();
        progress("API tokens issued for " + new TreeSet<>(tokens.keySet()));
        String jarUrl = db.jdbcUrl() + "&ApplicationName=" + JAR_CONNECTIONS;
        Path launcherCache = Files.createTempDirectory("alur-bench-launcher");
        boolean measureStart = settings.measures(Settings.Rows.START);
        Generated sizes = null;
        try {
            if (measureStart) {
                progress("starting " + settings.jar() + " against the bench database");
                try (var plain = JarProcess.start(settings.jar(), jarUrl, false, launcherCache)) {
                    if (!startAndMemory(plain, false)) {
                        return null;
                    }
                }
                progress("first start through bin/alur (unpacks the jar, writes the AOT cache in a training start)");
                try (var first = JarProcess.start(settings.jar(), jarUrl, true, launcherCache)) {
                    Duration training = first.awaitReady(Duration.ofSeconds(300));
                    notes.add("bin/alur's first start of this jar (unpacking, a training start writing the JVM's"
                            + " AOT cache, then the start) took " + seconds(training)
                            + "; the launcher rows measure the next start, the everyday restart.");
                } catch (IllegalStateException e) {
                    failures.add("bin/alur first start: " + e.getMessage());
                }
            }
            try (var jar = JarProcess.start(settings.jar(), jarUrl, true, launcherCache)) {
                if (!failures.isEmpty() || !(measureStart ? startAndMemory(jar, true) : started(jar))) {
                    return null;
                }
                if (settings.measures(Settings.Rows.LIFECYCLE)) {
                    lifecycle(db, alur, jar, tokens);
                }
                if (settings.measures(Settings.Rows.LETTERS)) {
                    letters(alur);
                }
                if (settings.pageData()) {
                    sizes = pageData(alur);
                    if (settings.measures(Settings.Rows.INBOX)) {
                        pages(alur, jar, sizes.data());
                    }
                    new SearchAndReports(rows, notes, failures)
                            .measure(
                                    jar.baseUrl(),
                                    tokens,
                                    sizes.data(),
                                    settings.latencyCalls(),
                                    settings.measures(Settings.Rows.SEARCH),
                                    settings.measures(Settings.Rows.REPORTS));
                }
                jarLog(jar);
            }
        } finally {
            deleteTree(launcherCache);
        }
        return sizes;
    }

    /**
     * The jar through bin/alur when its start is not measured (no {@code start} in {@code --rows}): this first start
     * of the jar unpacks it and makes the training start; its RSS at idle is read for the lifecycle's RSS row.
     */
    private boolean started(JarProcess jar) throws Exception {
        progress("starting " + settings.jar() + " through bin/alur (start rows not measured: --rows)");
        try {
            Duration ready = jar.awaitReady(Duration.ofSeconds(300));
            notes.add("The jar's start was not measured (--rows without start): bin/alur's first start of it,"
                    + " unpacking and the training start included, took " + seconds(ready) + ".");
        } catch (IllegalStateException e) {
            failures.add("jar: " + e.getMessage() + "\n" + tail(jar.log));
            return false;
        }
        if (settings.measures(Settings.Rows.LIFECYCLE)) {
            Thread.sleep(settings.quick() ? 5_000 : 15_000);
            idleRss = jar.rssMiB();
        }
        return true;
    }

    private boolean report(Instant date, String loadAtStart, String machine, String database, Generated sizes)
            throws IOException {
        String loadAtEnd = loadAverage();

        var out = new StringBuilder();
        out.append("Alur benchmark, ")
                .append(settings.quick() ? "QUICK run" : "full run")
                .append(settings.everyRow() ? "" : ", " + settings.describeRows())
                .append('\n');
        out.append("date:     ").append(date).append('\n');
        out.append("machine:  ").append(machine).append('\n');
        out.append("database: ").append(database).append('\n');
        out.append("load avg: at start ")
                .append(loadAtStart)
                .append(", at end ")
                .append(loadAtEnd)
                .append(" (1/5/15 min; other processes share these cores)\n");
        out.append("sizes:    lifecycle window ")
                .append(settings.window().toSeconds())
                .append(" s after ")
                .append(settings.warmUp().toSeconds())
                .append(" s warm-up per row; page data ")
                .append(sizes == null ? "-" : sizes.describe())
                .append('\n');
        // the table is printed whatever happened: a row whose check failed or whose requests timed out says so
        // beside its ceiling (FAILED, timeout), and the failures follow it; only then does the run exit non-zero
        out.append('\n').append(table()).append('\n');
        notes.forEach(n -> out.append("* ").append(n).append('\n'));
        if (!failures.isEmpty()) {
            out.append("\nFAILED: the harness's checks did not pass; the figures above are what was measured:\n");
            failures.forEach(f -> out.append("  - ").append(f).append('\n'));
            System.out.print(out);
            return false;
        }
        if (settings.rows().equals(Set.of(Settings.Rows.REGISTRY))) {
            out.append("checks: passed (the registry import stored every row of the file; every look-up found the"
                    + " NIKs of the edition and none other)\n");
            System.out.print(out);
            return true;
        }
        if (!settings.everyRow()) {
            out.append("checks: passed (those of the rows measured, docs/benchmarks.md \"Checks\")\n");
            System.out.print(out);
            return true;
        }
        out.append("checks: passed (every started case finished through the API with 9 answered requests; cases,"
                + " steps, history, permohonan, hand-overs and letters with both PDFs in the database match the clients;"
                + " no deferred work left; ceiling and Flowable counts match; every page held what was asked for;"
                + " every rendered letter is a PDF)\n");
        System.out.print(out);
        return true;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** What the jar logged at ERROR and WARN level during the run: a note, since the checks above decide. */
    private void jarLog(JarProcess jar) throws IOException {
        List<String> lines = Files.readAllLines(jar.log);
        List<String> errors = lines.stream().filter(l -> l.contains(" ERROR ")).toList();
        long warnings = lines.stream().filter(l -> l.contains(" WARN ")).count();
        notes.add("The jar's log during the run: " + errors.size() + " ERROR lines, " + warnings + " WARN lines"
                + (errors.isEmpty() ? "" : "; first ERROR: " + errors.getFirst().trim()));
        if (!errors.isEmpty()) {
            progress("the jar logged errors; the first ones:\n"
                    + String.join("\n", errors.subList(0, Math.min(5, errors.size()))));
        }
    }

    /** The application name of the jar's database connections, to find them in pg_stat_activity. */
    static final String JAR_CONNECTIONS = "alur-bench-jar";

    // ------------------------------------------------------------------------------------------------ 4. start/RSS

    /**
     * Time to ready and RSS at idle of the jar; false when it did not start (a failure is recorded). Both ways of
     * starting are measured: plain {@code java -jar} (no JVM options) and the production launcher {@code bin/alur}
     * (docs/production.md), whose process then serves the lifecycle and the pages.
     */
    private boolean startAndMemory(JarProcess jar, boolean launcher) throws Exception {
        Duration ready;
        try {
            ready = jar.awaitReady(Duration.ofSeconds(120));
        } catch (IllegalStateException e) {
            failures.add("jar: " + e.getMessage() + "\n" + tail(jar.log));
            return false;
        }
        Thread.sleep(settings.quick() ? 5_000 : 15_000);
        double rss = jar.rssMiB();
        String how = launcher ? "bin/alur" : "java -jar, no JVM options";
        rows.add(row(
                "time to ready (" + how + ", migrated DB)",
                "-",
                seconds(ready),
                "-",
                "-",
                "<= 5 s",
                ready.toMillis() <= 5_000));
        rows.add(row("RSS at idle (" + how + ")", "-", mib(rss), "-", "-", "<= 300 MB", rss <= 300));
        if (launcher) {
            idleRss = rss;
        }
        Files.readAllLines(jar.log).stream()
                .filter(line -> line.contains("Started AlurApplication in"))
                .findFirst()
                .ifPresent(line -> notes.add("The jar's own log: "
                        + line.substring(line.indexOf("Started AlurApplication"))
                                .trim()
                        + "; time to ready above runs from the process start to the first UP from"
                        + " /actuator/health, polled every 20 ms; started as " + String.join(" ", jarCommand(launcher))
                        + " (JarProcess.command)."));
        return true;
    }

    private List<String> jarCommand(boolean launcher) {
        List<String> command = JarProcess.command(settings.jar(), 0, launcher);
        return command.subList(0, command.size() - 1).stream()
                .map(part -> part.endsWith("/java") ? "java" : part)
                .toList();
    }

    private double idleRss;

    // ------------------------------------------------------------------------------------------------ 1. lifecycle

    private void lifecycle(BenchDatabase db, AlurInProcess alur, JarProcess jar, Map<String, String> tokens)
            throws Exception {
        Sop sop = SopFormat.seed(AlurInProcess.OFFICE);
        var http = new HttpLifecycle(HttpLifecycle.client(), jar.baseUrl(), tokens);
        try (var ceiling = new Ceiling(db, 32);
                var flowable = new FlowablePeer(db, sop, 40)) {
            progress("Flowable " + flowable.version + " deployed the exported BPMN of seed 000");
            for (int clients : CLIENTS) {
                ceiling.reset();
                progress("N=" + clients + ": ceiling");
                Load.Result top =
                        Load.run(clients, settings.warmUp(), settings.window(), (c, s) -> ceiling.transaction(c));
                checkLoad("ceiling N=" + clients, top);
                addFailure(ceiling.check(top.finishedUnits()));

                progress("N=" + clients + ": Alur through the HTTP API (the jar)");
                http.reset();
                var check = new CaseCheck(alur.jdbc);
                flushJarStatistics(db);
                Activity before = activity(db);
                var tablesBefore = tableWrites(db);
                double cpuBefore = jar.cpuSeconds();
                Load.Result overHttp;
                Duration drain;
                double peakRss;
                long rssSamples;
                try (var rss = new RssSampler(jar.pid())) {
                    overHttp = Load.run(clients, settings.warmUp(), settings.window(), http::runCase);
                    try {
                        drain = check.awaitDrained(overHttp.windowEndNanos(), Duration.ofSeconds(120));
                    } catch (IllegalStateException e) {
                        failures.add("Alur over HTTP N=" + clients + ": " + e.getMessage());
                        drain = Duration.ZERO;
                    }
                    peakRss = rss.peakMiB();
                    rssSamples = rss.samples();
                    if (rss.failure() != null) {
                        failures.add("RSS sampling of the jar stopped: " + rss.failure());
                    }
                }
                double jarCpuPerCase = overHttp.finishedUnits() == 0
                        ? 0
                        : (jar.cpuSeconds() - cpuBefore) * 1000 / overHttp.finishedUnits();
                flushJarStatistics(db);
                Activity httpWork = activity(db).minus(before);
                String httpTables = perTable(tablesBefore, tableWrites(db), overHttp.finishedUnits());
                checkLoad("Alur over HTTP N=" + clients, overHttp);
                failures.addAll(check.check("Alur over HTTP N=" + clients, new HashSet<>(http.finishedCases)));
                if (http.finishedCases.size() != overHttp.finishedUnits()) {
                    failures.add("Alur over HTTP N=" + clients + ": " + overHttp.finishedUnits()
                            + " cases finished by the clients, " + http.finishedCases.size() + " recorded");
                }
                var requestTimes = Latency.Percentiles.of(http.requests);
                Load.Result ours = overHttp.stretchedBy(drain);
                progress(String.format(
                        "  %d cases in the window (%d finished in all), drained %.2f s after it; request p50/p95 by"
                                + " action (ms): %s; peak RSS %.0f MB; jar CPU %.0f ms per case",
                        overHttp.units(),
                        overHttp.finishedUnits(),
                        drain.toNanos() / 1e9,
                        http.perAction(),
                        peakRss,
                        jarCpuPerCase));

                progress("N=" + clients + ": Alur in-process, no HTTP (workflow API)");
                String run = "bench-" + clients + "-" + System.nanoTime();
                before = activity(db);
                Load.Result inProcess = Load.run(
                        clients,
                        settings.warmUp(),
                        settings.window(),
                        (c, s) -> alur.runCase(run + "-" + c + "-" + s, c));
                Activity inProcessWork = activity(db).minus(before);
                checkLoad("Alur in-process N=" + clients, inProcess);
                checkAlur(alur, run, inProcess.finishedUnits());

                progress("N=" + clients + ": Flowable");
                String peerRun = "flowable-" + clients + "-" + System.nanoTime();
                before = activity(db);
                tablesBefore = tableWrites(db);
                Load.Result peer = Load.run(
                        clients,
                        settings.warmUp(),
                        settings.window(),
                        (c, s) -> flowable.runCase(peerRun + "-" + c + "-" + s, c));
                Activity peerWork = activity(db).minus(before);
                String peerTables = perTable(tablesBefore, tableWrites(db), peer.finishedUnits());
                checkLoad("Flowable N=" + clients, peer);
                addFailure(flowable.check(peerRun, peer.finishedUnits()));
                for (Load.Result alurRow : List.of(ours, inProcess)) {
                    if (alurRow.units() > 0
                            && peer.units() > 0
                            && alurRow.transitions() / alurRow.units() != peer.transitions() / peer.units()) {
                        failures.add("Alur and Flowable made different numbers of transitions per case at N="
                                + clients + ": " + alurRow.transitions() / alurRow.units() + " and "
                                + peer.transitions() / peer.units());
                    }
                }
                if (failures.isEmpty() && ours.units() == 0) {
                    continue;
                }

                double toCeiling = ours.transitionsPerSecond() / top.transitionsPerSecond();
                double toPeer = ours.transitionsPerSecond() / peer.transitionsPerSecond();
                rows.add(row(
                        "transitions/s vs ceiling (HTTP API)",
                        "N=" + clients,
                        rate(ours.transitionsPerSecond()),
                        "ceiling (1 UPDATE + 1 INSERT tx)",
                        rate(top.transitionsPerSecond()),
                        clients == 8 ? ">= 50 %" : "-",
                        clients == 8 ? toCeiling >= 0.5 : null,
                        percent(toCeiling)));
                rows.add(row(
                        "transitions/s vs peer (HTTP API)",
                        "N=" + clients,
                        rate(ours.transitionsPerSecond()),
                        "Flowable, same BPMN, in-process",
                        rate(peer.transitionsPerSecond()),
                        ">= 5x",
                        toPeer >= 5,
                        times(toPeer)));
                rows.add(row(
                        "cases/s (seed 000, HTTP, with letters)",
                        "N=" + clients,
                        rate(ours.unitsPerSecond()),
                        "Flowable, same BPMN, in-process",
                        rate(peer.unitsPerSecond()),
                        "-",
                        null,
                        times(ours.unitsPerSecond() / peer.unitsPerSecond())));
                rows.add(row(
                        "  transitions/s in-process, no HTTP",
                        "N=" + clients,
                        rate(inProcess.transitionsPerSecond()),
                        "Alur through the HTTP API",
                        rate(ours.transitionsPerSecond()),
                        "-",
                        null,
                        times(inProcess.transitionsPerSecond() / ours.transitionsPerSecond())));
                rows.add(row(
                        "jar RSS under lifecycle load (peak)",
                        "N=" + clients,
                        mib(peakRss),
                        "RSS at idle",
                        mib(idleRss),
                        "-",
                        null,
                        times(peakRss / idleRss)));
                notes.add(String.format(
                        "N=%d over HTTP: %d cases in the %.0f s window, deferred work (letters with their PDFs, the"
                                + " permohonan closed) drained %.2f s after the window closed, counted in (rates over"
                                + " %.2f s); API request time p50/p95/p99 %.1f / %.1f / %.1f ms over %,d requests"
                                + " (p50/p95 by action: %s); the jar used %.0f ms of CPU per case (warm-up included,"
                                + " letters included); RSS sampled %d times every %d ms",
                        clients,
                        ours.units(),
                        overHttp.seconds(),
                        drain.toNanos() / 1e9,
                        ours.seconds(),
                        requestTimes.p50(),
                        requestTimes.p95(),
                        requestTimes.p99(),
                        requestTimes.calls(),
                        http.perAction(),
                        jarCpuPerCase,
                        rssSamples,
                        RssSampler.PERIOD_MILLIS));
                notes.add(String.format(
                        "N=%d database work per case (pg_stat_database, approx.): Alur over HTTP %s; Alur in-process"
                                + " %s; Flowable %s",
                        clients,
                        httpWork.perCase(overHttp.finishedUnits()),
                        inProcessWork.perCase(inProcess.finishedUnits()),
                        peerWork.perCase(peer.finishedUnits())));
                if (clients == 8) {
                    notes.add("N=8 rows written per case by table (inserted+updated): Alur over HTTP " + httpTables
                            + "; Flowable " + peerTables);
                }
            }
            if (http.acknowledgedIntakes() > 0) {
                notes.add(http.acknowledgedIntakes() + " intakes were answered with warnings and sent again with them"
                        + " acknowledged (not expected: every applicant is new).");
            }
            notes.add("Lifecycle over HTTP: per case 9 requests = 11 transitions: POST /api/permohonan (the intake is"
                    + " step 1: start, claim, complete = 3), then per step 2..5 POST .../ambil (claim) and .../putusan"
                    + " YA or .../selesai (complete; step 5 with the hand-over) = 2 each; bearer tokens of rembang's"
                    + " officers; one java.net.http.HttpClient (HTTP/1.1 keep-alive) for N platform-thread clients."
                    + " The jar uses its default pool (Hikari, 10 connections). Flowable: start, then per user task"
                    + " claim + complete = 11. In-process: WorkflowService start, claim, complete/decide = 11.");
        }
    }

    /**
     * Makes the jar's idle database sessions report their statistics (an idle server process reports only every ten
     * seconds; one that ends, at once): they are ended, and the jar's pool opens new ones as it needs them.
     */
    private static void flushJarStatistics(BenchDatabase db) throws SQLException, InterruptedException {
        try (var connection = db.connect();
                var statement = connection.prepareStatement("""
                        select pg_terminate_backend(pid) from pg_stat_activity
                         where application_name = ? and state = 'idle'""")) {
            statement.setString(1, JAR_CONNECTIONS);
            statement.executeQuery().close();
        }
        db.flushStatistics();
    }

    private void checkAlur(AlurInProcess alur, String run, long finishedCases) {
        String like = run + "-%";
        var counts = alur.jdbc
                .sql("""
                        select count(*) as cases,
                               count(*) filter (where c.state = 'FINISHED' and c.current_step_id is null) as finished,
                               (select count(*) from workflow_step s join workflow_case k on k.id = s.case_id
                                 where k.subject_ref like :like and s.state = 'DONE') as steps,
                               (select count(*) from workflow_step s join workflow_case k on k.id = s.case_id
                                 where k.subject_ref like :like and s.state <> 'DONE') as undone,
                               (select count(*) from workflow_history h join workflow_case k on k.id = h.case_id
                                 where k.subject_ref like :like) as history,
                               (select count(distinct n) from (select count(*) n from workflow_history h
                                  join workflow_case k on k.id = h.case_id where k.subject_ref like :like
                                  group by h.case_id) per_case) as history_shapes
                          from workflow_case c where c.subject_ref like :like""")
                .param("like", like)
                .query((rs, i) -> new long[] {
                    rs.getLong("cases"),
                    rs.getLong("finished"),
                    rs.getLong("steps"),
                    rs.getLong("undone"),
                    rs.getLong("history"),
                    rs.getLong("history_shapes")
                })
                .single();
        if (counts[0] != finishedCases || counts[1] != finishedCases) {
            failures.add("Alur " + run + ": " + finishedCases + " cases ran, " + counts[0] + " in the database, "
                    + counts[1] + " finished");
        }
        if (counts[2] != finishedCases * 5 || counts[3] != 0) {
            failures.add("Alur " + run + ": " + counts[2] + " steps done for " + finishedCases + " cases (expected "
                    + finishedCases * 5 + "), " + counts[3] + " not done");
        }
        if (finishedCases > 0 && (counts[5] != 1 || counts[4] < finishedCases * 7)) {
            failures.add("Alur " + run + ": history rows " + counts[4] + " in " + counts[5] + " different shapes");
        }
    }

    private void checkLoad(String what, Load.Result result) {
        if (!result.failures().isEmpty()) {
            Throwable first = result.failures().getFirst();
            failures.add(what + ": " + result.failures().size() + " errors, first: " + first);
            first.printStackTrace();
        }
        if (result.startedUnits() != result.finishedUnits()) {
            failures.add(what + ": " + result.startedUnits() + " started, " + result.finishedUnits() + " finished");
        }
        if (result.units() == 0) {
            failures.add(what + ": nothing finished inside the measured window");
        }
    }

    // ------------------------------------------------------------------------------------------------ letters/s

    /**
     * Letters per second: {@code LetterService.render} (both PDFs of a stored letter, as issuing renders them,
     * storing nothing) on two threads, over the letters the lifecycle rows issued, in turns.
     */
    private void letters(AlurInProcess alur) throws InterruptedException {
        List<Long> ids = CaseCheck.letterIds(alur.jdbc, 400);
        if (ids.isEmpty()) {
            failures.add("letters/s: the lifecycle rows issued no letter to render");
            return;
        }
        var service = alur.bean(LetterService.class);
        Map<Long, String> storedHashes = new java.util.HashMap<>();
        alur.jdbc
                .sql("select id, pdf_sha256 from letter where id in (:ids) and pdf_sha256 is not null")
                .param("ids", ids)
                .query((rs, i) -> storedHashes.put(rs.getLong(1), rs.getString(2)))
                .list();
        var differing = new AtomicLong();
        var compared = new AtomicLong();
        Set<Long> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        var next = new AtomicLong();
        progress("letters/s: LetterService.render on 2 threads over " + ids.size() + " issued letters");
        Load.Result rendered = Load.run(2, settings.warmUp(), settings.window(), (c, s) -> {
            long id = ids.get((int) (next.getAndIncrement() % ids.size()));
            RenderedLetter letter = service.render(new LetterId(id));
            requirePdf(letter.issued(), id);
            requirePdf(letter.officeCopy(), id);
            String stored = storedHashes.get(id);
            if (stored != null && seen.add(id)) {
                compared.incrementAndGet();
                if (!stored.equals(sha256(letter.issued()))) {
                    differing.incrementAndGet();
                }
            }
            return 1;
        });
        checkLoad("letters/s", rendered);
        double lettersPerSecond = rendered.unitsPerSecond();
        rows.add(row(
                "letters/s (render both PDFs, 2 threads)",
                ids.size() + " letters",
                rate(lettersPerSecond),
                "target",
                "50/s",
                ">= 50/s",
                lettersPerSecond >= 50,
                percent(lettersPerSecond / 50)));
        rows.add(
                row("  PDFs/s (issued copy + office copy)", "-", rate(lettersPerSecond * 2), "-", "-", "-", null, "-"));
        notes.add(String.format(
                "Letters: LetterService.render(LetterId) in-process on 2 threads over the %d letters the lifecycle rows"
                        + " issued (Tanda Terima and Surat Pengantar), in turns; one letter = one call = two PDFs, each"
                        + " checked to be a PDF; %d first renders compared with the stored PDF's SHA-256: %d differ.",
                ids.size(), compared.get(), differing.get()));
    }

    private static void requirePdf(byte[] pdf, long letter) {
        if (pdf == null || pdf.length < 1000 || pdf[0] != '%' || pdf[1] != 'P' || pdf[2] != 'D' || pdf[3] != 'F') {
            throw new IllegalStateException(
                    "letter " + letter + " rendered no PDF (" + (pdf == null ? "null" : pdf.length + " bytes") + ")");
        }
    }

    private static String sha256(byte[] bytes) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    // ------------------------------------------------------------------------------------------------ 2. pages

    record Generated(Latency.Generated data) {
        String describe() {
            return String.format(
                    "%,d permohonan / %,d cases (%,d generated), %,d steps (%,d open), %,d history rows in the database",
                    data.permohonan(), data.cases(), data.generated(), data.steps(), data.openSteps(), data.history());
        }
    }

    /** The page data of 2 (generate_series), and the stored figures rebuilt from it. */
    private Generated pageData(AlurInProcess alur) {
        var latency = new Latency(alur.jdbc);
        int perCase = (int) Math.max(1, settings.historyRows() / settings.cases());
        progress(String.format(
                "generating %,d permohonan with their cases, %d history rows each (generate_series)",
                settings.cases(), perCase));
        long from = System.nanoTime();
        Latency.Generated data = latency.generate(settings.cases(), perCase);
        progress(String.format(
                "generated in %.0f s: %s", (System.nanoTime() - from) / 1e9, new Generated(data).describe()));
        // the generated steps and cases were inserted, not closed: the office's stored figures (V5_190/191) are rebuilt
        // from them, as the migration does for the steps a database already holds
        from = System.nanoTime();
        long figureRows = alur.bean(id.alur.workflow.WorkflowFigures.class).rebuildFigures(AlurInProcess.OFFICE);
        notes.add(String.format(
                "The generated steps' and cases' Mutu Baku figures (workflow_step_figures, workflow_case_figures;"
                        + " V5_190, V5_191) were rebuilt from them by WorkflowFigures.rebuildFigures in %.1f s: %,d rows.",
                (System.nanoTime() - from) / 1e9, figureRows));
        return new Generated(data);
    }

    /** The inbox and case pages of the jar over the page data, one client (2). */
    private void pages(AlurInProcess alur, JarProcess jar, Latency.Generated data) throws Exception {
        int pageSize = alur.bean(org.springframework.core.env.Environment.class)
                .getProperty("alur.casework.inbox-page-size", Integer.class, 25);
        String officer = "rembang." + Latency.POSITION;
        var pages = Pages.signIn(jar.baseUrl(), officer, id.alur.demo.DemoOffices.PASSWORD);
        progress("signed in to the jar as " + officer + "; inbox and case pages, " + settings.latencyCalls() + " each");
        int warmUp = settings.latencyCalls() / 5;
        Pages.Measured inbox = pages.inbox(warmUp, settings.latencyCalls(), pageSize);
        Pages.Measured casePage = pages.cases(warmUp, settings.latencyCalls(), data::pick);
        if (inbox.wrongPages() > 0) {
            failures.add("inbox page: " + inbox.wrongPages() + " wrong answers, first: " + inbox.firstWrong());
        }
        if (casePage.wrongPages() > 0) {
            failures.add("case page: " + casePage.wrongPages() + " wrong answers, first: " + casePage.firstWrong());
        }
        String scale = String.format("%,d cases", data.cases());
        rows.add(row(
                "inbox page p50/p95/p99 (HTTP, " + pageSize + " rows)",
                scale,
                ms(inbox.percentiles()),
                "target p95",
                "50 ms",
                "p95 <= 50 ms",
                inbox.percentiles().p95() <= 50,
                percent(inbox.percentiles().p95() / 50)));
        rows.add(row(
                "case page p50/p95/p99 (HTTP)",
                String.format("%,d history rows", data.history()),
                ms(casePage.percentiles()),
                "-",
                "-",
                "-",
                null,
                "-"));
        notes.add("Pages: GET /inbox?page=0..4 and GET /permohonan/{id} of the jar, HTML, one client signed in as "
                + officer + " through the login form (session cookie), each timed from sending to the whole page read,"
                + " " + settings.latencyCalls() + " each after " + warmUp + " warm-up requests; every answer checked:"
                + " 200 and " + pageSize + " permohonan rows / the tracking number asked for.");
    }

    // ------------------------------------------------------------------------------------------------ 3. documents

    private void documents() throws InterruptedException {
        Sop largest = null;
        for (String office :
                List.of("dinsosppkb-rembang", "dinsos-solok", "kemenag-jaksel", "dinsos-kaltara", "dinkes-belitung")) {
            Sop sop = SopFormat.seed(office);
            if (largest == null
                    || sop.activities().size() > largest.activities().size()) {
                largest = sop;
            }
        }
        Sop sop = largest;
        progress("SOP document PDF of " + sop.code() + " (" + sop.activities().size() + " activities), 2 threads");
        var sizes = new AtomicLong();
        Load.Result pdfs = Load.run(2, settings.warmUp(), settings.window(), (c, s) -> {
            byte[] pdf = SopDocuments.pdf(sop);
            if (pdf.length < 1000 || pdf[0] != '%' || pdf[1] != 'P') {
                throw new IllegalStateException("not a PDF: " + pdf.length + " bytes");
            }
            sizes.set(pdf.length);
            return 1;
        });
        checkLoad("SOP PDF", pdfs);
        rows.add(row(
                "SOP document PDF/s (largest seed, 2 threads)",
                sop.code(),
                rate(pdfs.unitsPerSecond()),
                "-",
                "-",
                "-",
                null,
                "-"));
    }

    // ------------------------------------------------------------------------------------------------ database work

    record Activity(long commits, long inserted, long updated, long fetched) {
        Activity minus(Activity o) {
            return new Activity(commits - o.commits, inserted - o.inserted, updated - o.updated, fetched - o.fetched);
        }

        String perCase(long cases) {
            if (cases == 0) {
                return "-";
            }
            return String.format(
                    "%.1f commits, %.1f rows inserted, %.1f updated, %.1f fetched",
                    commits / (double) cases,
                    inserted / (double) cases,
                    updated / (double) cases,
                    fetched / (double) cases);
        }
    }

    private static Activity activity(BenchDatabase db) throws SQLException, InterruptedException {
        db.flushStatistics();
        try (var connection = db.connect();
                var rs = connection
                        .createStatement()
                        .executeQuery("select xact_commit, tup_inserted, tup_updated, tup_fetched from pg_stat_database"
                                + " where datname = 'postgres'")) {
            rs.next();
            return new Activity(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
        }
    }

    private static java.util.Map<String, Long> tableWrites(BenchDatabase db) throws SQLException {
        var writes = new java.util.HashMap<String, Long>();
        try (var connection = db.connect();
                var rs = connection
                        .createStatement()
                        .executeQuery("select relname, n_tup_ins + n_tup_upd from pg_stat_user_tables")) {
            while (rs.next()) {
                writes.put(rs.getString(1), rs.getLong(2));
            }
        }
        return writes;
    }

    /** The tables written most per case between two snapshots, e.g. "workflow_history 7.0, workflow_step 15.0". */
    private static String perTable(java.util.Map<String, Long> before, java.util.Map<String, Long> after, long cases) {
        if (cases == 0) {
            return "-";
        }
        return after.entrySet().stream()
                .map(e -> java.util.Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(10)
                .map(e -> String.format("%s %.1f", e.getKey(), e.getValue() / (double) cases))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    // ------------------------------------------------------------------------------------------------ output

    static String[] row(
            String figure,
            String at,
            String alur,
            String reference,
            String referenceValue,
            String target,
            Boolean met) {
        return row(figure, at, alur, reference, referenceValue, target, met, "-");
    }

    static String[] row(
            String figure,
            String at,
            String alur,
            String reference,
            String referenceValue,
            String target,
            Boolean met,
            String ratio) {
        return verdictRow(
                figure, at, alur, reference, referenceValue, target, met == null ? "" : met ? "met" : "NOT MET", ratio);
    }

    /** A row whose last column is said in words: met, NOT MET, FAILED, timeout. */
    static String[] verdictRow(
            String figure,
            String at,
            String alur,
            String reference,
            String referenceValue,
            String target,
            String verdict,
            String ratio) {
        return new String[] {figure, at, alur, reference, referenceValue, ratio, target, verdict};
    }

    private String table() {
        List<String[]> all = new ArrayList<>();
        all.add(new String[] {"figure", "at", "Alur", "against", "its figure", "ratio", "target", ""});
        all.addAll(rows);
        int[] widths = new int[8];
        for (String[] r : all) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        }
        var out = new StringBuilder();
        for (int j = 0; j < all.size(); j++) {
            String[] r = all.get(j);
            out.append('|');
            for (int i = 0; i < r.length; i++) {
                out.append(' ').append(pad(r[i], widths[i])).append(" |");
            }
            out.append('\n');
            if (j == 0) {
                out.append('|');
                for (int width : widths) {
                    out.append("-".repeat(width + 2)).append('|');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    private void addFailure(String failure) {
        if (failure != null) {
            failures.add(failure);
        }
    }

    static String rate(double perSecond) {
        return String.format("%,.1f/s", perSecond);
    }

    static String percent(double ratio) {
        return String.format("%.0f %%", ratio * 100);
    }

    private static String times(double ratio) {
        return String.format("%.1fx", ratio);
    }

    private static String seconds(Duration duration) {
        return String.format("%.2f s", duration.toMillis() / 1000.0);
    }

    private static String mib(double mib) {
        return String.format("%.0f MB", mib);
    }

    static String ms(Latency.Percentiles p) {
        return String.format("%.1f / %.1f / %.1f ms", p.p50(), p.p95(), p.p99());
    }

    static void progress(String message) {
        System.err.println("[bench " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "] " + message);
    }

    private static String loadAverage() throws IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }

    private static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim())
                .findFirst()
                .orElse("unknown CPU");
        long memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                .filter(l -> l.startsWith("MemTotal:"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
                .findFirst()
                .orElse(0L);
        return String.format(
                "%s, %d cores, %.1f GiB RAM, %s %s, Java %s (%s)",
                cpu,
                Runtime.getRuntime().availableProcessors(),
                memKb / 1024.0 / 1024.0,
                System.getProperty("os.name"),
                System.getProperty("os.version"),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
