package id.alur.office;

import id.alur.platform.AuditRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The audit trail's records as an XLSX workbook (issue 14 item 4): a title, the filter as asked, then one row per
 * record with the page's columns, times in the reader's office zone, kinds and outcomes in the reader's language.
 */
final class AuditWorkbook {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Texts the workbook needs, already in the reader's language. */
    record Labels(
            String title,
            String filter,
            List<String> headers,
            Function<String, String> kind,
            Function<String, String> outcome) {}

    private AuditWorkbook() {}

    static byte[] write(List<AuditRecord> records, ZoneId zone, String filterText, Labels labels) {
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "Alur", "1.0");
            Worksheet sheet = workbook.newWorksheet(
                    labels.title().length() > 31 ? labels.title().substring(0, 31) : labels.title());
            sheet.value(0, 0, labels.title());
            sheet.style(0, 0).bold().fontSize(13).set();
            sheet.value(1, 0, labels.filter());
            sheet.value(1, 1, filterText);
            int header = 3;
            for (int column = 0; column < labels.headers().size(); column++) {
                sheet.value(header, column, labels.headers().get(column));
            }
            sheet.range(header, 0, header, labels.headers().size() - 1)
                    .style()
                    .bold()
                    .fillColor("DDDDDD")
                    .set();
            int row = header + 1;
            for (AuditRecord r : records) {
                sheet.value(row, 0, TIME.format(r.at().atZone(zone)));
                sheet.value(row, 1, r.actor());
                sheet.value(row, 2, r.actorOffice());
                sheet.value(row, 3, r.address());
                sheet.value(row, 4, labels.kind().apply(r.action()));
                sheet.value(row, 5, r.action());
                sheet.value(row, 6, labels.outcome().apply(r.outcome().name()));
                sheet.value(row, 7, r.objectType() == null ? null : r.objectType() + " " + r.objectId());
                sheet.value(row, 8, r.officeCode());
                sheet.value(row, 9, r.detail());
                row++;
            }
            int[] widths = {20, 20, 20, 16, 40, 26, 16, 30, 20, 50};
            for (int column = 0; column < widths.length; column++) {
                sheet.width(column, widths[column]);
            }
            sheet.freezePane(0, header + 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
