package id.alur.platform;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a table that a user uploads — CSV (UTF-8, comma or semicolon separated, by commons-csv) or XLSX (its first
 * sheet, streamed by fastexcel-reader after a zip-bomb check) — row by row, so that a file of a million rows is never
 * held in memory. The header and each data row are handed to {@link Rows}; what a cell must hold is the caller's to
 * check. Rows are numbered as a spreadsheet shows them: the header is row 1.
 *
 * <p>A file that cannot be read as a table ends the reading with one problem whose key is the caller's prefix and a
 * {@link Problem}'s suffix ({@code registry.import.zeroBytes}), so that each module words it for its own file (a
 * DTSEN extract, a BPJS answer); the module's bundles hold every suffix.
 */
public final class TableFile {

    /** The problems of a whole file, by the suffix of their message key. */
    public enum Problem {
        /** The upload has no byte at all. */
        ZERO_BYTES("zeroBytes"),
        /** A header but no data row, or nothing but blank rows. */
        NO_ROWS("noRows"),
        /** A CSV whose bytes are not UTF-8; argument-less, with its row. */
        NOT_UTF8("notUtf8"),
        /** A CSV that breaks off (a quote never closed …); argument: the parser's words. */
        UNREADABLE("unreadable"),
        /** A header with a blank column name or one named twice; argument: the name or the parser's words. */
        BAD_HEADER("badHeader"),
        /** Not a readable XLSX; argument: the reader's words. */
        NOT_XLSX("notXlsx"),
        /** An XLSX that inflates past {@link TableFile#MAX_INFLATED_BYTES} or {@link TableFile#MAX_RATIO}. */
        ZIP_BOMB("zipBomb");

        private final String suffix;

        Problem(String suffix) {
            this.suffix = suffix;
        }

        public String suffix() {
            return suffix;
        }

        /** The message key under a module's prefix: {@code prefix + "." + suffix}. */
        public String key(String prefix) {
            return prefix + "." + suffix;
        }
    }

    /** All entries of an XLSX together: a 1 M-row DTSEN sheet inflates to about 300 MB. */
    public static final long MAX_INFLATED_BYTES = 1L << 30;

    /** One entry's inflated size against its compressed size; spreadsheet XML compresses 5–20 times. */
    public static final long MAX_RATIO = 100;

    /** Entries below this size are not held to the ratio (tiny parts compress oddly). */
    public static final long RATIO_FROM_BYTES = 1L << 20;

    public static final int MAX_ENTRIES = 10_000;

    /** What reads the table: told the header, then each data row, or the one problem of the whole file. */
    public interface Rows {

        /**
         * The header row, its names stripped (a byte-order mark may remain on the first).
         *
         * @return whether to read the data rows; a caller that refuses the header keeps its own problems
         */
        boolean header(List<String> names);

        /** A data row that is not blank. */
        void row(Row row);

        /** The file cannot be read as a table; no further row follows. */
        void fileProblem(InputProblem problem);
    }

    /**
     * One data row.
     *
     * @param number the row as a spreadsheet shows it (the header is 1)
     * @param cells the cells as text, stripped; in an XLSX padded with blanks to the header's width
     * @param numberCells the positions of cells a spreadsheet stored as numbers (a 16-digit NIK so stored lost its last
     *     digit: Excel keeps 15); always empty for CSV
     */
    public record Row(int number, List<String> cells, Set<Integer> numberCells) {

        public Row {
            cells = List.copyOf(cells);
            numberCells = Set.copyOf(numberCells);
        }

        /** The cell at a position, {@code ""} beyond the row's end. */
        public String cell(int position) {
            return position >= 0 && position < cells.size() ? cells.get(position) : "";
        }
    }

    private TableFile() {}

    /** Reads a CSV from the stream. */
    public static void readCsv(InputStream in, String keyPrefix, Rows rows) throws IOException {
        CsvTable.read(in, keyPrefix, rows);
    }

    /** Reads the first sheet of the XLSX at {@code file} (a zip's directory is at its end: a file, never the stream). */
    public static void readXlsx(Path file, String keyPrefix, Rows rows) throws IOException {
        XlsxTable.read(file, keyPrefix, rows);
    }

    /** Reads the file at {@code file} as XLSX or CSV, as {@link #isXlsx} decides. */
    public static void read(String fileName, Path file, String keyPrefix, Rows rows) throws IOException {
        try (var in = new BufferedInputStream(Files.newInputStream(file))) {
            if (isXlsx(fileName, in)) {
                readXlsx(file, keyPrefix, rows);
            } else {
                readCsv(in, keyPrefix, rows);
            }
        }
    }

    /**
     * Whether an upload is an XLSX: it starts as a zip does, or its name ends in {@code .xlsx} (a non-zip so named is
     * then refused as no XLSX, not read as CSV). The stream is left where it was.
     */
    public static boolean isXlsx(String fileName, BufferedInputStream in) throws IOException {
        byte[] magic = new byte[4];
        in.mark(4);
        int read = in.readNBytes(magic, 0, 4);
        in.reset();
        boolean zip = read == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        return zip || fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /**
     * Inflates every entry of the zip once, counting, and names the first bound passed: the bounds are checked on the
     * bytes actually inflated, not on the sizes the zip claims.
     */
    public static Optional<InputProblem> zipBomb(Path file, String keyPrefix) throws IOException {
        return XlsxTable.zipBomb(file, keyPrefix);
    }
}
