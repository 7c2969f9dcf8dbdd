package id.alur.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared table reader: rows and cells as a spreadsheet shows them, a bad file refused under the caller's keys. */
class TableFileTests {

    @TempDir
    Path dir;

    /** What the reader handed on. */
    static final class Collected implements TableFile.Rows {
        List<String> header = List.of();
        final List<TableFile.Row> rows = new ArrayList<>();
        final List<InputProblem> problems = new ArrayList<>();

        @Override
        public boolean header(List<String> names) {
            header = names;
            return true;
        }

        @Override
        public void row(TableFile.Row row) {
            rows.add(row);
        }

        @Override
        public void fileProblem(InputProblem problem) {
            problems.add(problem);
        }
    }

    private static Collected csv(byte[] bytes) throws IOException {
        var collected = new Collected();
        TableFile.readCsv(new ByteArrayInputStream(bytes), "test.file", collected);
        return collected;
    }

    private Collected file(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        var collected = new Collected();
        TableFile.read(name, file, "test.file", collected);
        return collected;
    }

    @Test
    void readsASemicolonSeparatedCsvNumberingRowsAsASpreadsheetDoes() throws IOException {
        var read = csv(
                "NIK;STATUS\n3317014101900002;aktif\n\n3317014101900003;ditolak\n".getBytes(StandardCharsets.UTF_8));

        assertThat(read.header).containsExactly("NIK", "STATUS");
        assertThat(read.rows)
                .extracting(TableFile.Row::number, TableFile.Row::cells)
                .containsExactly(
                        tuple(2, List.of("3317014101900002", "aktif")),
                        tuple(3, List.of("3317014101900003", "ditolak")));
        assertThat(read.problems).isEmpty();
    }

    @Test
    void refusesAZeroByteFileAHeaderWithoutRowsAndBytesThatAreNotUtf8UnderTheCallersKeys() throws IOException {
        assertThat(csv(new byte[0]).problems)
                .extracting(InputProblem::messageKey)
                .containsExactly("test.file.zeroBytes");
        assertThat(csv("NIK,STATUS\n".getBytes(StandardCharsets.UTF_8)).problems)
                .extracting(InputProblem::messageKey)
                .containsExactly("test.file.noRows");
        assertThat(csv("NIK,NAMA\n3317014101900002,Sit\u00ee\n".getBytes(StandardCharsets.ISO_8859_1)).problems)
                .extracting(InputProblem::messageKey)
                .containsExactly("test.file.notUtf8");
    }

    /**
     * Issue 16: the reader decoded ahead in 64 KB buffers, so a bad byte deep in a file was reported at the row the
     * parser had reached, up to a buffer's worth of rows before it. The row named is the one that holds the byte,
     * wherever in the row it is, and the rows before it were read.
     */
    @Test
    void namesTheRowThatHoldsTheByteThatIsNotUtf8DeepInAFileOfMoreThan64Kb() throws IOException {
        for (int offsetInRow : List.of(0, 17, 32)) {
            var out = new ByteArrayOutputStream();
            out.write("NIK;NAMA;DESIL\n".getBytes(StandardCharsets.UTF_8));
            int badRow = 2_500;
            for (int row = 2; row <= 4_000; row++) {
                byte[] line = "%016d;Siti Aminah binti Sulaiman;%d\n"
                        .formatted(3317014101900000L + row, row % 10 + 1)
                        .getBytes(StandardCharsets.UTF_8);
                if (row == badRow) {
                    line[offsetInRow] = (byte) 0xFF;
                }
                out.write(line);
            }
            assertThat(out.size()).as("more than 64 KB before the bad byte").isGreaterThan(2 * (1 << 16));

            var read = csv(out.toByteArray());

            assertThat(read.problems)
                    .as("bad byte at %d of the row", offsetInRow)
                    .extracting(InputProblem::row, InputProblem::messageKey)
                    .containsExactly(tuple(badRow, "test.file.notUtf8"));
            assertThat(read.rows).hasSize(badRow - 2);
            assertThat(read.rows.getLast().number()).isEqualTo(badRow - 1);
        }
    }

    @Test
    void namesTheLastRowWhenItsByteIsNotUtf8() throws IOException {
        var read = csv(("NIK,NO_KK,NAMA,DESIL,KODE_WILAYAH,STATUS\n"
                        + "3317015708850002,3317010101200001,Siti Aminah,3,33.17.01,AKTIF\n"
                        + "3317010101900001,,Budi Santoso Caf\u00e9,6,,\n")
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThat(read.problems)
                .extracting(InputProblem::row, InputProblem::messageKey)
                .containsExactly(tuple(3, "test.file.notUtf8"));
    }

    @Test
    void readsTheFirstSheetOfAnXlsxTellingWhichCellsAreNumbers() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var workbook = new Workbook(out, "Alur", "1.0")) {
            var sheet = workbook.newWorksheet("Jawaban");
            sheet.value(0, 0, "NIK");
            sheet.value(0, 1, "NO KIS");
            sheet.value(0, 2, "KET");
            sheet.value(1, 0, "3317014101900002");
            sheet.value(1, 1, 1234567890123L);
            sheet.value(2, 0, 3317014101900003L);
        }

        var read = file("jawaban.xlsx", out.toByteArray());

        assertThat(read.header).containsExactly("NIK", "NO KIS", "KET");
        assertThat(read.rows)
                .extracting(TableFile.Row::number, TableFile.Row::cells, TableFile.Row::numberCells)
                .containsExactly(
                        tuple(2, List.of("3317014101900002", "1234567890123", ""), java.util.Set.of(1)),
                        tuple(3, List.of("3317014101900003", "", ""), java.util.Set.of(0)));
    }

    @Test
    void refusesAZipBombNamedXlsxWithoutParsingIt() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            var zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }

        var read = file("jawaban.xlsx", out.toByteArray());

        assertThat(read.rows).isEmpty();
        assertThat(read.problems).extracting(InputProblem::messageKey).containsExactly("test.file.zipBomb");
    }

    @Test
    void refusesAFileNamedXlsxThatIsNoZipAndAnEmptyOne() throws IOException {
        assertThat(file("jawaban.xlsx", "NIK,STATUS\n1,aktif\n".getBytes(StandardCharsets.UTF_8)).problems)
                .extracting(InputProblem::messageKey)
                .containsExactly("test.file.notXlsx");
        assertThat(file("jawaban.xlsx", new byte[0]).problems)
                .extracting(InputProblem::messageKey)
                .containsExactly("test.file.zeroBytes");
    }
}
