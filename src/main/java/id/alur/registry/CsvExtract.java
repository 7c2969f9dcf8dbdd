package id.alur.registry;

import id.alur.platform.InputProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a registry extract in CSV row by row (commons-csv) through the {@link ExtractCheck}, handing each good row on,
 * so that a file of a million rows is never held in memory.
 */
final class CsvExtract {

    private CsvExtract() {}

    /**
     * Reads the whole file. A file that cannot be read as a table at all (0 bytes, not UTF-8, wrong columns) ends the
     * reading with its problem; bad rows are counted and reading goes on.
     */
    static void read(InputStream in, ExtractCheck check, Consumer<ExtractRow> goodRow) throws IOException {
        var bytes = new PushbackInputStream(in, 1);
        int first = bytes.read();
        if (first < 0) {
            check.fileProblem(InputProblem.general("registry.import.zeroBytes"));
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
                if (!check.header(parser.getHeaderNames())) {
                    return;
                }
                for (CSVRecord record : parser) {
                    row++;
                    check.row(row, record.toList(), goodRow);
                }
            }
            if (row == 1) {
                check.fileProblem(InputProblem.general("registry.import.noRows"));
            }
        } catch (UncheckedIOException e) {
            check.fileProblem(unreadable(e.getCause(), row + 1));
        } catch (CharacterCodingException e) {
            check.fileProblem(InputProblem.ofRow(row, null, "registry.import.notUtf8"));
        } catch (IllegalArgumentException e) {
            // commons-csv refuses a header that names a column twice or leaves one blank
            check.fileProblem(InputProblem.ofRow(1, null, "registry.import.badHeader", e.getMessage()));
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
}
