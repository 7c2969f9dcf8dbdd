package id.alur.bench;

import id.alur.registry.ImportMode;
import id.alur.registry.RegistryColumns;
import id.alur.registry.RegistryImportResult;
import id.alur.registry.RegistryService;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.ConcurrentHistogram;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Issue 16's figures: importing a registry extract (CSV, 1 M rows in a full run) through the registry's import, against
 * PostgreSQL's own {@code COPY} of the same file into the same table in the same run; and the NIK look-up of the
 * registry's public API as the intake makes it ({@link RegistryService#answers} in the intake's transaction) with 10 M
 * rows in the office's newest edition, against 20 ms, beside the look-up committing its record alone.
 */
final class RegistryRows {

    static final String SOURCE = "bench-dtsen.csv";
    static final double LOOK_UP_CEILING_MS = 20;

    private final BenchDatabase db;
    private final AlurInProcess alur;
    private final List<String[]> rows;
    private final List<String> notes;
    private final List<String> failures;

    RegistryRows(
            BenchDatabase db, AlurInProcess alur, List<String[]> rows, List<String> notes, List<String> failures) {
        this.db = db;
        this.alur = alur;
        this.rows = rows;
        this.notes = notes;
        this.failures = failures;
    }

    /**
     * A valid, distinct NIK for every {@code n} below 336 M: Kec. Sumber (33.17.01), the day of birth (women's + 40),
     * month and two-digit year, and a serial from 0001: {@code PPKKCC DDMMYY SSSS} (NikStructure).
     */
    static String nik(String kecamatan, long n) {
        long serial = 1 + n % 9999;
        long rest = n / 9999;
        long year = rest % 100;
        rest /= 100;
        long month = 1 + rest % 12;
        long day = 1 + rest / 12;
        return String.format("%s%02d%02d%02d%04d", kecamatan, day, month, year, serial);
    }

    void measure(long importRows, long lookUpRows, int lookUps) throws Exception {
        Path file = Files.createTempFile("alur-bench-registry", ".csv");
        try {
            write(file, importRows);
            importAgainstCopy(file, importRows);
        } finally {
            Files.deleteIfExists(file);
        }
        lookUp(lookUpRows, lookUps);
    }

