package id.alur.sop.document;

import id.alur.sop.Symbol;
import id.alur.sop.document.Drawing.Arrow;
import id.alur.sop.document.Drawing.Box;
import id.alur.sop.document.Drawing.Lane;
import id.alur.sop.document.Drawing.OffPageMark;
import id.alur.sop.document.Drawing.Point;
import id.alur.sop.document.Drawing.SymbolMark;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link Drawing} as SVG, in points. The markup carries the activity, actor and branch of each element as
 * {@code data-} attributes, so a reader (and the tests) can tell what each shape stands for.
 */
final class FlowchartSvg {

    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String INK = "#000";
    private static final String GRID = "#9a9a9a";
    private static final double LINE = 0.8;
    private static final double ARROW_LENGTH = 4.5;
    private static final double ARROW_HALF_WIDTH = 2.2;

    private FlowchartSvg() {}

    static String write(Drawing drawing) {
        var svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"flowchart\"")
                .append(" data-page=\"")
                .append(drawing.page())
                .append("\" width=\"")
                .append(n(drawing.width()))
                .append("pt\" height=\"")
                .append(n(drawing.height()))
                .append("pt\" viewBox=\"0 0 ")
                .append(n(drawing.width()))
                .append(' ')
                .append(n(drawing.height()))
                .append("\" font-family=\"")
                .append(FONT_FAMILY)
                .append("\">");
        grid(svg, drawing);
        for (Lane lane : drawing.lanes()) {
            svg.append("<rect class=\"lane\" data-actor=\"")
                    .append(escape(lane.actorId()))
                    .append('"');
            bounds(svg, lane.x(), 0, lane.width(), drawing.height()).append(" fill=\"none\" stroke=\"none\"/>");
        }
        for (Arrow arrow : drawing.arrows()) {
            arrow(svg, arrow);
        }
        for (SymbolMark symbol : drawing.symbols()) {
            symbol(svg, symbol);
        }
        for (OffPageMark mark : drawing.offPage()) {
            offPage(svg, mark);
        }
        return svg.append("</svg>").toString();
    }

    /** A symbol alone, for the legend. */
    static String legendSymbol(Symbol symbol) {
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"60pt\" height=\"30pt\" viewBox=\"0 0 60 30\">");
        shape(svg, symbol, FlowchartLayout.symbolBox(symbol, 30, 15, 60 + 2 * FlowchartLayout.GUTTER - 12));
        return svg.append("</svg>").toString();
    }

    /** The off-page connector alone, for the legend. */
    static String legendOffPage() {
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"60pt\" height=\"30pt\" viewBox=\"0 0 60 30\">");
        pentagon(svg, new Box(30, 15, 16, 16));
        return svg.append("</svg>").toString();
    }

    /** A flow line, for the legend. */
    static String legendFlowLine() {
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"60pt\" height=\"30pt\" viewBox=\"0 0 60 30\">");
        line(svg, List.of(new Point(8, 15), new Point(52, 15)));
        return svg.append("</svg>").toString();
    }

    private static void grid(StringBuilder svg, Drawing drawing) {
        svg.append("<g class=\"grid\" stroke=\"").append(GRID).append("\" stroke-width=\"0.5\">");
        for (int i = 1; i < drawing.lanes().size(); i++) {
            double x = drawing.lanes().get(i).x();
            gridLine(svg, x, 0, x, drawing.height());
        }
        for (double y : drawing.rowLines()) {
            if (y <= 0.01 || y >= drawing.height() - 0.01) {
                continue;
            }
            gridLine(svg, 0, y, drawing.width(), y);
        }
        svg.append("</g>");
    }

    private static void arrow(StringBuilder svg, Arrow arrow) {
        svg.append("<g class=\"flow\" data-from=\"")
                .append(arrow.fromNumber())
                .append("\" data-to=\"")
                .append(arrow.toNumber())
                .append('"');
        if (arrow.branch() != null) {
            svg.append(" data-branch=\"")
                    .append(arrow.branch().name().toLowerCase(Locale.ROOT))
                    .append('"');
        }
        svg.append('>');
        line(svg, arrow.points());
        if (arrow.label() != null && arrow.labelBox() != null) {
            Box box = arrow.labelBox();
            svg.append("<rect class=\"branch-ground\"");
            bounds(svg, box.left(), box.top(), box.width(), box.height()).append(" fill=\"#fff\"/>");
            svg.append("<text class=\"branch\" x=\"")
                    .append(n(box.left()))
                    .append("\" y=\"")
                    .append(n(box.bottom() - 1.3))
                    .append("\" font-size=\"")
                    .append(n(FlowchartLayout.LABEL_FONT_SIZE))
                    .append("\" fill=\"")
                    .append(INK)
                    .append("\">")
                    .append(escape(arrow.label()))
                    .append("</text>");
        }
        svg.append("</g>");
    }

    private static void line(StringBuilder svg, List<Point> points) {
        svg.append("<polyline fill=\"none\" stroke=\"")
                .append(INK)
                .append("\" stroke-width=\"")
                .append(LINE)
                .append("\" points=\"");
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (i > 0) {
                svg.append(' ');
            }
            svg.append(n(p.x())).append(',').append(n(p.y()));
        }
        svg.append("\"/>");
        Point tip = points.getLast();
        Point before = points.get(points.size() - 2);
        double dx = tip.x() - before.x();
        double dy = tip.y() - before.y();
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        double baseX = tip.x() - ux * ARROW_LENGTH;
        double baseY = tip.y() - uy * ARROW_LENGTH;
        svg.append("<polygon class=\"arrowhead\" fill=\"").append(INK).append('"');
        points(
                        svg,
                        tip.x(),
                        tip.y(),
                        baseX - uy * ARROW_HALF_WIDTH,
                        baseY + ux * ARROW_HALF_WIDTH,
                        baseX + uy * ARROW_HALF_WIDTH,
                        baseY - ux * ARROW_HALF_WIDTH)
                .append("/>");
    }

    private static void symbol(StringBuilder svg, SymbolMark mark) {
        svg.append("<g class=\"symbol\" data-activity=\"")
                .append(mark.activityNumber())
                .append("\" data-actor=\"")
                .append(escape(mark.actorId()))
                .append("\" data-symbol=\"")
                .append(mark.symbol().name().toLowerCase(Locale.ROOT))
                .append("\">");
        shape(svg, mark.symbol(), mark.box());
        svg.append("</g>");
    }

    private static void shape(StringBuilder svg, Symbol symbol, Box b) {
        switch (symbol) {
            case TERMINATOR, PROCESS -> {
                bounds(svg.append("<rect"), b.left(), b.top(), b.width(), b.height());
                if (symbol == Symbol.TERMINATOR) {
                    svg.append(" rx=\"").append(n(b.height() / 2)).append('"');
                }
            }
            case DECISION ->
                points(
                        svg.append("<polygon"),
                        b.cx(),
                        b.top(),
                        b.right(),
                        b.cy(),
                        b.cx(),
                        b.bottom(),
                        b.left(),
                        b.cy());
            case CONNECTOR ->
                svg.append("<circle cx=\"")
                        .append(n(b.cx()))
                        .append("\" cy=\"")
                        .append(n(b.cy()))
                        .append("\" r=\"")
                        .append(n(b.width() / 2))
                        .append('"');
        }
        outlined(svg);
    }

    private static void offPage(StringBuilder svg, OffPageMark mark) {
        svg.append("<g class=\"off-page\" data-connector=\"")
                .append(mark.number())
                .append("\" data-direction=\"")
                .append(mark.outgoing() ? "out" : "in")
                .append("\" data-actor=\"")
                .append(escape(mark.actorId()))
                .append("\">");
        pentagon(svg, mark.box());
        svg.append("<text x=\"")
                .append(n(mark.box().cx()))
                .append("\" y=\"")
                .append(n(mark.box().cy() + 1.5))
                .append("\" font-size=\"6\" text-anchor=\"middle\" fill=\"")
                .append(INK)
                .append("\">")
                .append(mark.number())
                .append("</text></g>");
    }

    /** The off-page connector of PermenPAN-RB 35/2012: a pentagon pointing down, like a home plate. */
    private static void pentagon(StringBuilder svg, Box b) {
        double shoulder = b.top() + b.height() * 0.6;
        points(
                svg.append("<polygon"),
                b.left(),
                b.top(),
                b.right(),
                b.top(),
                b.right(),
                shoulder,
                b.cx(),
                b.bottom(),
                b.left(),
                shoulder);
        outlined(svg);
    }

    /** The attributes {@code x y width height} of a rectangle. */
    private static StringBuilder bounds(StringBuilder svg, double x, double y, double width, double height) {
        return svg.append(" x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" width=\"")
                .append(n(width))
                .append("\" height=\"")
                .append(n(height))
                .append('"');
    }

    /** The attribute {@code points} of a polygon, from x, y pairs. */
    private static StringBuilder points(StringBuilder svg, double... xy) {
        svg.append(" points=\"");
        for (int i = 0; i < xy.length; i += 2) {
            svg.append(i == 0 ? "" : " ").append(n(xy[i])).append(',').append(n(xy[i + 1]));
        }
        return svg.append('"');
    }

    private static void gridLine(StringBuilder svg, double x1, double y1, double x2, double y2) {
        svg.append("<line x1=\"")
                .append(n(x1))
                .append("\" y1=\"")
                .append(n(y1))
                .append("\" x2=\"")
                .append(n(x2))
                .append("\" y2=\"")
                .append(n(y2))
                .append("\"/>");
    }

    /** A symbol's white ground and black outline, closing its element. */
    private static void outlined(StringBuilder svg) {
        svg.append(" fill=\"#fff\" stroke=\"")
                .append(INK)
                .append("\" stroke-width=\"")
                .append(LINE)
                .append("\"/>");
    }

    static String n(double value) {
        String s = String.format(Locale.ROOT, "%.2f", value);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "");
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s.equals("-0") ? "0" : s;
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
