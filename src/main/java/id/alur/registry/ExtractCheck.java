package id.alur.registry;

import id.alur.platform.InputProblem;
import id.alur.platform.NikStructure;
import id.alur.platform.TableFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The checks every extract goes through, whatever its format (CSV, XLSX): the header against the source's column
 * mapping, then each row (NIK rules, a name, desil 1–10, the cell count). Rows are numbered as a spreadsheet shows them:
 * the header is row 1. The same NIK twice is found afterwards by SQL in the staging table ({@link ImportStaging}),
 * whose findings {@link #duplicates} adds: nothing of the file is kept in memory.
 */
final class ExtractCheck {

    /** The prefix of the keys of the problems of a whole file ({@link TableFile.Problem}). */
    static final String KEYS = "registry.import";

    /** Problems kept for the report; a file that is wrong throughout still names the first thousand. */
    static final int MAX_PROBLEMS = 1000;

    private final RegistryColumns columns;
    private final List<InputProblem> problems = new ArrayList<>();
    private @Nullable Map<String, Integer> header;
    private int headerSize;
    private int badRows;
    private int goodRows;
    private boolean unreadable;
    private IntConsumer onRow = rows -> {};

    ExtractCheck(RegistryColumns columns) {
        this.columns = columns;
    }

    List<InputProblem> problems() {
        return List.copyOf(problems);
    }

    int badRows() {
        return badRows;
    }

    int goodRows() {
        return goodRows;
    }

    /** The data rows read so far, good and bad. */
    int rowsRead() {
        return goodRows + badRows;
    }

    /** Told the rows read after every row (the import page's progress). */
    void onRow(IntConsumer listener) {
        this.onRow = listener;
    }

    /**
     * Adds the duplicates the staging found among the good rows: each later row with an earlier row's NIK is a problem
     * naming the first row, and counted bad. The problems stay in row order, the first thousand.
     */
    void duplicates(ImportStaging.Duplicates found) {
        goodRows -= found.total();
        badRows += found.total();
        if (found.first().isEmpty()) {
            return;
        }
        for (var duplicate : found.first()) {
            problems.add(InputProblem.ofRow(
                    duplicate.row(),
                    columns.nik(),
                    "registry.import.nik.duplicate",
                    columns.nik(),
                    duplicate.nik(),
                    duplicate.firstRow()));
        }
        // a stable sort: a row's own problems keep their order, the file's (no row) come first
        problems.sort(Comparator.comparingInt(p -> p.row() == null ? 0 : p.row()));
        if (problems.size() > MAX_PROBLEMS) {
            problems.subList(MAX_PROBLEMS, problems.size()).clear();
        }
    }

    /** A problem of the whole file (it cannot be read as a table): reading ends with it. */
    void fileProblem(InputProblem problem) {
        problems.add(problem);
        unreadable = true;
    }

    /**
     * Whether the reading ended at a problem of the whole file (not UTF-8, broken off): the rows after it were never
     * read, so not even the valid rows can be imported.
     */
    boolean unreadable() {
        return unreadable;
    }

    /** A row that is bad for a reason only its format knows (e.g. a NIK stored as a number in a spreadsheet). */
    void badRow(InputProblem problem) {
        report(problem);
        badRows++;
        onRow.accept(rowsRead());
    }

    /**
     * Checks the header row: every mapped column present, no other column.
     *
     * @return whether rows can be read; when not, the missing and extra columns are among the problems
     */
    boolean header(List<String> names) {
        var present = new LinkedHashSet<String>();
        for (String name : names) {
            present.add(name.replace("\uFEFF", "").strip());
        }
        var order = List.copyOf(present);
        var positions = new HashMap<String, Integer>();
        var mapped = columns.byField();
        boolean complete = true;
        for (var field : mapped.entrySet()) {
            int position = order.indexOf(field.getValue());
            if (position < 0) {
                problems.add(
                        InputProblem.ofRow(1, field.getValue(), "registry.import.missingColumn", field.getValue()));
                complete = false;
            } else {
                positions.put(field.getKey(), position);
            }
        }
        for (String name : present) {
            if (!mapped.containsValue(name)) {
                problems.add(InputProblem.ofRow(1, name, "registry.import.extraColumn", name));
                complete = false;
            }
        }
        if (complete) {
            header = positions;
            headerSize = names.size();
        }
        return complete;
    }

    /** The column that holds a field, by its position in the header (for format-specific checks). */
    int position(String field) {
        Integer position = header == null ? null : header.get(field);
        return position == null ? -1 : position;
    }

    /** This check as the reader of a table file, handing each good row to {@code goodRow}. */
    TableFile.Rows rows(Consumer<ExtractRow> goodRow) {
        return new TableFile.Rows() {
            @Override
            public boolean header(List<String> names) {
                return ExtractCheck.this.header(names);
            }

            @Override
            public void row(TableFile.Row row) {
                int nik = position("nik");
                if (row.numberCells().contains(nik)) {
                    // a spreadsheet's number keeps 15 digits: the NIK's last one is gone, so the row cannot be checked
                    String column = columns.nik();
                    badRow(InputProblem.ofRow(
                            row.number(), column, "registry.import.nik.number", column, row.cell(nik)));
                    return;
                }
                ExtractCheck.this.row(row.number(), row.cells(), goodRow);
            }

            @Override
            public void fileProblem(InputProblem problem) {
                ExtractCheck.this.fileProblem(problem);
            }
        };
    }

    /** Checks one data row and hands it on when it is good; a bad one is counted and its problems kept. */
    void row(int row, List<String> cells, Consumer<ExtractRow> goodRow) {
        if (cells.size() != headerSize) {
            badRow(InputProblem.ofRow(row, null, "registry.import.cellCount", cells.size(), headerSize));
            return;
        }
        boolean bad = false;
        String nik = value(cells, "nik");
        String nikColumn = columns.nik();
        if (nik.isEmpty()) {
            bad |= report(InputProblem.ofRow(row, nikColumn, "registry.import.nik.required", nikColumn));
        } else {
            var flaw = NikStructure.flaw(nik);
            if (flaw.isPresent()) {
                bad |= report(InputProblem.ofRow(
                        row, nikColumn, "registry.import.nik." + flawKey(flaw.get()), nikColumn, nik));
            }
        }
        String name = value(cells, "name");
        if (name.isEmpty()) {
            bad |= report(InputProblem.ofRow(row, columns.name(), "registry.import.name.required", columns.name()));
        }
        String desilText = value(cells, "desil");
        int desil;
        try {
            desil = Integer.parseInt(desilText);
        } catch (NumberFormatException e) {
            desil = 0;
        }
        if (desil < 1 || desil > 10) {
            bad |= report(InputProblem.ofRow(
                    row, columns.desil(), "registry.import.desil.range", columns.desil(), desilText));
        }
        if (bad) {
            badRows++;
            onRow.accept(rowsRead());
            return;
        }
        goodRows++;
        goodRow.accept(new ExtractRow(
                row,
                nik,
                value(cells, "familyNumber"),
                name,
                desil,
                value(cells, "regionCode"),
                value(cells, "status")));
    }

    private static String flawKey(NikStructure.Flaw flaw) {
        return switch (flaw) {
            case DIGITS_ONLY -> "digitsOnly";
            case LENGTH -> "length";
            case IMPOSSIBLE_DATE -> "impossibleDate";
            case SERIAL_ZERO -> "serialZero";
        };
    }

    private boolean report(InputProblem problem) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        }
        return true;
    }

    private String value(List<String> cells, String field) {
        int position = position(field);
        if (position < 0 || position >= cells.size()) {
            return "";
        }
        String value = cells.get(position);
        return value == null ? "" : value.strip();
    }
}
