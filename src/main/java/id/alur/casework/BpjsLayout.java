package id.alur.casework;

import id.alur.platform.InputProblem;
import id.alur.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An office's layout of the BPJS exchange: the usulan file's columns in order (each a {@link BpjsField} under the
 * header the office's BPJS branch expects), the faskes proposed for every row, and the column names of the answer file
 * (NIK, KIS number, status, reason).
 */
record BpjsLayout(
        List<Column> columns,
        @Nullable String faskes,
        String answerNik,
        String answerKis,
        String answerStatus,
        String answerReason) {

    record Column(BpjsField field, String header) {}

    static final int MAX_HEADER = 100;

    BpjsLayout {
        columns = List.copyOf(columns);
    }

    /** The default: the seven columns under their usual names; the answer as BPJS's KC sends it back. */
    static BpjsLayout standard() {
        return new BpjsLayout(
                Arrays.stream(BpjsField.values())
                        .filter(BpjsField::byDefault)
                        .map(f -> new Column(f, f.defaultHeader()))
                        .toList(),
                null,
                "NIK",
                "NO_KIS",
                "STATUS",
                "KETERANGAN");
    }

    List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    /** The columns as stored: one {@code FIELD=Header} per line. */
    String columnsText() {
        var lines = new ArrayList<String>();
        columns.forEach(c -> lines.add(c.field().name() + "=" + c.header()));
        return String.join("\n", lines);
    }

    static List<Column> parseColumns(String text) {
        var columns = new ArrayList<Column>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                BpjsField.of(line.substring(0, eq)).ifPresent(f -> columns.add(new Column(f, line.substring(eq + 1))));
            }
        }
        return columns;
    }

    /**
     * Checks a layout as the office admin saved it: the NIK column is there (the answer is matched by it), every header
     * is filled, at most {@value #MAX_HEADER} characters and not used twice, and so are the answer's column names.
     *
     * @throws InvalidInputException naming each field that is wrong
     */
    BpjsLayout checked() {
        var problems = new ArrayList<InputProblem>();
        if (columns.stream().noneMatch(c -> c.field() == BpjsField.NIK)) {
            problems.add(InputProblem.ofField("columns", "casework.bpjs.layout.nikRequired"));
        }
        var seen = new HashSet<String>();
        for (var column : columns) {
            String field = "header[" + column.field().name() + "]";
            String header = column.header().strip();
            if (header.isEmpty()) {
                problems.add(InputProblem.ofField(field, "casework.bpjs.layout.headerRequired"));
            } else if (header.length() > MAX_HEADER) {
                problems.add(InputProblem.ofField(field, "casework.bpjs.layout.headerTooLong", MAX_HEADER));
            } else if (!seen.add(header.toUpperCase(Locale.ROOT))) {
                problems.add(InputProblem.ofField(field, "casework.bpjs.layout.headerTwice", header));
            }
        }
        var answers = new HashSet<String>();
        for (var answer : List.of(
                new String[] {"answerNik", answerNik},
                new String[] {"answerKis", answerKis},
                new String[] {"answerStatus", answerStatus},
                new String[] {"answerReason", answerReason})) {
            String value = answer[1] == null ? "" : answer[1].strip();
            if (value.isEmpty()) {
                problems.add(InputProblem.ofField(answer[0], "casework.bpjs.layout.headerRequired"));
            } else if (value.length() > MAX_HEADER) {
                problems.add(InputProblem.ofField(answer[0], "casework.bpjs.layout.headerTooLong", MAX_HEADER));
            } else if (!answers.add(value.toUpperCase(Locale.ROOT))) {
                problems.add(InputProblem.ofField(answer[0], "casework.bpjs.layout.headerTwice", value));
            }
        }
        if (faskes != null && faskes.strip().length() > 200) {
            problems.add(InputProblem.ofField("faskes", "casework.bpjs.layout.faskesTooLong", 200));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new BpjsLayout(
                columns.stream()
                        .map(c -> new Column(c.field(), c.header().strip()))
                        .toList(),
                faskes == null || faskes.isBlank() ? null : faskes.strip(),
                answerNik.strip(),
                answerKis.strip(),
                answerStatus.strip(),
                answerReason.strip());
    }
}
