package id.alur.platform;

import static id.alur.platform.TableFile.MAX_ENTRIES;
import static id.alur.platform.TableFile.MAX_INFLATED_BYTES;
import static id.alur.platform.TableFile.MAX_RATIO;
import static id.alur.platform.TableFile.RATIO_FROM_BYTES;

import id.alur.platform.TableFile.Problem;
import id.alur.platform.TableFile.Rows;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * {@link TableFile}'s XLSX: the first sheet streamed by fastexcel-reader. An XLSX is a zip: before the parser sees it,
 * every entry is inflated once, counting, and a file whose entries inflate past the bounds is refused (a zip bomb)
 * without being parsed.
 */
final class XlsxTable {

    private XlsxTable() {}

    static void read(Path file, String prefix, Rows rows) throws IOException {
        if (Files.size(file) == 0) {
            rows.fileProblem(InputProblem.general(Problem.ZERO_BYTES.key(prefix)));
            return;
        }
        var bomb = zipBomb(file, prefix);
        if (bomb.isPresent()) {
            rows.fileProblem(bomb.get());
            return;
        }
        try (var workbook = new ReadableWorkbook(file.toFile());
                var sheet = workbook.getFirstSheet().openStream()) {
            readRows(sheet.iterator(), prefix, rows);
        } catch (ExcelReaderException | ZipException | UncheckedIOException | IllegalStateException e) {
            rows.fileProblem(InputProblem.general(Problem.NOT_XLSX.key(prefix), String.valueOf(e.getMessage())));
        } catch (IOException e) {
            rows.fileProblem(InputProblem.general(Problem.NOT_XLSX.key(prefix), String.valueOf(e.getMessage())));
        }
    }

    private static void readRows(Iterator<Row> sheet, String prefix, Rows rows) {
        Row headerRow = null;
        while (sheet.hasNext() && headerRow == null) {
            var row = sheet.next();
            if (!blank(row)) {
                headerRow = row;
            }
        }
        if (headerRow == null) {
            rows.fileProblem(InputProblem.general(Problem.NO_ROWS.key(prefix)));
            return;
        }
        var names = trimmed(texts(headerRow));
        var distinct = new HashSet<String>();
        for (String name : names) {
            if (name.isBlank() || !distinct.add(name.strip())) {
                rows.fileProblem(InputProblem.ofRow(headerRow.getRowNum(), null, Problem.BAD_HEADER.key(prefix), name));
                return;
            }
        }
        if (!rows.header(names)) {
            return;
        }
        boolean anyRow = false;
        while (sheet.hasNext()) {
            var row = sheet.next();
            if (blank(row)) {
                continue;
            }
            anyRow = true;
            var numbers = new HashSet<Integer>();
            for (int i = 0; i < row.getCellCount(); i++) {
                Cell cell = row.getCell(i);
                if (cell != null && cell.getType() == CellType.NUMBER) {
                    numbers.add(i);
                }
            }
            var cells = trimmed(texts(row));
            while (cells.size() < names.size()) {
                cells.add("");
            }
            rows.row(new TableFile.Row(row.getRowNum(), cells, numbers));
        }
        if (!anyRow) {
            rows.fileProblem(InputProblem.general(Problem.NO_ROWS.key(prefix)));
        }
    }

    static Optional<InputProblem> zipBomb(Path file, String prefix) throws IOException {
        String key = Problem.ZIP_BOMB.key(prefix);
        try (var zip = new ZipFile(file.toFile())) {
            long total = 0;
            int entries = 0;
            var buffer = new byte[1 << 16];
            for (var iterator = zip.entries().asIterator(); iterator.hasNext(); ) {
                ZipEntry entry = iterator.next();
                if (++entries > MAX_ENTRIES) {
                    return Optional.of(InputProblem.general(key, MAX_ENTRIES + " entries"));
                }
                long compressed = Math.max(1, entry.getCompressedSize());
                long inflated = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        inflated += n;
                        total += n;
                        if (total > MAX_INFLATED_BYTES) {
                            return Optional.of(InputProblem.general(key, "> " + (MAX_INFLATED_BYTES >> 20) + " MB"));
                        }
                        if (inflated > RATIO_FROM_BYTES && inflated > MAX_RATIO * compressed) {
                            return Optional.of(InputProblem.general(key, entry.getName() + " > " + MAX_RATIO + " : 1"));
                        }
                    }
                }
            }
            return Optional.empty();
        } catch (ZipException e) {
            return Optional.of(InputProblem.general(Problem.NOT_XLSX.key(prefix), String.valueOf(e.getMessage())));
        }
    }

    private static boolean blank(Row row) {
        for (Cell cell : row) {
            if (cell != null && !text(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> texts(Row row) {
        var texts = new ArrayList<String>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell cell = row.getCell(i);
            texts.add(cell == null ? "" : text(cell).strip());
        }
        return texts;
    }

    /** Without the empty cells after the last filled one (a spreadsheet keeps formatted but empty cells). */
    private static List<String> trimmed(List<String> cells) {
        var list = new ArrayList<>(cells);
        while (!list.isEmpty() && list.getLast().isEmpty()) {
            list.removeLast();
        }
        return list;
    }

    /** A cell as the spreadsheet shows it: whole numbers without ".0", no exponent. */
    private static String text(Cell cell) {
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal number = cell.asNumber();
            return number == null ? "" : number.stripTrailingZeros().toPlainString();
        }
        String text = cell.getText();
        return text == null ? "" : text;
    }
}
