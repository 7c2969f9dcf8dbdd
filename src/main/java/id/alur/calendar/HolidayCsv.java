package id.alur.calendar;

import id.alur.platform.InputProblem;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a holiday list from CSV: a header {@code tanggal,nama,jenis,sumber} and one day per line, e.g.
 * {@code 2026-03-20,Idul Fitri 1447 H,NATIONAL,"SKB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025"}. {@code jenis} is
 * {@code NATIONAL} or {@code CUTI_BERSAMA} (also {@code libur}/{@code cuti}). Every bad line is reported with its line
 * number, so an administrator can fix the whole file at once.
 */
final class HolidayCsv {

    static final List<String> HEADER = List.of("tanggal", "nama", "jenis", "sumber");

    /** One parsed line; {@code line} is the file's 1-based line number (the header is line 1). */
    record Row(int line, LocalDate date, String name, HolidayKind kind, String source) {}

    /** What was read: the good rows and a problem for each bad one. */
    record Parsed(List<Row> rows, List<InputProblem> problems) {}

    private HolidayCsv() {}

    static Parsed parse(String csv) {
        List<Row> rows = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        try (var parser = format.parse(new StringReader(csv.strip().replace("\uFEFF", "")))) {
            List<String> header = parser.getHeaderNames().stream()
                    .map(h -> h.toLowerCase(Locale.ROOT))
                    .toList();
            if (!header.equals(HEADER)) {
                problems.add(InputProblem.ofRow(1, "file", "calendar.import.header", String.join(",", HEADER)));
                return new Parsed(rows, problems);
            }
            for (CSVRecord record : parser) {
                // record n is line n + 1 (the header is line 1); blank lines are records too, so the count stays true
                int line = Math.toIntExact(record.getRecordNumber() + 1);
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                if (record.size() != HEADER.size()) {
                    problems.add(InputProblem.ofRow(line, "file", "calendar.import.columns", line, record.size()));
                    continue;
                }
                LocalDate date;
                try {
                    date = LocalDate.parse(record.get(0));
                } catch (DateTimeParseException e) {
                    problems.add(InputProblem.ofRow(line, "file", "calendar.import.date", line, record.get(0)));
                    continue;
                }
                HolidayKind kind = kind(record.get(2));
                if (kind == null) {
                    problems.add(InputProblem.ofRow(line, "file", "calendar.import.kind", line, record.get(2)));
                    continue;
                }
                rows.add(new Row(line, date, record.get(1), kind, record.get(3)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // commons-csv: a duplicate or empty header name, an unclosed quote
            problems.add(InputProblem.ofRow(1, "file", "calendar.import.header", String.join(",", HEADER)));
        }
        return new Parsed(rows, problems);
    }

    private static @Nullable HolidayKind kind(String text) {
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "NATIONAL", "LIBUR", "LIBUR NASIONAL" -> HolidayKind.NATIONAL;
            case "CUTI_BERSAMA", "CUTI", "CUTI BERSAMA" -> HolidayKind.CUTI_BERSAMA;
            default -> null;
        };
    }
}
