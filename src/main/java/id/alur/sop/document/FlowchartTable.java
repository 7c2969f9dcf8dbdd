package id.alur.sop.document;

import id.alur.sop.Activity;
import id.alur.sop.Actor;
import id.alur.sop.Sop;
import java.util.ArrayList;
import java.util.List;

/**
 * The flowchart table "Uraian Prosedur" measured and cut into pages: column widths, every cell's text broken into
 * lines, row heights, and which rows go on which A4 landscape page. The HTML table and the SVG flowchart are both
 * drawn from these numbers, so the symbols stay on their rows.
 */
final class FlowchartTable {

    static final double PAGE_WIDTH = 841.89;
    static final double PAGE_HEIGHT = 595.28;
    static final double MARGIN = 28;
    static final double MARGIN_BOTTOM = 34;
    static final double TABLE_WIDTH = PAGE_WIDTH - 2 * MARGIN - 1;

    static final double FONT_SIZE = 8;
    static final double HEADER_FONT_SIZE = 7;
    static final double MIN_LANE_FONT_SIZE = 5.5;
    static final double LINE_HEIGHT = 10;
    static final double PADDING = 3;
    /** Lines are broken a little short of the column so that rounding in the renderer never adds a line. */
    static final double WIDTH_SLACK = 0.96;

    static final double HEADING_HEIGHT = 18;
    static final double GROUP_HEADER_HEIGHT = 14;
    static final double MIN_ROW_HEIGHT = 32;
    static final double BAND_HEIGHT = 26;
    static final double MIN_TOTAL_ROW_HEIGHT = 16;
    static final double SAFETY = 4;

    static final double MAX_LANE_WIDTH = 72;
    private static final double NUMBER_WIDTH = 20;
    private static final double DESCRIPTION_WIDTH = 150;
    private static final double REQUIREMENTS_WIDTH = 100;
    private static final double TIME_WIDTH = 44;
    private static final double OUTPUT_WIDTH = 72;
    private static final double REMARKS_WIDTH = 56;

    private FlowchartTable() {}

    /** Column widths in points; the lanes (pelaksana) share {@code laneWidth} each. */
    record Columns(
            double number,
            double description,
            double laneWidth,
            int laneCount,
            double requirements,
            double time,
            double output,
            double remarks) {

        double lanes() {
            return laneWidth * laneCount;
        }

        double total() {
            return number + description + lanes() + requirements + time + output + remarks;
        }

        static Columns forLanes(int laneCount) {
            double textMinimum =
                    NUMBER_WIDTH + DESCRIPTION_WIDTH + REQUIREMENTS_WIDTH + TIME_WIDTH + OUTPUT_WIDTH + REMARKS_WIDTH;
            double lanes = Math.min(MAX_LANE_WIDTH * laneCount, TABLE_WIDTH - textMinimum);
            double extra = TABLE_WIDTH - textMinimum - lanes;
            return new Columns(
                    NUMBER_WIDTH,
                    DESCRIPTION_WIDTH + extra * 0.4,
                    lanes / laneCount,
                    laneCount,
                    REQUIREMENTS_WIDTH + extra * 0.25,
                    TIME_WIDTH,
                    OUTPUT_WIDTH + extra * 0.25,
                    REMARKS_WIDTH + extra * 0.1);
        }
    }

    /** One activity's row: the text of each cell as lines, and the row's height. */
    record Row(
            int index,
            Activity activity,
            List<String> description,
            List<String> requirements,
            List<String> time,
            List<String> output,
            List<String> remarks,
            double height) {}

    /** The rows printed on one page; every page but the first opens with a band for incoming off-page connectors. */
    record Page(int number, List<Row> rows, boolean first, boolean last) {

        double topBand() {
            return first ? 0 : BAND_HEIGHT;
        }

        double bottomBand() {
            return last ? 0 : BAND_HEIGHT;
        }

        double rowsHeight() {
            return rows.stream().mapToDouble(Row::height).sum();
        }

        /** Height of the flowchart drawn beside these rows, bands included. */
        double drawingHeight() {
            return topBand() + rowsHeight() + bottomBand();
        }
    }

    /**
     * The measured table: the lane headers (names as lines) and the height of the header row that holds them, the
     * total time (as lines of the Waktu and Output columns) and the height of its row, the rows and the pages.
     */
    record Table(
            Columns columns,
            List<List<String>> laneNames,
            double laneFontSize,
            double laneHeaderHeight,
            List<String> total,
            double totalRowHeight,
            List<Row> rows,
            List<Page> pages) {

        double headerHeight() {
            return GROUP_HEADER_HEIGHT + laneHeaderHeight;
        }
    }

    /** The column headings as printed, in the document's language. */
    record Headings(String number, String activity, String requirements, String time, String output, String remarks) {}

