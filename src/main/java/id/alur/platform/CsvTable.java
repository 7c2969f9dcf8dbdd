package id.alur.platform;

import id.alur.platform.TableFile.Problem;
import id.alur.platform.TableFile.Rows;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** {@link TableFile}'s CSV: commons-csv over a strict UTF-8 decoder ({@link StrictUtf8Reader}). */
final class CsvTable {

    private CsvTable() {}

    static void read(InputStream in, String prefix, Rows rows) throws IOException {
        var bytes = new BufferedInputStream(in, 1 << 16);
        char delimiter = delimiterOf(bytes);
        if (delimiter == 0) {
            rows.fileProblem(InputProblem.general(Problem.ZERO_BYTES.key(prefix)));
            return;
        }
        // decoded late, so that a byte that is not UTF-8 fails the row that holds it (StrictUtf8Reader)
        var reader = new StrictUtf8Reader(bytes);
        int row = 1;
        try {
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

    /**
     * Files saved by a spreadsheet in an Indonesian locale separate with semicolons; others with commas. Counted in the
     * first line's bytes (its first 32 KB), before any decoding: both are ASCII, and no byte of a multi-byte UTF-8
     * character is. {@code 0} for a file without a byte.
     */
    private static char delimiterOf(BufferedInputStream bytes) throws IOException {
        bytes.mark(1 << 15);
        long semicolons = 0;
        long commas = 0;
        int read = 0;
        int b = 0;
        while (read < 1 << 15 && (b = bytes.read()) >= 0 && b != '\n') {
            read++;
            if (b == ';') {
                semicolons++;
            } else if (b == ',') {
                commas++;
            }
        }
        if (read == 0 && b < 0) {
            return 0;
        }
        bytes.reset();
        return semicolons > commas ? ';' : ',';
    }
}
