package id.alur.casework;

import id.alur.platform.InputProblem;
import id.alur.platform.TableFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads an answer file of BPJS Kesehatan (CSV or XLSX, platform's {@link TableFile}): the header must name the
 * layout's NIK, KIS-number and status columns (the reason column may be left out; other columns are ignored), and each
 * data row is kept with its cells as written. A file that cannot be read, or lacks a column, is refused as a whole with
 * its problems (the row and column named).
 */
final class BpjsAnswerFile {

    /** The prefix of the keys of a whole file's problems ({@link TableFile.Problem}). */
    static final String KEYS = "casework.bpjs.answer";

    /** One data row: the cells of the four columns ({@code ""} when absent), all cells as written. */
    record Row(
            int number,
            String nik,
            boolean nikAsNumber,
            String kis,
            String status,
            String reason,
            List<String> cells) {}

    /** What was read: the header as written, the rows, or the problems that refuse the file. */
    record Read(List<String> header, List<Row> rows, List<InputProblem> problems) {

        boolean refused() {
            return !problems.isEmpty();
        }
    }

    private BpjsAnswerFile() {}

    static Read read(String fileName, byte[] content, BpjsLayout layout) {
        var rows = new Reader(layout);
        Path file = null;
        try {
            file = Files.createTempFile("alur-bpjs-", ".answer");
            Files.write(file, content);
            TableFile.read(fileName, file, KEYS, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file; the system's temp cleaning takes it
                }
            }
        }
        if (rows.problems.isEmpty() && rows.rows.isEmpty()) {
            rows.problems.add(InputProblem.general(TableFile.Problem.NO_ROWS.key(KEYS)));
        }
        return new Read(rows.header, List.copyOf(rows.rows), List.copyOf(rows.problems));
    }

    private static final class Reader implements TableFile.Rows {
        private final BpjsLayout layout;
        final List<Row> rows = new ArrayList<>();
        final List<InputProblem> problems = new ArrayList<>();
        List<String> header = List.of();
        int nik = -1;
        int kis = -1;
        int status = -1;
        int reason = -1;

        Reader(BpjsLayout layout) {
            this.layout = layout;
        }

        @Override
        public boolean header(List<String> names) {
            var cleaned =
                    names.stream().map(n -> n.replace("\uFEFF", "").strip()).toList();
            header = cleaned;
            nik = required(cleaned, layout.answerNik());
            kis = required(cleaned, layout.answerKis());
            status = required(cleaned, layout.answerStatus());
            reason = position(cleaned, layout.answerReason());
            return problems.isEmpty();
        }

        private int required(List<String> names, String column) {
            int position = position(names, column);
            if (position < 0) {
                problems.add(InputProblem.ofRow(1, column, "casework.bpjs.answer.missingColumn", column));
            }
            return position;
        }

        private static int position(List<String> names, @Nullable String column) {
            for (int i = 0; i < names.size(); i++) {
                if (column != null && names.get(i).toUpperCase(Locale.ROOT).equals(column.toUpperCase(Locale.ROOT))) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public void row(TableFile.Row row) {
            rows.add(new Row(
                    row.number(),
                    row.cell(nik),
                    row.numberCells().contains(nik),
                    row.cell(kis),
                    row.cell(status),
                    reason < 0 ? "" : row.cell(reason),
                    row.cells()));
        }

        @Override
        public void fileProblem(InputProblem problem) {
            problems.add(problem);
        }
    }
}
