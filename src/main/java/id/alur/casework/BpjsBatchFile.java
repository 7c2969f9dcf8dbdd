package id.alur.casework;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;

/**
 * Writes an usulan batch: one header row with the layout's headers, then one row per case. Every cell is text, so a
 * NIK or No. KK of 16 digits stays whole in a spreadsheet (as a number Excel keeps 15).
 */
final class BpjsBatchFile {

    private BpjsBatchFile() {}

    static byte[] write(BpjsFormat format, List<String> headers, List<List<String>> rows) {
        try {
            return format == BpjsFormat.CSV ? csv(headers, rows) : xlsx(headers, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** UTF-8 with a byte-order mark, which Excel needs to read the file as UTF-8. */
    private static byte[] csv(List<String> headers, List<List<String>> rows) throws IOException {
        var out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (var printer = new CSVPrinter(
                new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            printer.printRecord(headers);
            for (var row : rows) {
                printer.printRecord(row);
            }
        }
        return out.toByteArray();
    }

    private static byte[] xlsx(List<String> headers, List<List<String>> rows) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var workbook = new Workbook(out, "Alur", "1.0")) {
            var sheet = workbook.newWorksheet("Usulan");
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    sheet.value(r + 1, c, row.get(c));
                }
            }
        }
        return out.toByteArray();
    }
}
