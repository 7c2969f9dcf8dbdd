package id.alur.sop.document;

import id.alur.sop.Signatory;
import id.alur.sop.Sop;
import id.alur.sop.SopHeader;
import id.alur.sop.Symbol;
import id.alur.sop.document.FlowchartTable.Columns;
import id.alur.sop.document.FlowchartTable.Page;
import id.alur.sop.document.FlowchartTable.Row;
import id.alur.sop.document.FlowchartTable.Table;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the document template shows. Lengths are CSS lengths in points, taken from the layout. */
record DocumentView(
        SopHeader header,
        List<String> institutionLines,
        List<String> unitLines,
        Signatory signatory,
        String createdOn,
        String revisedOn,
        String effectiveOn,
        String approvedOn,
        ColumnWidths columns,
        List<List<String>> laneNames,
        String laneFontSize,
        String groupHeaderHeight,
        String laneHeaderHeight,
        List<PageView> pages,
        List<String> total,
        String totalRowHeight,
        List<LegendEntry> legend,
        PageBox page) {

    record ColumnWidths(
            String number,
            String description,
            String lane,
            String lanes,
            int laneCount,
            String requirements,
            String time,
            String output,
            String remarks,
            String total) {}

    /** One printed page of the flowchart table: its rows (and bands) and the SVG that spans them. */
    record PageView(int number, boolean first, boolean last, String svg, List<BodyRow> rows) {}

    /** A row of the table body; a band row holds only the off-page connectors drawn in the SVG. */
    record BodyRow(
            boolean band,
            String number,
            List<String> description,
            List<String> requirements,
            List<String> time,
            List<String> output,
            List<String> remarks,
            String height) {}

    record LegendEntry(String svg, String nameKey, String definitionKey) {}

    /** The page box of the PDF, so the CSS uses the numbers the layout paginated with. */
    record PageBox(
            String width,
            String height,
            String margin,
            String marginBottom,
            String headingHeight,
            String lineHeight,
            String fontSize,
            String headerFontSize,
            String padding) {}

    static DocumentView of(Sop sop, Table table, List<String> svgs, Locale locale) {
        SopHeader header = sop.header();
        List<PageView> pages = new ArrayList<>();
        for (int p = 0; p < table.pages().size(); p++) {
            Page page = table.pages().get(p);
            List<BodyRow> rows = new ArrayList<>();
            if (page.topBand() > 0) {
                rows.add(band(page.topBand()));
            }
            for (Row row : page.rows()) {
                rows.add(new BodyRow(
                        false,
                        String.valueOf(row.activity().number()),
                        row.description(),
                        row.requirements(),
                        row.time(),
                        row.output(),
                        row.remarks(),
                        pt(row.height())));
            }
            if (page.bottomBand() > 0) {
                rows.add(band(page.bottomBand()));
            }
            pages.add(new PageView(page.number(), page.first(), page.last(), svgs.get(p), List.copyOf(rows)));
        }
        Columns c = table.columns();
        var columns = new ColumnWidths(
                pt(c.number()),
                pt(c.description()),
                pt(c.laneWidth()),
                pt(c.lanes()),
                c.laneCount(),
                pt(c.requirements()),
                pt(c.time()),
                pt(c.output()),
                pt(c.remarks()),
                pt(c.total()));
        var legend = List.of(
                legend(FlowchartSvg.legendSymbol(Symbol.TERMINATOR), "terminator"),
                legend(FlowchartSvg.legendSymbol(Symbol.PROCESS), "process"),
                legend(FlowchartSvg.legendSymbol(Symbol.DECISION), "decision"),
                legend(FlowchartSvg.legendSymbol(Symbol.CONNECTOR), "connector"),
                legend(FlowchartSvg.legendOffPage(), "offPage"),
                legend(FlowchartSvg.legendFlowLine(), "flowLine"));
        var page = new PageBox(
                pt(FlowchartTable.PAGE_WIDTH),
                pt(FlowchartTable.PAGE_HEIGHT),
                pt(FlowchartTable.MARGIN),
                pt(FlowchartTable.MARGIN_BOTTOM),
                pt(FlowchartTable.HEADING_HEIGHT),
                pt(FlowchartTable.LINE_HEIGHT),
                pt(FlowchartTable.FONT_SIZE),
                pt(FlowchartTable.HEADER_FONT_SIZE),
                pt(FlowchartTable.PADDING));
        return new DocumentView(
                header,
                printedLines(header.institution()),
                printedLines(header.unit()),
                header.approvedBy(),
                date(header.createdOn(), locale),
                date(header.revisedOn(), locale),
                date(header.effectiveOn(), locale),
                date(header.approvedOn(), locale),
                columns,
                table.laneNames(),
                pt(table.laneFontSize()),
                pt(FlowchartTable.GROUP_HEADER_HEIGHT),
                pt(table.laneHeaderHeight()),
                List.copyOf(pages),
                table.total(),
                pt(table.totalRowHeight()),
                legend,
                page);
    }

    /** The lines of a block the SOP file writes one printed line per line (docs/sop-format.md). */
    private static List<String> printedLines(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.strip().split("\\s*\\R\\s*"));
    }

    private static BodyRow band(double height) {
        return new BodyRow(true, "", List.of(), List.of(), List.of(), List.of(), List.of(), pt(height));
    }

    /** Dates as Indonesian official documents write them, e.g. "15 Januari 2024"; blank when the SOP gives none. */
    static String date(LocalDate date, Locale locale) {
        return date == null
                ? ""
                : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    static String pt(double value) {
        return FlowchartSvg.n(value) + "pt";
    }

    /** A line of the symbol legend: its drawing, and its name and definition ({@code sop.document.legend.<name>.*}). */
    private static LegendEntry legend(String svg, String name) {
        return new LegendEntry(
                svg, "sop.document.legend." + name + ".name", "sop.document.legend." + name + ".definition");
    }
}
