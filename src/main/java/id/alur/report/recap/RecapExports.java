package id.alur.report.recap;

import id.alur.platform.PdfFonts;
import id.alur.report.compliance.ComplianceReport;
import id.alur.workflow.ServiceCounts;
import id.alur.workflow.StepFigures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The monthly recap as files: an A4 portrait PDF ready to sign (template {@code report/recap-pdf}, openhtmltopdf with
 * the embedded DejaVu fonts, as the buku kendali and the letters) and an XLSX workbook (fastexcel) with one sheet per
 * table. Headers in the reader's language.
 */
@Component
class RecapExports {

    static final List<String> SERVICE_KEYS = List.of(
            "report.recap.col.service",
            "report.recap.col.received",
            "report.recap.col.finished",
            "report.recap.col.refused",
            "report.recap.col.withdrawn",
            "report.recap.col.running");

    static final List<String> STEP_KEYS = List.of(
            "report.recap.col.sop",
            "report.column.activity",
            "report.column.activityName",
            "report.column.lane",
            "report.column.standard",
            "report.column.steps",
            "report.column.median",
            "report.column.p90",
            "report.column.share",
            "report.column.late");

    private final PdfFonts fonts = new PdfFonts("DejaVu Sans", "fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf", 1);
    private final ITemplateEngine templates;
    private final MessageSource messages;

    RecapExports(ITemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    byte[] pdf(MonthlyRecap.Figures recap, Locale locale) {
        var context = new Context(locale);
        context.setVariable("recap", recap);
        String html = templates.process("report/recap-pdf", context);
        try {
            return fonts.render(html);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not render the monthly recap of " + recap.office().code(), e);
        }
    }

    byte[] xlsx(MonthlyRecap.Figures recap, Locale locale) {
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "Alur", "1.0");
            Worksheet services = workbook.newWorksheet(sheetName(message("report.recap.sheet.services", locale)));
            int r = heading(services, recap, locale);
            header(services, r, SERVICE_KEYS, locale);
            r++;
            for (ServiceCounts s : recap.services()) {
                services.value(r, 0, s.sopName() + " (" + s.sopCode() + ")");
                services.value(r, 1, s.received());
                services.value(r, 2, s.finished());
                services.value(r, 3, s.refused());
                services.value(r, 4, s.withdrawn());
                services.value(r, 5, s.runningAtEnd());
                r++;
            }
            var t = recap.totals();
            services.value(r, 0, message("report.recap.total", locale));
            services.value(r, 1, t.received());
            services.value(r, 2, t.finished());
            services.value(r, 3, t.refused());
            services.value(r, 4, t.withdrawn());
            services.value(r, 5, t.runningAtEnd());
            services.range(r, 0, r, 5).style().bold().set();
            services.width(0, 50);
            for (int c = 1; c <= 5; c++) {
                services.width(c, 16);
            }

            Worksheet steps = workbook.newWorksheet(sheetName(message("report.recap.sheet.compliance", locale)));
            r = heading(steps, recap, locale);
            header(steps, r, STEP_KEYS, locale);
            r++;
            for (ComplianceReport.Version v : recap.compliance().versions()) {
                for (ComplianceReport.Row row : v.rows()) {
                    StepFigures f = row.figures();
                    steps.value(r, 0, v.sopCode());
                    steps.value(r, 1, row.activity().number());
                    steps.value(r, 2, row.activity().name());
                    steps.value(r, 3, row.activity().positionCode());
                    steps.value(
                            r,
                            4,
                            row.activity().standardText() == null
                                    ? ""
                                    : row.activity().standardText());
                    steps.value(r, 5, f == null ? 0 : f.steps());
                    if (f != null) {
                        steps.value(r, 6, f.medianSeconds() / 60);
                        steps.value(r, 7, f.p90Seconds() / 60);
                        steps.style(r, 6).format("0.0").set();
                        steps.style(r, 7).format("0.0").set();
                        if (f.shareWithinStandard() != null) {
                            steps.value(r, 8, f.shareWithinStandard());
                            steps.style(r, 8).format("0%").set();
                        }
                        steps.value(r, 9, f.late());
                    }
                    r++;
                }
            }
            int[] widths = {24, 6, 48, 26, 14, 10, 12, 12, 14, 10};
            for (int c = 0; c < widths.length; c++) {
                steps.width(c, widths[c]);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The title, office and period rows; returns the row of the table's header. */
    private int heading(Worksheet sheet, MonthlyRecap.Figures recap, Locale locale) {
        sheet.value(0, 0, message("report.recap.title", locale));
        sheet.style(0, 0).bold().fontSize(13).set();
        sheet.value(1, 0, message("report.ledger.office", locale));
        sheet.value(1, 1, recap.kop().officeName());
        sheet.value(2, 0, message("report.ledger.period", locale));
        sheet.value(2, 1, recap.month().toString());
        return 4;
    }

    private void header(Worksheet sheet, int row, List<String> keys, Locale locale) {
        for (int c = 0; c < keys.size(); c++) {
            sheet.value(row, c, message(keys.get(c), locale));
        }
        sheet.range(row, 0, row, keys.size() - 1)
                .style()
                .bold()
                .fillColor("DDDDDD")
                .borderStyle("thin")
                .wrapText(true)
                .set();
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String sheetName(String title) {
        return title.length() > 31 ? title.substring(0, 31) : title;
    }
}
