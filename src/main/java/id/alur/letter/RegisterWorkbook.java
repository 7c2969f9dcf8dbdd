package id.alur.letter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the register of outgoing letters (buku agenda surat keluar) as an XLSX workbook: a title, the office and
 * period, then one row per letter with the columns of the paper ledger. The kind names come resolved from the
 * message bundle, so the workbook is in the reader's language like the page it was downloaded from.
 */
final class RegisterWorkbook {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private RegisterWorkbook() {}

    /** Column headers and texts the workbook needs, already in the reader's language. */
    record Labels(
            String title,
            String office,
            String period,
            List<String> headers,
            String revoked,
            Function<LetterKind, String> kindName) {}

    static byte[] write(String officeName, RegisterPeriod period, List<RegisterEntry> entries, Labels labels) {
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "Alur", "1.0");
            Worksheet sheet = workbook.newWorksheet(
                    labels.title().length() > 31 ? labels.title().substring(0, 31) : labels.title());
            sheet.value(0, 0, labels.title());
            sheet.style(0, 0).bold().fontSize(13).set();
            sheet.value(1, 0, labels.office());
            sheet.value(1, 1, officeName);
            sheet.value(2, 0, labels.period());
            sheet.value(2, 1, DAY.format(period.from()) + " – " + DAY.format(period.to()));
            int header = 4;
            for (int column = 0; column < labels.headers().size(); column++) {
                sheet.value(header, column, labels.headers().get(column));
            }
            sheet.range(header, 0, header, labels.headers().size() - 1)
                    .style()
                    .bold()
                    .fillColor("DDDDDD")
                    .borderStyle("thin")
                    .wrapText(true)
                    .set();
            int row = header + 1;
            int count = 1;
            for (RegisterEntry e : entries) {
                sheet.value(row, 0, count++);
                sheet.value(row, 1, e.number());
                sheet.value(row, 2, e.issuedOn());
                sheet.style(row, 2).format("dd-mm-yyyy").set();
                sheet.value(row, 3, labels.kindName().apply(e.kind()));
                sheet.value(row, 4, e.subject());
                sheet.value(row, 5, e.addressee());
                sheet.value(row, 6, e.applicantName());
                sheet.value(row, 7, e.signerName() + " (" + e.signerTitle() + ")");
                sheet.value(
                        row,
                        8,
                        e.revoked()
                                ? labels.revoked() + " " + DAY.format(e.revokedOn()) + ": " + e.revokedReason()
                                : "");
                row++;
            }
            if (row > header + 1) {
                sheet.range(header + 1, 0, row - 1, labels.headers().size() - 1)
                        .style()
                        .borderStyle("thin")
                        .set();
            }
            int[] widths = {6, 30, 12, 24, 30, 30, 26, 36, 30};
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