    /** The extract as the dinas provinsi sends it: the DTSEN default columns, one applicant a row. */
    private static void write(Path file, long count) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("NIK,NO_KK,NAMA,DESIL,KODE_WILAYAH,STATUS\n");
            for (long n = 0; n < count; n++) {
                out.write(nik("331701", n));
                out.write(",3317011203150007,Warga ");
                out.write(Long.toString(n));
                out.write(',');
                out.write(Long.toString(1 + n % 10));
                out.write(",33.17.01.2002,AKTIF\n");
            }
        }
    }

    private void importAgainstCopy(Path file, long count) throws Exception {
        var jdbc = alur.jdbc;
        var service = alur.bean(RegistryService.class);
        Bench.progress(String.format("registry: COPY of a %,d-row extract (%,d bytes) into registry_entry", count,
                Files.size(file)));
        double copySeconds = copy(file, count);
        Bench.progress(String.format("  COPY: %.2f s; now the registry's import of the same file", copySeconds));
        long from = System.nanoTime();
        RegistryImportResult result;
        try (var in = Files.newInputStream(file)) {
            result = service.importFile(
                    AlurInProcess.OFFICE, SOURCE, RegistryColumns.dtsenDefaults(), in, ImportMode.ALL_OR_NOTHING,
                    "bench");
        }
        double importSeconds = (System.nanoTime() - from) / 1e9;
        long stored = jdbc.sql("select count(*) from registry_entry where edition_id = :id")
                .param("id", result.edition().id())
                .query(Long.class)
                .single();
        if (stored != count || result.edition().rowCount() != count || result.skippedCount() != 0) {
            failures.add(String.format("registry import: %,d rows in the file, %,d stored, edition counts %,d,"
                    + " %d skipped", count, stored, result.edition().rowCount(), result.skippedCount()));
        }
        double ours = count / importSeconds;
        double ceiling = count / copySeconds;
        Bench.progress(String.format("  import: %.2f s", importSeconds));
        rows.add(Bench.row(
                "registry import, CSV (rows/s, checked, one tx)",
                String.format("%,d rows", count),
                Bench.rate(ours),
                "COPY of the same file, same table",
                Bench.rate(ceiling),
                "-",
                null,
                Bench.percent(ours / ceiling)));
        notes.add(String.format("Registry import: a %,d-row CSV extract (DTSEN default columns, %,d bytes) imported"
                + " with RegistryService.importFile (commons-csv, every row checked: NIK rules, name, desil 1-10,"
                + " and, by SQL after the reading, duplicates; rows streamed by COPY, the key deferred to the commit; one"
                + " transaction) in %.2f s, against COPY registry_entry FROM"
                + " STDIN (csv) of the same file, run before it, in one transaction with its edition row, in %.2f s;"
                + " both into the same table with its primary key (edition_id, nik).",
                count, Files.size(file), importSeconds, copySeconds));
    }

    /**
     * PostgreSQL's own load of the file into registry_entry, committed: the edition a row refers to is given as the
     * column's default for the one transaction (the file, like an office's extract, has no edition column).
     */
    private double copy(Path file, long count) throws Exception {
        UUID edition = UUID.randomUUID();
        long from = System.nanoTime();
        try (Connection connection = db.connect()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("insert into registry_edition (id, office_code, source_name, imported_at,"
                        + " imported_by, row_count, skipped_rows) values ('" + edition + "', '" + AlurInProcess.OFFICE
                        + "', 'bench-copy.csv', now() - interval '1 day', 'bench', " + count + ", 0)");
                statement.execute("alter table registry_entry alter column edition_id set default '" + edition + "'");
            }
            long copied;
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                copied = connection.unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn("COPY registry_entry (nik, family_number, name, desil, region_code, status)"
                                + " FROM STDIN (FORMAT csv, HEADER true)", in);
            }
            try (var statement = connection.createStatement()) {
                statement.execute("alter table registry_entry alter column edition_id drop default");
            }
            connection.commit();
            if (copied != count) {
                failures.add("registry COPY: " + copied + " rows of " + count);
            }
        }
        return (System.nanoTime() - from) / 1e9;
    }

    /**
     * {@code rowCount} rows generated straight into a new newest edition of the office, then look-ups of NIKs in it
     * (found) and of valid NIKs of another kecamatan (not found), in turns, on {@value SearchAndReports#CLIENTS}
     * threads.
     */
    private void lookUp(long rowCount, int calls) throws Exception {
        var jdbc = alur.jdbc;
        Bench.progress(String.format("registry: generating an edition of %,d rows (generate_series)", rowCount));
        long from = System.nanoTime();
        UUID edition = UUID.randomUUID();
        jdbc.sql("""
                insert into registry_edition (id, office_code, source_name, imported_at, imported_by, row_count,
                                              skipped_rows)
                values (:id, :office, 'bench-generated.csv', now() + interval '1 minute', 'bench', :rows, 0)""")
                .param("id", edition)
                .param("office", AlurInProcess.OFFICE)
                .param("rows", rowCount)
                .update();
        // the same NIKs as nik("331701", n), in the order of the primary key
        jdbc.sql("""
                insert into registry_entry (edition_id, nik, family_number, name, desil, region_code, status)
                select :id, '331701' || lpad((1 + n / 9999 / 100 / 12)::text, 2, '0')
                              || lpad((1 + n / 9999 / 100 % 12)::text, 2, '0') || lpad((n / 9999 % 100)::text, 2, '0')
                              || lpad((1 + n % 9999)::text, 4, '0'),
                       '3317011203150007', 'Warga ' || n, 1 + n % 10, '33.17.01.2002', 'AKTIF'
                  from generate_series(0, :last) n""")
                .param("id", edition)
                .param("last", rowCount - 1)
                .update();
        // an office imports an edition once and looks up in it for months: the measurement starts after what the load
        // leaves behind (autovacuum's pass over 10 M new rows, the checkpoint of their WAL), not during it
        jdbc.sql("vacuum (analyze) registry_entry").update();
        jdbc.sql("analyze registry_edition").update();
        jdbc.sql("checkpoint").update();
        long total = jdbc.sql("select count(*) from registry_entry").query(Long.class).single();
        Bench.progress(String.format("  generated in %.0f s; %,d registry rows in all", (System.nanoTime() - from)
                / 1e9, total));
        generatedRows = rowCount;
        var service = alur.bean(RegistryService.class);
        var newest = service.newestEdition(AlurInProcess.OFFICE);
        if (newest.isEmpty() || !newest.get().id().equals(edition)) {
            failures.add("registry look-up: the generated edition is not the office's newest");
            return;
        }
        // where the look-up's statement spends (RegistryEditions.newestWith: the edition, then the row by primary key)
        String plan = String.join("\n    ", jdbc.sql("""
                        EXPLAIN (ANALYZE, BUFFERS, TIMING)
                        SELECT d.id, e.nik, e.desil
                        FROM (SELECT id, imported_at FROM registry_edition WHERE office_code = :office
                              ORDER BY imported_at DESC, id LIMIT 1) d
                        LEFT JOIN registry_entry e ON e.edition_id = d.id AND e.nik = ANY(:niks::char(16)[])""")
                .param("office", AlurInProcess.OFFICE)
                .param("niks", new String[] {nik("331701", rowCount / 2), nik("331702", 7)})
                .query(String.class)
                .list());
        Bench.progress("  the look-up's statement:\n    " + plan);
        int clients = SearchAndReports.CLIENTS;
        int warmUp = Math.max(clients, calls / 5);
        var transactions = alur.bean(PlatformTransactionManager.class);
        // the intake's look-up (PermohonanService.submit through DeskRegistry): inside the intake's transaction, whose
        // commit the intake pays for its own rows anyway; the look-up's cost is its statement and its audit record
        Timed atIntake = timed(clients, warmUp, calls, (nik, n, present, watch) -> {
            var intake = transactions.getTransaction(TransactionDefinition.withDefaults());
            try {
                watch.start();
                var answer = service.answers(AlurInProcess.OFFICE, List.of(nik)).getFirst();
                watch.stop();
                transactions.commit(intake);
                return right(answer.entry(), n, present, edition);
            } catch (RuntimeException e) {
                if (!intake.isCompleted()) {
                    transactions.rollback(intake);
                }
                throw e;
            }
        });
        // the form's check before saving (and any caller without a transaction): the audit record commits alone
        Timed alone = timed(
                clients,
                warmUp,
                calls,
                (nik, n, present, watch) -> right(service.lookUp(AlurInProcess.OFFICE, nik), n, present, edition));
        // the ceiling: the one statement a look-up cannot do without, the row by its primary key, on the same pool
        Timed select = timed(clients, warmUp, calls, (nik, n, present, watch) -> {
            var desil = jdbc.sql("select desil from registry_entry where edition_id = :id and nik = :nik")
                    .param("id", edition)
                    .param("nik", nik)
                    .query(Integer.class)
                    .optional();
            return present ? desil.isPresent() && desil.get() == 1 + n % 10 : desil.isEmpty();
        });
        for (var timed : List.of(atIntake, alone, select)) {
            if (timed.wrong() > 0) {
                failures.add("registry look-up: " + timed.wrong() + " wrong answers, first: " + timed.firstWrong());
            }
        }
        var p = atIntake.percentiles();
        Bench.progress(String.format(
                "  look-up at intake: %s; alone, committed: %s; the SELECT alone: %s",
                Bench.ms(p),
                Bench.ms(alone.percentiles()),
                Bench.ms(select.percentiles())));
        rows.add(Bench.row(
                "registry NIK look-up at intake p50/p95/p99, N=" + clients,
                String.format("%,d rows in edition", rowCount),
                Bench.ms(p) + String.format(" (%.0f/s)", atIntake.perSecond()),
                "target p95",
                String.format("%.0f ms", LOOK_UP_CEILING_MS),
                String.format("p95 <= %.0f ms", LOOK_UP_CEILING_MS),
                p.p95() <= LOOK_UP_CEILING_MS,
                Bench.percent(p.p95() / LOOK_UP_CEILING_MS)));
        rows.add(Bench.row(
                "  the look-up alone, its record committed, N=" + clients,
                String.format("%,d rows in edition", rowCount),
                Bench.ms(alone.percentiles()) + String.format(" (%.0f/s)", alone.perSecond()),
                "target p95",
                String.format("%.0f ms", LOOK_UP_CEILING_MS),
                "-",
                null,
                Bench.percent(alone.percentiles().p95() / LOOK_UP_CEILING_MS)));
        rows.add(Bench.row(
                "  the SELECT by primary key alone, N=" + clients,
                String.format("%,d registry rows", total),
                Bench.ms(select.percentiles()) + String.format(" (%.0f/s)", select.perSecond()),
                "look-up at intake p95",
                String.format("%.1f ms", p.p95()),
                "-",
                null,
                Bench.percent(select.percentiles().p95() / p.p95())));
        notes.add(String.format("Registry look-up at intake: RegistryService.answers(office, [NIK]) in-process, as"
                + " the intake calls it (DeskRegistry in PermohonanService.submit): inside a transaction, the newest"
                + " edition and the row in one statement, the audit record in that transaction; timed from the call to"
                + " its answer, the transaction then committed untimed (the intake commits its own rows anyway, the"
                + " record rides on that commit). The look-up alone: RegistryService.lookUp without a transaction, its"
                + " record committed on its own (the form's check before saving). %d threads, %,d look-ups after %,d"
                + " warm-up each, against the one SELECT of the row by its primary key on the same pool; half NIKs in"
                + " the edition (its desil checked) and half valid NIKs not in it; the edition of %,d rows generated"
                + " with generate_series, %,d registry rows in the table.", clients, calls, warmUp, rowCount, total));
    }

    private static boolean right(
            java.util.Optional<id.alur.registry.RegistryEntry> entry, long n, boolean present, UUID edition) {
        return present
                ? entry.isPresent() && entry.get().desil() == 1 + n % 10 && entry.get().edition().id().equals(edition)
                : entry.isEmpty();
    }

    /** The part of a call that is timed: all of it unless the call says where its look-up starts and stops. */
    static final class Stopwatch {
        private long from;
        private long took = -1;

        void start() {
            from = System.nanoTime();
        }

        void stop() {
            took = System.nanoTime() - from;
        }
    }

    interface LookUp {
        /**
         * Whether the answer for {@code nik} (number {@code n}, in the edition when {@code present}) is right; the
         * call may time its own part with {@code watch}.
         */
        boolean right(String nik, long n, boolean present, Stopwatch watch) throws Exception;
    }

    record Timed(Latency.Percentiles percentiles, double perSecond, long wrong, String firstWrong) {}

    /**
     * {@code calls} look-ups after {@code warmUp} on {@code clients} threads, half of NIKs in the generated edition and
     * half of valid NIKs of another kecamatan, the same NIKs for every caller (the same seeds).
     */
    private Timed timed(int clients, int warmUp, int calls, LookUp lookUp) throws InterruptedException {
        var histogram = new ConcurrentHistogram(60_000_000_000L, 3);
        var wrong = new AtomicLong();
        var firstWrong = new AtomicReference<String>();
        var measuredFrom = new AtomicLong();
        var start = new java.util.concurrent.CyclicBarrier(clients, () -> measuredFrom.set(System.nanoTime()));
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            var random = new Random(16L * 31 + c);
            int ownCalls = calls / clients;
            int ownWarmUp = warmUp / clients;
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    for (int i = 0; i < ownWarmUp + ownCalls; i++) {
                        if (i == ownWarmUp) {
                            start.await();
                        }
                        long n = Math.floorMod(random.nextLong(), generatedRows);
                        boolean present = i % 2 == 0;
                        String nik = nik(present ? "331701" : "331702", n);
                        var watch = new Stopwatch();
                        watch.start();
                        boolean right = lookUp.right(nik, n, present, watch);
                        if (watch.took < 0) {
                            watch.stop();
                        }
                        long took = watch.took;
                        if (!right) {
                            wrong.incrementAndGet();
                            firstWrong.compareAndSet(null, nik + (present ? " not found" : " found"));
                        }
                        if (i >= ownWarmUp) {
                            histogram.recordValue(took);
                        }
                    }
                } catch (Exception e) {
                    wrong.incrementAndGet();
                    firstWrong.compareAndSet(null, "look-up client stopped: " + e);
                    start.reset();
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - measuredFrom.get()) / 1e9;
        return new Timed(
                Latency.Percentiles.of(histogram), histogram.getTotalCount() / seconds, wrong.get(), firstWrong.get());
    }

    /** The rows of the generated edition that the look-ups draw from. */
    private long generatedRows;
}
