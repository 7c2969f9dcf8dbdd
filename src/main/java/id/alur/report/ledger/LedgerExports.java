package id.alur.report.ledger;

import id.alur.platform.PdfFonts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The buku kendali as files: an A4 landscape PDF for printing (the page's own template {@code report/ledger-pdf},
 * rendered by openhtmltopdf with the embedded DejaVu fonts, as the letters are), an XLSX workbook (fastexcel, as the
 * letter register) and CSV (commons-csv, UTF-8 with a BOM so that spreadsheet programs read the accents). Headers in
 * the reader's language.
 */
@Component
class LedgerExports {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    static final List<String> HEADER_KEYS = List.of(
            "report.ledger.col.no",
            "report.ledger.col.received",
            "report.ledger.col.tracking",
            "report.ledger.col.applicant",
            "report.ledger.col.nik",
            "report.ledger.col.service",
            "report.ledger.col.papers",
            "report.ledger.col.step",
            "report.ledger.col.finished",
            "report.ledger.col.letters",
            "report.ledger.col.officer");

    private final PdfFonts fonts = new PdfFonts("DejaVu Sans", "fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf", 1);
    private final ITemplateEngine templates;
    private final MessageSource messages;

    LedgerExports(ITemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    List<String> headers(Locale locale) {
        return HEADER_KEYS.stream()
                .map(k -> messages.getMessage(k, null, locale))
                .toList();
    }

    private String papers(LedgerRow row, Locale locale) {
        return messages.getMessage(
                row.papersComplete() ? "report.ledger.complete" : "report.ledger.incomplete", null, locale);
    }

    byte[] pdf(Ledger ledger, Locale locale) {
        var context = new Context(locale);
        context.setVariable("ledger", ledger);
        String html = templates.process("report/ledger-pdf", context);
        try {
            return fonts.render(html);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the buku kendali of " + ledger.officeCode(), e);
        }
    }

    byte[] xlsx(Ledger ledger, Locale locale) {
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "Alur", "1.0");
            String title = messages.getMessage("report.ledger.title", null, locale);
            Worksheet sheet = workbook.newWorksheet(title.length() > 31 ? title.substring(0, 31) : title);
            sheet.value(0, 0, title);
            sheet.style(0, 0).bold().fontSize(13).set();
            sheet.value(1, 0, messages.getMessage("report.ledger.office", null, locale));
            sheet.value(1, 1, ledger.officeName());
            sheet.value(2, 0, messages.getMessage("report.ledger.period", null, locale));
            sheet.value(2, 1, DAY.format(ledger.from()) + " – " + DAY.format(ledger.to()));
            var headers = headers(locale);
            int header = 4;
            for (int column = 0; column < headers.size(); column++) {
                sheet.value(header, column, headers.get(column));
            }
            sheet.range(header, 0, header, headers.size() - 1)
                    .style()
                    .bold()
                    .fillColor("DDDDDD")
                    .borderStyle("thin")
                    .wrapText(true)
                    .set();
            int r = header + 1;
            for (LedgerRow row : ledger.rows()) {
                sheet.value(r, 0, row.no());
                sheet.value(r, 1, row.received());
                sheet.style(r, 1).format("dd-mm-yyyy hh:mm").set();
                sheet.value(r, 2, row.trackingNumber());
                sheet.value(r, 3, row.applicant());
                sheet.value(r, 4, row.nik());
                sheet.value(r, 5, row.service());
                sheet.value(r, 6, papers(row, locale));
                sheet.value(r, 7, row.stepOrResult());
                if (row.finished() != null) {
                    sheet.value(r, 8, row.finished());
                    sheet.style(r, 8).format("dd-mm-yyyy").set();
                }
                sheet.value(r, 9, row.letters());
                sheet.value(r, 10, row.officer());
                r++;
            }
            int[] widths = {5, 17, 18, 28, 19, 30, 12, 30, 12, 36, 24};
            for (int c = 0; c < widths.length; c++) {
                sheet.width(c, widths[c]);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    byte[] csv(Ledger ledger, Locale locale) {
        var out = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                var printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            writer.write('\ufeff');
            printer.printRecord(headers(locale));
            for (LedgerRow row : ledger.rows()) {
                printer.printRecord(
                        row.no(),
                        MINUTE.format(row.received()),
                        row.trackingNumber(),
                        row.applicant(),
                        row.nik(),
                        row.service(),
                        papers(row, locale),
                        row.stepOrResult(),
                        row.finished() == null ? "" : DAY.format(row.finished()),
                        row.letters(),
                        row.officer());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
