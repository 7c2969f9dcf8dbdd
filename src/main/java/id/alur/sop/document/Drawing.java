package id.alur.sop.document;

import id.alur.sop.Symbol;
import id.alur.sop.document.Flow.BranchLabel;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The flowchart beside the rows of one page of the table, in points from its top left corner: what
 * {@link FlowchartLayout} lays out and {@link FlowchartSvg} draws.
 */
record Drawing(
        int page,
        double width,
        double height,
        List<Lane> lanes,
        List<Double> rowLines,
        List<SymbolMark> symbols,
        List<Arrow> arrows,
        List<OffPageMark> offPage) {

    record Point(double x, double y) {}

    record Box(double cx, double cy, double width, double height) {

        double left() {
            return cx - width / 2;
        }

        double right() {
            return cx + width / 2;
        }

        double top() {
            return cy - height / 2;
        }

        double bottom() {
            return cy + height / 2;
        }
    }

    record Lane(String actorId, double x, double width) {

        double center() {
            return x + width / 2;
        }

        double right() {
            return x + width;
        }
    }

    record SymbolMark(int activityNumber, String actorId, Symbol symbol, Box box) {}

    /** An off-page connector; the pentagon at each end of one arrow carries the same number. */
    record OffPageMark(int number, boolean outgoing, String actorId, Box box) {}

    /**
     * An arrow drawn on one page: from {@code points[0]} to the arrowhead at the last point.
     *
     * @param label the branch label (Ya / Tidak) it carries near its start, {@code null} for none
     * @param labelBox where the label is set: a free spot beside the arrow's first segments
     */
    record Arrow(
            int fromNumber,
            int toNumber,
            @Nullable BranchLabel branch,
            List<Point> points,
            @Nullable String label,
            @Nullable Box labelBox) {

        Arrow withLabelBox(Box box) {
            return new Arrow(fromNumber, toNumber, branch, points, label, box);
        }
    }

    /** Whether two boxes share more than an edge. */
    static boolean overlaps(Box a, Box b) {
        return a.left() < b.right() && b.left() < a.right() && a.top() < b.bottom() && b.top() < a.bottom();
    }

    /** Whether an axis-parallel segment passes through the box. */
    static boolean crosses(Box box, Point p, Point q) {
        double left = Math.min(p.x(), q.x());
        double right = Math.max(p.x(), q.x());
        double top = Math.min(p.y(), q.y());
        double bottom = Math.max(p.y(), q.y());
        return left <= box.right() && box.left() <= right && top <= box.bottom() && box.top() <= bottom;
    }
}
