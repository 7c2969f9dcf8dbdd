package id.alur.registry;

import id.alur.platform.InputProblem;
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
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads a registry extract in XLSX (the first sheet, streamed by fastexcel-reader) through the same {@link
 * ExtractCheck} as CSV. An XLSX is a zip: before the parser sees it, every entry is inflated once, counting, and a file
 * whose entries inflate past {@link #MAX_INFLATED_BYTES} in all, or past {@link #MAX_RATIO} times their compressed
 * size, is refused (a zip bomb) without being parsed.
 */
final class XlsxExtract {

    /** All entries together: a 1 M-row DTSEN sheet inflates to about 300 MB. */
    static final long MAX_INFLATED_BYTES = 1L << 30;

    /** One entry's inflated size against its compressed size; spreadsheet XML compresses 5–20 times. */
    static final long MAX_RATIO = 100;

    /** Entries below this size are not held to the ratio (tiny parts compress oddly). */
    static final long RATIO_FROM_BYTES = 1L << 20;

    static final int MAX_ENTRIES = 10_000;

    private XlsxExtract() {}

    /** Reads the file at {@code file}, which is the whole upload. */
    static void read(Path file, ExtractCheck check, Consumer<ExtractRow> goodRow) throws IOException {
        if (Files.size(file) == 0) {
            check.fileProblem(InputProblem.general("registry.import.zeroBytes"));
            return;
        }
        var bomb = zipBomb(file);
        if (bomb.isPresent()) {
            check.fileProblem(bomb.get());
            return;
        }
        try (var workbook = new ReadableWorkbook(file.toFile());
                var rows = workbook.getFirstSheet().openStream()) {
            readRows(rows.iterator(), check, goodRow);
        } catch (ExcelReaderException | ZipException | UncheckedIOException | IllegalStateException e) {
            check.fileProblem(InputProblem.general("registry.import.notXlsx", String.valueOf(e.getMessage())));
        } catch (IOException e) {
            check.fileProblem(InputProblem.general("registry.import.notXlsx", String.valueOf(e.getMessage())));
        }
    }

    private static void readRows(Iterator<Row> rows, ExtractCheck check, Consumer<ExtractRow> goodRow) {
        Row headerRow = null;
        while (rows.hasNext() && headerRow == null) {
            var row = rows.next();
            if (!blank(row)) {
                headerRow = row;
            }
        }
        if (headerRow == null) {
            check.fileProblem(InputProblem.general("registry.import.noRows"));
            return;
        }
        var names = trimmed(texts(headerRow));
        var distinct = new HashSet<String>();
        for (String name : names) {
            if (name.isBlank() || !distinct.add(name.strip())) {
                check.fileProblem(InputProblem.ofRow(headerRow.getRowNum(), null, "registry.import.badHeader", name));
                return;
            }
        }
        if (!check.header(names)) {
            return;
        }
        int nikPosition = check.position("nik");
        boolean anyRow = false;
        while (rows.hasNext()) {
            var row = rows.next();
            if (blank(row)) {
                continue;
            }
            anyRow = true;
            var nikCell = row.getOptionalCell(nikPosition);
            if (nikCell.isPresent() && nikCell.get().getType() == CellType.NUMBER) {
                String column = names.get(nikPosition);
                check.badRow(InputProblem.ofRow(
                        row.getRowNum(), column, "registry.import.nik.number", column, text(nikCell.get())));
                continue;
            }
            var cells = trimmed(texts(row));
            while (cells.size() < names.size()) {
                cells.add("");
            }
            check.row(row.getRowNum(), cells, goodRow);
        }
        if (!anyRow) {
            check.fileProblem(InputProblem.general("registry.import.noRows"));
        }
    }

    /**
     * Inflates every entry once, counting, and stops at the first bound passed: the bounds are checked on the bytes
     * actually inflated, not on the sizes the zip claims.
     */
    static Optional<InputProblem> zipBomb(Path file) throws IOException {
        try (var zip = new ZipFile(file.toFile())) {
            long total = 0;
            int entries = 0;
            var buffer = new byte[1 << 16];
            for (var iterator = zip.entries().asIterator(); iterator.hasNext(); ) {
                ZipEntry entry = iterator.next();
                if (++entries > MAX_ENTRIES) {
                    return Optional.of(InputProblem.general("registry.import.zipBomb", MAX_ENTRIES + " entries"));
                }
                long compressed = Math.max(1, entry.getCompressedSize());
                long inflated = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        inflated += n;
                        total += n;
                        if (total > MAX_INFLATED_BYTES) {
                            return Optional.of(InputProblem.general(
                                    "registry.import.zipBomb", "> " + (MAX_INFLATED_BYTES >> 20) + " MB"));
                        }
                        if (inflated > RATIO_FROM_BYTES && inflated > MAX_RATIO * compressed) {
                            return Optional.of(InputProblem.general(
                                    "registry.import.zipBomb", entry.getName() + " > " + MAX_RATIO + " : 1"));
                        }
                    }
                }
            }
            return Optional.empty();
        } catch (ZipException e) {
            return Optional.of(InputProblem.general("registry.import.notXlsx", String.valueOf(e.getMessage())));
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
