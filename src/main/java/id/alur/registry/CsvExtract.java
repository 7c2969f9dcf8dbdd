package id.alur.registry;

import id.alur.platform.InputProblem;
import id.alur.platform.NikStructure;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a registry extract in CSV row by row, checks every row and hands each good one on, so that a file of a million
 * rows is never held in memory (only the NIKs seen, to find duplicates). Rows are numbered as a spreadsheet shows
 * them: the header is row 1.
 */
final class CsvExtract {

    /** Problems kept for the report; a file that is wrong throughout still names the first thousand. */
    static final int MAX_PROBLEMS = 1000;

    record Row(String nik, String familyNumber, String name, int desil, String regionCode, String status) {}

    private final RegistryColumns columns;
    private final List<InputProblem> problems = new ArrayList<>();
    private int badRows;
    private int goodRows;

    CsvExtract(RegistryColumns columns) {
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

    /**
     * Reads the whole file. A file that cannot be read as a table at all (0 bytes, not UTF-8, wrong columns) ends the
     * reading with its problem; bad rows are counted and reading goes on.
     */
    void read(InputStream in, Consumer<Row> goodRow) throws IOException {
        var bytes = new PushbackInputStream(in, 1);
        int first = bytes.read();
        if (first < 0) {
            problems.add(InputProblem.general("registry.import.zeroBytes"));
            return;
        }
        bytes.unread(first);
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var reader = new BufferedReader(new InputStreamReader(bytes, decoder), 1 << 16);
        int row = 1;
        try {
            char delimiter = delimiterOf(reader);
            var format = CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(delimiter)
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true)
                    .setTrim(true)
                    .get();
            try (CSVParser parser = format.parse(reader)) {
                Map<String, Integer> header = headerIndex(parser.getHeaderNames());
                if (header == null) {
                    return;
                }
                Map<String, Integer> seen = new HashMap<>();
                for (CSVRecord record : parser) {
                    row++;
                    check(record, row, header, seen, goodRow);
                }
            }
            if (row == 1) {
                problems.add(InputProblem.general("registry.import.noRows"));
            }
        } catch (UncheckedIOException e) {
            problems.add(unreadable(e.getCause(), row + 1));
        } catch (CharacterCodingException e) {
            problems.add(InputProblem.ofRow(row, null, "registry.import.notUtf8"));
        } catch (IllegalArgumentException e) {
            // commons-csv refuses a header that names a column twice or leaves one blank
            problems.add(InputProblem.ofRow(1, null, "registry.import.badHeader", e.getMessage()));
        }
    }

    private static InputProblem unreadable(IOException cause, int row) {
        if (cause instanceof CharacterCodingException) {
            return InputProblem.ofRow(row, null, "registry.import.notUtf8");
        }
        return InputProblem.ofRow(row, null, "registry.import.unreadable", String.valueOf(cause.getMessage()));
    }

    /** Extracts saved by a spreadsheet in an Indonesian locale separate with semicolons; others with commas. */
    private static char delimiterOf(BufferedReader reader) throws IOException {
        reader.mark(1 << 15);
        String line = reader.readLine();
        reader.reset();
        if (line == null) {
            return ',';
        }
        long semicolons = line.chars().filter(c -> c == ';').count();
        long commas = line.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    /** The position of each mapped field, or {@code null} when columns are missing or extra (both are refused). */
    private Map<String, Integer> headerIndex(List<String> names) {
        var present = new LinkedHashSet<String>();
        for (String name : names) {
            present.add(name.replace("\uFEFF", "").strip());
        }
        var positions = new HashMap<String, Integer>();
        var mapped = columns.byField();
        boolean complete = true;
        for (var field : mapped.entrySet()) {
            int position = List.copyOf(present).indexOf(field.getValue());
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
        return complete ? positions : null;
    }

    private void check(
            CSVRecord record, int row, Map<String, Integer> header, Map<String, Integer> seen, Consumer<Row> goodRow) {
        int before = problems.size();
        boolean bad = false;
        if (record.size() != header.size()) {
            report(InputProblem.ofRow(row, null, "registry.import.cellCount", record.size(), header.size()));
            badRows++;
            return;
        }
        String nik = value(record, header, "nik");
        String nikColumn = columns.nik();
        if (nik.isEmpty()) {
            bad |= report(InputProblem.ofRow(row, nikColumn, "registry.import.nik.required", nikColumn));
        } else {
            var flaw = NikStructure.flaw(nik);
            if (flaw.isPresent()) {
                bad |= report(InputProblem.ofRow(
                        row, nikColumn, "registry.import.nik." + flawKey(flaw.get()), nikColumn, nik));
            } else {
                Integer firstRow = seen.putIfAbsent(nik, row);
                if (firstRow != null) {
                    bad |= report(InputProblem.ofRow(
                            row, nikColumn, "registry.import.nik.duplicate", nikColumn, nik, firstRow));
                }
            }
        }
        String name = value(record, header, "name");
        if (name.isEmpty()) {
            bad |= report(InputProblem.ofRow(row, columns.name(), "registry.import.name.required", columns.name()));
        }
        String desilText = value(record, header, "desil");
        int desil = 0;
        try {
            desil = Integer.parseInt(desilText);
        } catch (NumberFormatException e) {
            desil = 0;
        }
        if (desil < 1 || desil > 10) {
            bad |= report(InputProblem.ofRow(
                    row, columns.desil(), "registry.import.desil.range", columns.desil(), desilText));
        }
        if (bad || problems.size() > before) {
            badRows++;
            return;
        }
        goodRows++;
        goodRow.accept(new Row(
                nik,
                value(record, header, "familyNumber"),
                name,
                desil,
                value(record, header, "regionCode"),
                value(record, header, "status")));
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

    private static String value(CSVRecord record, Map<String, Integer> header, String field) {
        Integer position = header.get(field);
        if (position == null || position >= record.size()) {
            return "";
        }
        return record.get(position).strip();
    }
}
