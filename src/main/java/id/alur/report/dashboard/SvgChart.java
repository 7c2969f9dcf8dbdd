package id.alur.report.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A bar chart drawn on the server as SVG shapes (no script on the office PC): rectangles and texts in a view box the
 * template writes out as they are. Every chart has its table beside it, so the chart itself is {@code aria-hidden}.
 */
public record SvgChart(int width, int height, List<Rect> rects, List<Text> texts) {

    /** A rectangle; {@code kind} is its CSS class (chart-ok, chart-late, chart-standard, chart-bar). */
    public record Rect(double x, double y, double width, double height, String kind, String title) {}

    /** A text; {@code anchor} is SVG's text-anchor (start, middle, end). */
    public record Text(double x, double y, String text, String anchor) {}

    /** A part of a bar: its value and kind. */
    public record Segment(double value, String kind) {}

    /** One bar (a row of a horizontal chart, a column of a vertical one): its parts and the text beside it. */
    public record Bar(String label, List<Segment> segments, String valueText) {}

    static final int LABEL_WIDTH = 260;
    static final int BAR_AREA = 360;
    static final int ROW = 26;

    /**
     * Horizontal bars, one row per bar, the label at the left. {@code stacked}: the segments one after the other on one
     * line (parts of a whole); else each segment its own thinner line in the row (values side by side).
     */
    static SvgChart horizontal(List<Bar> bars, boolean stacked) {
        double max = max(bars, stacked);
        List<Rect> rects = new ArrayList<>();
        List<Text> texts = new ArrayList<>();
        int width = LABEL_WIDTH + BAR_AREA + 80;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double top = i * ROW + 3;
            texts.add(new Text(LABEL_WIDTH - 6, top + ROW / 2.0 + 2, shorten(bar.label(), 40), "end"));
            double x = LABEL_WIDTH;
            int lines = stacked ? 1 : Math.max(1, bar.segments().size());
            double lineHeight = (ROW - 8) / (double) lines;
            for (int j = 0; j < bar.segments().size(); j++) {
                Segment segment = bar.segments().get(j);
                double length = max == 0 ? 0 : BAR_AREA * segment.value() / max;
                double y = stacked ? top : top + j * lineHeight;
                rects.add(new Rect(round(x), round(y), round(length), round(lineHeight), segment.kind(), bar.label()));
                if (stacked) {
                    x += length;
                }
            }
            double end = stacked ? x : LABEL_WIDTH + BAR_AREA * maxOf(bar) / Math.max(max, 1e-9);
            texts.add(new Text(round(end + 4), top + ROW / 2.0 + 2, bar.valueText(), "start"));
        }
        return new SvgChart(width, Math.max(ROW, bars.size() * ROW + 6), rects, texts);
    }

    /** Vertical columns, the labels underneath (months of a trend). */
    static SvgChart vertical(List<Bar> bars) {
        int plot = 160;
        int column = 52;
        double max = max(bars, true);
        List<Rect> rects = new ArrayList<>();
        List<Text> texts = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double x = 10 + i * column;
            double y = plot + 20;
            for (Segment segment : bar.segments()) {
                double length = max == 0 ? 0 : plot * segment.value() / max;
                y -= length;
                rects.add(new Rect(round(x + 6), round(y), column - 12, round(length), segment.kind(), bar.label()));
            }
            texts.add(new Text(x + column / 2.0, round(y - 4), bar.valueText(), "middle"));
            texts.add(new Text(x + column / 2.0, plot + 36, bar.label(), "middle"));
        }
        return new SvgChart(Math.max(column, 20 + bars.size() * column), plot + 44, rects, texts);
    }

    private static double max(List<Bar> bars, boolean stacked) {
        double max = 0;
        for (Bar bar : bars) {
            double value = stacked
                    ? bar.segments().stream().mapToDouble(Segment::value).sum()
                    : maxOf(bar);
            max = Math.max(max, value);
        }
        return max;
    }

    private static double maxOf(Bar bar) {
        return bar.segments().stream().mapToDouble(Segment::value).max().orElse(0);
    }

    private static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private static double round(double value) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.1f", value));
    }
}