    static Table of(Sop sop, Headings headings, String total, TextWidths widths) {
        Columns columns = Columns.forLanes(sop.actors().size());
        double laneFontSize = laneFontSize(sop, columns, widths);
        List<List<String>> laneNames = new ArrayList<>();
        int headerLines = 1;
        for (Actor actor : sop.actors()) {
            List<String> name = lines(actor.name(), columns.laneWidth(), widths, laneFontSize, true);
            laneNames.add(name);
            headerLines = Math.max(headerLines, name.size());
        }
        headerLines = Math.max(headerLines, headingLines(headings.requirements(), columns.requirements(), widths));
        headerLines = Math.max(headerLines, headingLines(headings.time(), columns.time(), widths));
        headerLines = Math.max(headerLines, headingLines(headings.output(), columns.output(), widths));
        // No, Kegiatan and Keterangan span both header rows.
        int spanning = Math.max(
                headingLines(headings.number(), columns.number(), widths),
                Math.max(
                        headingLines(headings.activity(), columns.description(), widths),
                        headingLines(headings.remarks(), columns.remarks(), widths)));
        double laneHeaderHeight = Math.max(
                headerLines * LINE_HEIGHT + 2 * PADDING, spanning * LINE_HEIGHT + 2 * PADDING - GROUP_HEADER_HEIGHT);

        List<Row> rows = new ArrayList<>();
        List<Activity> activities = sop.activities();
        for (int i = 0; i < activities.size(); i++) {
            rows.add(row(i, activities.get(i), columns, widths));
        }
        // The total runs over the Waktu and Output columns, so "10 Hari 1 Jam 15 Menit" keeps to one line.
        List<String> totalLines = lines(total, columns.time() + columns.output(), widths, FONT_SIZE, true);
        double totalRowHeight = Math.max(MIN_TOTAL_ROW_HEIGHT, totalLines.size() * LINE_HEIGHT + 2 * PADDING);
        double available =
                PAGE_HEIGHT - MARGIN - MARGIN_BOTTOM - HEADING_HEIGHT - GROUP_HEADER_HEIGHT - laneHeaderHeight - SAFETY;
        return new Table(
                columns,
                laneNames,
                laneFontSize,
                laneHeaderHeight,
                totalLines,
                totalRowHeight,
                rows,
                paginate(rows, available, totalRowHeight));
    }

    /**
     * Cuts the rows into pages greedily. The last page needs room for the total row, every other page for the band of
     * outgoing off-page connectors at its foot; a row taller than a page gets a page of its own.
     */
    static List<Page> paginate(List<Row> rows, double available, double totalRowHeight) {
        List<Page> pages = new ArrayList<>();
        int start = 0;
        while (start < rows.size()) {
            boolean first = pages.isEmpty();
            double top = first ? 0 : BAND_HEIGHT;
            double remaining = rows.subList(start, rows.size()).stream()
                    .mapToDouble(Row::height)
                    .sum();
            if (remaining <= available - top - totalRowHeight) {
                pages.add(new Page(pages.size() + 1, rows.subList(start, rows.size()), first, true));
                break;
            }
            double capacity = available - top - BAND_HEIGHT;
            int end = start;
            double used = 0;
            while (end < rows.size() && used + rows.get(end).height() <= capacity) {
                used += rows.get(end).height();
                end++;
            }
            end = Math.min(Math.max(end, start + 1), rows.size() - 1);
            if (end <= start) {
                pages.add(new Page(pages.size() + 1, rows.subList(start, rows.size()), first, true));
                break;
            }
            pages.add(new Page(pages.size() + 1, rows.subList(start, end), first, false));
            start = end;
        }
        return List.copyOf(pages);
    }

    private static Row row(int index, Activity activity, Columns columns, TextWidths widths) {
        var standard = activity.standard();
        List<String> description = lines(activity.description(), columns.description(), widths, FONT_SIZE, false);
        List<String> requirements = new ArrayList<>();
        List<String> items = standard == null ? List.of() : standard.requirements();
        for (String item : items) {
            String text = items.size() > 1 ? "• " + item : item;
            requirements.addAll(lines(text, columns.requirements(), widths, FONT_SIZE, false));
        }
        List<String> time = lines(
                standard == null || standard.time() == null
                        ? ""
                        : standard.time().text(),
                columns.time(),
                widths,
                FONT_SIZE,
                false);
        List<String> output =
                lines(standard == null ? "" : standard.output(), columns.output(), widths, FONT_SIZE, false);
        List<String> remarks = lines(activity.remarks(), columns.remarks(), widths, FONT_SIZE, false);
        int mostLines = maxSize(description, requirements, time, output, remarks);
        double height = Math.max(MIN_ROW_HEIGHT, mostLines * LINE_HEIGHT + 2 * PADDING);
        return new Row(index, activity, description, requirements, time, output, remarks, height);
    }

    @SafeVarargs
    private static int maxSize(List<String>... columns) {
        int max = 1;
        for (List<String> column : columns) {
            max = Math.max(max, column.size());
        }
        return max;
    }

    /**
     * The size the lane titles are set in: the header size, or smaller (down to {@link #MIN_LANE_FONT_SIZE}) when a
     * word of a title, such as "Pengadministrasi", would otherwise be broken in its narrow column.
     */
    static double laneFontSize(Sop sop, Columns columns, TextWidths widths) {
        double usable = (columns.laneWidth() - 2 * PADDING) * WIDTH_SLACK;
        double size = HEADER_FONT_SIZE;
        for (Actor actor : sop.actors()) {
            for (String word : actor.name().split("\\s+")) {
                while (size > MIN_LANE_FONT_SIZE && widths.of(word, size, true) > usable) {
                    size -= 0.5;
                }
            }
        }
        return size;
    }

    private static int headingLines(String heading, double columnWidth, TextWidths widths) {
        return Math.max(
                1, lines(heading, columnWidth, widths, HEADER_FONT_SIZE, true).size());
    }

    static List<String> lines(String text, double columnWidth, TextWidths widths, double fontSize, boolean bold) {
        double usable = (columnWidth - 2 * PADDING) * WIDTH_SLACK;
        return LineBreaker.lines(text, usable, s -> widths.of(s, fontSize, bold));
    }
}
