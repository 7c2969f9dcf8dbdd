package id.alur.sop.document;

import id.alur.sop.document.Drawing.Arrow;
import id.alur.sop.document.Drawing.Box;
import id.alur.sop.document.Drawing.OffPageMark;
import id.alur.sop.document.Drawing.Point;
import id.alur.sop.document.Drawing.SymbolMark;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where the branch labels (Ya / Tidak) of a page's arrows are set: beside the arrow's first segments, where a reader
 * looks for them, and never over a symbol. One search along the arrow, candidate spot after candidate spot.
 */
final class BranchLabels {

    private BranchLabels() {}

    /**
     * Sets each branch label of a page's arrows ({@code arrows} is updated in place) in the first spot along its arrow
     * that lies inside the drawing and clear of every symbol, connector, line and label already set; failing that,
     * clear of all but lines.
     */
    static void place(
            List<Arrow> arrows,
            List<SymbolMark> symbols,
            List<OffPageMark> offPage,
            double width,
            double height,
            TextWidths widths) {
        List<Box> obstacles = new ArrayList<>();
        symbols.forEach(s -> obstacles.add(s.box()));
        offPage.forEach(o -> obstacles.add(o.box()));
        for (int a = 0; a < arrows.size(); a++) {
            Arrow arrow = arrows.get(a);
            if (arrow.label() == null) {
                continue;
            }
            double w = widths.of(arrow.label(), FlowchartLayout.LABEL_FONT_SIZE, false);
            double h = FlowchartLayout.LABEL_FONT_SIZE;
            List<Box> candidates = candidates(arrow.points(), w, h);
            Box chosen = first(candidates, width, height, obstacles, arrows);
            if (chosen == null) {
                // No spot clear of every line: the label may cross a line (it is set on white), never a symbol.
                chosen = first(candidates, width, height, obstacles, List.of());
            }
            if (chosen == null) {
                chosen = clamp(candidates.getFirst(), width, height);
            }
            obstacles.add(chosen);
            arrows.set(a, arrow.withLabelBox(chosen));
        }
    }

    private static List<Box> candidates(List<Point> points, double w, double h) {
        List<Box> candidates = new ArrayList<>();
        for (int s = 0; s < points.size() - 1; s++) {
            Point p = points.get(s);
            Point q = points.get(s + 1);
            double length = Math.hypot(q.x() - p.x(), q.y() - p.y());
            if (length == 0) {
                continue;
            }
            double dx = (q.x() - p.x()) / length;
            double dy = (q.y() - p.y()) / length;
            for (double t = 0; t <= Math.max(0, length - 2); t += 1.5) {
                double x = p.x() + dx * t;
                double y = p.y() + dy * t;
                if (dy == 0) {
                    double left = dx > 0 ? x + 1 : x - 1 - w;
                    candidates.add(box(left, y - 1.5 - h, w, h));
                    candidates.add(box(left, y + 1.5, w, h));
                } else {
                    double top = dy > 0 ? y + 1 : y - 1 - h;
                    candidates.add(box(x + 1.5, top, w, h));
                    candidates.add(box(x - 1.5 - w, top, w, h));
                }
            }
        }
        return candidates;
    }

    private static @Nullable Box first(
            List<Box> candidates, double width, double height, List<Box> obstacles, List<Arrow> arrows) {
        for (Box candidate : candidates) {
            if (inside(candidate, width, height) && clear(candidate, obstacles, arrows)) {
                return candidate;
            }
        }
        return null;
    }

    private static Box clamp(Box box, double width, double height) {
        double cx = Math.min(Math.max(box.cx(), box.width() / 2 + 0.5), width - box.width() / 2 - 0.5);
        double cy = Math.min(Math.max(box.cy(), box.height() / 2 + 0.5), height - box.height() / 2 - 0.5);
        return new Box(cx, cy, box.width(), box.height());
    }

    private static Box box(double left, double top, double w, double h) {
        return new Box(left + w / 2, top + h / 2, w, h);
    }

    private static boolean inside(Box box, double width, double height) {
        return box.left() >= 0.5 && box.top() >= 0.5 && box.right() <= width - 0.5 && box.bottom() <= height - 0.5;
    }

    private static boolean clear(Box box, List<Box> obstacles, List<Arrow> arrows) {
        for (Box obstacle : obstacles) {
            if (Drawing.overlaps(box, obstacle)) {
                return false;
            }
        }
        for (Arrow arrow : arrows) {
            List<Point> points = arrow.points();
            for (int i = 0; i + 1 < points.size(); i++) {
                if (Drawing.crosses(box, points.get(i), points.get(i + 1))) {
                    return false;
                }
            }
        }
        return true;
    }
}
