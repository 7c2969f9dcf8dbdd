package id.alur.platform;

import id.alur.platform.TableFile.Problem;
import id.alur.platform.TableFile.Rows;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** {@link TableFile}'s CSV: commons-csv over a strict UTF-8 decoder. */
final class CsvTable {

    private CsvTable() {}

    static void read(InputStream in, String prefix, Rows rows) throws IOException {
        var bytes = new PushbackInputStream(in, 1);
        int first = bytes.read();
        if (first < 0) {
            rows.fileProblem(InputProblem.general(Problem.ZERO_BYTES.key(prefix)));
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
                if (!rows.header(parser.getHeaderNames())) {
                    return;
                }
                for (CSVRecord record : parser) {
                    row++;
                    rows.row(new TableFile.Row(row, record.toList(), Set.of()));
                }
            }
            if (row == 1) {
                rows.fileProblem(InputProblem.general(Problem.NO_ROWS.key(prefix)));
            }
        } catch (UncheckedIOException e) {
            rows.fileProblem(unreadable(e.getCause(), row + 1, prefix));
        } catch (CharacterCodingException e) {
            rows.fileProblem(InputProblem.ofRow(row, null, Problem.NOT_UTF8.key(prefix)));
        } catch (IllegalArgumentException e) {
            // commons-csv refuses a header that names a column twice or leaves one blank
            rows.fileProblem(InputProblem.ofRow(1, null, Problem.BAD_HEADER.key(prefix), e.getMessage()));
        }
    }

    private static InputProblem unreadable(IOException cause, int row, String prefix) {
        if (cause instanceof CharacterCodingException) {
            return InputProblem.ofRow(row, null, Problem.NOT_UTF8.key(prefix));
        }
        return InputProblem.ofRow(row, null, Problem.UNREADABLE.key(prefix), String.valueOf(cause.getMessage()));
    }

    /** Files saved by a spreadsheet in an Indonesian locale separate with semicolons; others with commas. */
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
