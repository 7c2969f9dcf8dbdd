package id.alur.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The options of a run ({@code bench/run [--quick] [--rows=...] ...}, docs/benchmarks.md "Options").
 *
 * @param rows the groups of rows to measure ({@code --rows=reports,search}); all of them unless asked for
 */
record Settings(
        boolean quick,
        long cases,
        long historyRows,
        Duration warmUp,
        Duration window,
        int latencyCalls,
        Path jar,
        Set<Rows> rows) {

    /**
     * The groups of rows a run can be limited to. One group measured alone still builds what it stands on: the page
     * rows ({@link #INBOX}, {@link #SEARCH}, {@link #REPORTS}) generate the page data (the longest part of a run at 1 M
     * cases, docs/benchmarks.md 2) and start the jar; {@link #REGISTRY} and {@link #DOCUMENTS} need no jar.
     */
    enum Rows {
        /** Time to ready and RSS at idle, plain {@code java -jar} and {@code bin/alur} (4). */
        START,
        /** The lifecycle through the HTTP API against the ceiling and Flowable at N = 2, 8, 32, with its RSS (1). */
        LIFECYCLE,
        /** Letters/s over the letters the lifecycle issued (3): needs {@link #LIFECYCLE}. */
        LETTERS,
        /** The inbox and case pages at the page data's size, one client (2). */
        INBOX,
        /** The list and search pages and the API search under 8 clients (2a). */
        SEARCH,
        /** The compliance report, the dashboard and the buku kendali under 8 clients (2a). */
        REPORTS,
        /** The registry import and NIK look-up, in-process (2b). */
        REGISTRY,
        /** The SOP document PDF/s (3). */
        DOCUMENTS;

        String option() {
            return name().toLowerCase(Locale.ROOT);
        }

        static String options() {
            return Arrays.stream(values()).map(Rows::option).collect(Collectors.joining(","));
        }
    }

    static final Set<Rows> PAGE_ROWS = EnumSet.of(Rows.INBOX, Rows.SEARCH, Rows.REPORTS);

    static Settings parse(String[] args) {
        boolean quick = false;
        Set<Rows> rows = null;
        Long cases = null;
        Long history = null;
        Long seconds = null;
        Path jar = Path.of("target", "alur.jar");
        for (String arg : args) {
            if (arg.equals("--quick")) {
                quick = true;
            } else if (arg.equals("--registry")) {
                // the option before --rows, kept for the commands written in docs/benchmarks.md's earlier results
                rows = add(rows, EnumSet.of(Rows.REGISTRY));
            } else if (arg.startsWith("--rows=")) {
                rows = add(rows, rows(arg.substring(7)));
            } else if (arg.startsWith("--cases=")) {
                cases = Long.parseLong(arg.substring(8).replace("_", ""));
            } else if (arg.startsWith("--history=")) {
                history = Long.parseLong(arg.substring(10).replace("_", ""));
            } else if (arg.startsWith("--seconds=")) {
                seconds = Long.parseLong(arg.substring(10));
            } else if (arg.startsWith("--jar=")) {
                jar = Path.of(arg.substring(6));
            } else {
                throw new IllegalArgumentException("unknown option " + arg
                        + " (options: --quick, --rows=" + Rows.options() + " (any of them), --registry (the same as"
                        + " --rows=registry), --cases=N, --history=N, --seconds=S, --jar=PATH)");
            }
        }
        if (rows == null) {
            rows = EnumSet.allOf(Rows.class);
        }
        if (rows.contains(Rows.LETTERS) && !rows.contains(Rows.LIFECYCLE)) {
            throw new IllegalArgumentException(
                    "--rows=letters renders the letters the lifecycle rows issue: ask for --rows=lifecycle,letters");
        }
        long c = cases != null ? cases : quick ? 100_000 : 1_000_000;
        long h = history != null ? history : c * 10;
        long window = seconds != null ? seconds : quick ? 8 : 20;
        return new Settings(
                quick,
                c,
                h,
                Duration.ofSeconds(quick ? 3 : 8),
                Duration.ofSeconds(window),
                quick ? 500 : 2000,
                jar,
                Set.copyOf(rows));
    }

    /** {@code "search,reports"}: the groups named, each known; an unknown or empty list is refused naming the options. */
    static Set<Rows> rows(String list) {
        Set<Rows> rows = EnumSet.noneOf(Rows.class);
        for (String name : list.split(",", -1)) {
            String option = name.strip().toLowerCase(Locale.ROOT);
            rows.add(Arrays.stream(Rows.values())
                    .filter(r -> r.option().equals(option))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--rows=" + list + ": no group of rows \"" + name
                            + "\" (groups: " + Rows.options() + ")")));
        }
        return rows;
    }

    private static Set<Rows> add(Set<Rows> rows, Set<Rows> more) {
        Set<Rows> all = rows == null ? EnumSet.noneOf(Rows.class) : EnumSet.copyOf(rows);
        all.addAll(more);
        return all;
    }

    boolean measures(Rows group) {
        return rows.contains(group);
    }

    /** Every group is measured: the whole run of docs/benchmarks.md. */
    boolean everyRow() {
        return rows.size() == Rows.values().length;
    }

    /** The page data is generated when a page row is measured. */
    boolean pageData() {
        return rows.stream().anyMatch(PAGE_ROWS::contains);
    }

    /** The jar is started when a row measures it: its start, the lifecycle over HTTP, the pages. */
    boolean jarNeeded() {
        return measures(Rows.START) || measures(Rows.LIFECYCLE) || pageData();
    }

    /** "every row", or the groups measured in the order of a run: "search, reports". */
    String describeRows() {
        return everyRow()
                ? "every row"
                : "only " + Arrays.stream(Rows.values())
                        .filter(rows::contains)
                        .map(Rows::option)
                        .collect(Collectors.joining(", "))
                        + " (--rows)";
    }
}
