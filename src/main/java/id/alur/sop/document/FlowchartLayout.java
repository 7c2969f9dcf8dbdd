package id.alur.sop.document;

import id.alur.sop.Activity;
import id.alur.sop.Actor;
import id.alur.sop.Sop;
import id.alur.sop.Symbol;
import id.alur.sop.document.Drawing.Arrow;
import id.alur.sop.document.Drawing.Box;
import id.alur.sop.document.Drawing.Lane;
import id.alur.sop.document.Drawing.OffPageMark;
import id.alur.sop.document.Drawing.Point;
import id.alur.sop.document.Drawing.SymbolMark;
import id.alur.sop.document.Flow.BranchLabel;
import id.alur.sop.document.FlowchartTable.Page;
import id.alur.sop.document.FlowchartTable.Row;
import id.alur.sop.document.FlowchartTable.Table;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Draws the flowchart of each page of the table: one column per lane (pelaksana), one band per row, the activity's
 * symbol in its actor's column, and orthogonal arrows between them (PermenPAN-RB 35/2012, Lampiran: "simbol yang
 * digunakan").
 *
 * <p>An arrow to the next row leaves the bottom of its symbol and enters the top of the next one. Any other arrow (a
 * decision's return, a jump) leaves a side of its symbol, runs in a gutter kept free at the edge of the target's
 * column and enters the target from the side, so it never crosses a symbol. An arrow whose two ends fall on different
 * pages ends in an off-page connector (a pentagon) in a band at the foot or the head of the page — the foot when the
 * target lies further on, the head when it lies back — and starts again from a pentagon with the same number on the
 * target's page.
 *
 * <p>One algorithm, kept in one file past the usual size: placing the symbols, choosing each arrow's exit, numbering
 * and placing the off-page connectors and routing the arrows all work on the page, row and lane positions found on
 * the way. The branch labels are set afterwards, by {@link BranchLabels}.
 */
final class FlowchartLayout {

    /** Free space kept between a symbol and the edges of its column, for arrows that run up or down the column. */
    static final double GUTTER = 9;

    static final double MAX_SYMBOL_WIDTH = 52;
    static final double OFF_PAGE_SIZE = 14;
    private static final double SLOT_SPACING = 16;
    private static final double FIRST_GUTTER_LINE = 3;
    private static final double GUTTER_LINE_SPACING = 2.5;

    private FlowchartLayout() {}

    private enum Side {
        LEFT,
        RIGHT,
        BOTTOM
    }

    private enum Band {
        TOP,
        BOTTOM
    }

    static final double LABEL_FONT_SIZE = 6;

    /**
     * Lays out the flowchart of every page of {@code table}.
     *
     * @param branchLabels the words printed on a decision's branches, e.g. Ya and Tidak
     * @param widths measures those words, to find them a spot clear of lines and symbols
     */
    static List<Drawing> draw(Sop sop, Table table, Map<BranchLabel, String> branchLabels, TextWidths widths) {
        return new Builder(sop, table, branchLabels, widths).build();
    }

    static Box symbolBox(Symbol symbol, double cx, double cy, double laneWidth) {
        double width = Math.min(laneWidth - 2 * GUTTER, MAX_SYMBOL_WIDTH);
        return switch (symbol) {
            case TERMINATOR -> new Box(cx, cy, width, 16);
            case PROCESS -> new Box(cx, cy, width, 18);
            case DECISION -> new Box(cx, cy, width, 24);
            case CONNECTOR -> new Box(cx, cy, 14, 14);
        };
    }

    private static final class Builder {

        private final Sop sop;
        private final Table table;
        private final List<Lane> lanes = new ArrayList<>();
        private final Map<String, Integer> laneOf = new HashMap<>();
        private final int[] pageOf;
        private final Box[] boxes;
        private final double[] rowTop;
        private final double[] rowBottom;
        private final List<PageParts> parts = new ArrayList<>();
        private final Map<String, Integer> gutterLines = new HashMap<>();
        private final Map<BranchLabel, String> branchLabels;
        private final TextWidths widths;

        Builder(Sop sop, Table table, Map<BranchLabel, String> branchLabels, TextWidths widths) {
            this.sop = sop;
            this.table = table;
            this.branchLabels = branchLabels;
            this.widths = widths;
            int rows = table.rows().size();
            pageOf = new int[rows];
            boxes = new Box[rows];
            rowTop = new double[rows];
            rowBottom = new double[rows];
        }

        List<Drawing> build() {
            double laneWidth = table.columns().laneWidth();
            for (Actor actor : sop.actors()) {
                laneOf.put(actor.id(), lanes.size());
                lanes.add(new Lane(actor.id(), lanes.size() * laneWidth, laneWidth));
            }
            placeSymbols();
            List<Flow> flows = Flow.of(sop);
            Map<Flow, Side> exits = exits(flows);
            Map<Flow, OffPageMark[]> offPage = offPageMarks(flows);
            for (Flow flow : flows) {
                route(flow, exits.get(flow), offPage.get(flow));
            }
            for (int p = 0; p < parts.size(); p++) {
                PageParts part = parts.get(p);
                BranchLabels.place(
                        part.arrows,
                        part.symbols,
                        part.offPage,
                        table.columns().lanes(),
                        table.pages().get(p).drawingHeight(),
                        widths);
            }
            List<Drawing> drawings = new ArrayList<>();
            for (int p = 0; p < table.pages().size(); p++) {
                Page page = table.pages().get(p);
                PageParts part = parts.get(p);
                drawings.add(new Drawing(
                        page.number(),
                        table.columns().lanes(),
                        page.drawingHeight(),
                        List.copyOf(lanes),
                        List.copyOf(part.rowLines),
                        List.copyOf(part.symbols),
                        List.copyOf(part.arrows),
                        List.copyOf(part.offPage)));
            }
            return drawings;
        }

        private void placeSymbols() {
            for (int p = 0; p < table.pages().size(); p++) {
                Page page = table.pages().get(p);
                PageParts part = new PageParts();
                parts.add(part);
                double y = page.topBand();
                if (!page.first()) {
                    part.rowLines.add(y);
                }
                for (Row row : page.rows()) {
                    Activity activity = row.activity();
                    Lane lane = lanes.get(lane(activity.actorId()));
                    int i = row.index();
                    pageOf[i] = p;
                    rowTop[i] = y;
                    rowBottom[i] = y + row.height();
                    boxes[i] = symbolBox(activity.symbol(), lane.center(), y + row.height() / 2, lane.width());
                    part.symbols.add(
                            new SymbolMark(activity.number(), activity.actorId(), activity.symbol(), boxes[i]));
                    y += row.height();
                    part.rowLines.add(y);
                }
            }
        }

        /** The side each arrow leaves its symbol by: the bottom for the next row, else the side facing the target. */
        private Map<Flow, Side> exits(List<Flow> flows) {
            Map<Flow, Side> exits = new HashMap<>();
            Map<Integer, Set<Side>> used = new HashMap<>();
            for (Flow flow : flows) {
                if (flow.sequential()) {
                    exits.put(flow, Side.BOTTOM);
                    used.computeIfAbsent(flow.from(), k -> EnumSet.noneOf(Side.class))
                            .add(Side.BOTTOM);
                }
            }
            for (Flow flow : flows) {
                if (flow.sequential()) {
                    continue;
                }
                Set<Side> taken = used.computeIfAbsent(flow.from(), k -> EnumSet.noneOf(Side.class));
                Side side = preferredSide(flow);
                if (taken.contains(side)) {
                    side = side == Side.LEFT ? Side.RIGHT : Side.LEFT;
                }
                taken.add(side);
                exits.put(flow, side);
            }
            return exits;
        }

        private Side preferredSide(Flow flow) {
            if (pageOf[flow.from()] != pageOf[flow.to()]) {
                return Side.RIGHT;
            }
            int from = laneOfRow(flow.from());
            int to = laneOfRow(flow.to());
            return to < from ? Side.LEFT : Side.RIGHT;
        }

        /** Numbers the arrows that cross pages and places their pentagons in the bands, side by side per lane. */
        private Map<Flow, OffPageMark[]> offPageMarks(List<Flow> flows) {
            Map<String, List<Slot>> bands = new HashMap<>();
            List<Flow> crossing = new ArrayList<>();
            for (Flow flow : flows) {
                int fromPage = pageOf[flow.from()];
                int toPage = pageOf[flow.to()];
                if (fromPage == toPage) {
                    continue;
                }
                crossing.add(flow);
                boolean forward = toPage > fromPage;
                Band outBand = forward ? Band.BOTTOM : Band.TOP;
                Band inBand = forward ? Band.TOP : Band.BOTTOM;
                int outLane = laneOfRow(flow.from());
                int inLane = laneOfRow(flow.to());
                bands.computeIfAbsent(key(fromPage, outBand, outLane), k -> new ArrayList<>())
                        .add(new Slot(flow, true));
                bands.computeIfAbsent(key(toPage, inBand, inLane), k -> new ArrayList<>())
                        .add(new Slot(flow, false));
            }
            Map<Flow, Double> outX = new HashMap<>();
            Map<Flow, Double> inX = new HashMap<>();
            for (var entry : bands.entrySet()) {
                int lane = Integer.parseInt(entry.getKey().split(":")[2]);
                List<Slot> slots = entry.getValue();
                Lane l = lanes.get(lane);
                double spacing = slots.size() < 2
                        ? 0
                        : Math.min(SLOT_SPACING, (l.width() - OFF_PAGE_SIZE - 2) / (slots.size() - 1));
                for (int s = 0; s < slots.size(); s++) {
                    double x = l.center() + (s - (slots.size() - 1) / 2.0) * spacing;
                    (slots.get(s).outgoing() ? outX : inX).put(slots.get(s).flow(), x);
                }
            }
            Map<Flow, OffPageMark[]> marks = new HashMap<>();
            int number = 1;
            for (Flow flow : crossing) {
                int fromPage = pageOf[flow.from()];
                int toPage = pageOf[flow.to()];
                boolean forward = toPage > fromPage;
                double outY = forward ? bottomBandCenter(fromPage) : topBandCenter(fromPage);
                double inY = forward ? topBandCenter(toPage) : bottomBandCenter(toPage);
                OffPageMark out = new OffPageMark(
                        number,
                        true,
                        actorOfRow(flow.from()),
                        new Box(outX.get(flow), outY, OFF_PAGE_SIZE, OFF_PAGE_SIZE));
                OffPageMark in = new OffPageMark(
                        number,
                        false,
                        actorOfRow(flow.to()),
                        new Box(inX.get(flow), inY, OFF_PAGE_SIZE, OFF_PAGE_SIZE));
                parts.get(fromPage).offPage.add(out);
                parts.get(toPage).offPage.add(in);
                marks.put(flow, new OffPageMark[] {out, in});
                number++;
            }
            return marks;
        }

        private void route(Flow flow, Side exit, OffPageMark[] offPage) {
            int from = flow.from();
            int to = flow.to();
            int fromNumber = table.rows().get(from).activity().number();
            int toNumber = table.rows().get(to).activity().number();
            Box source = boxes[from];
            Box target = boxes[to];
            if (offPage == null) {
                List<Point> points = exit == Side.BOTTOM
                        ? down(source, target)
                        : side(pageOf[from], source, exit, laneOfRow(from), from, target, laneOfRow(to));
                add(pageOf[from], new Arrow(fromNumber, toNumber, flow.branch(), points, label(flow), null));
                return;
            }
            Box out = offPage[0].box();
            Box in = offPage[1].box();
            boolean forward = pageOf[to] > pageOf[from];
            List<Point> first = exit == Side.BOTTOM
                    ? down(source, out)
                    : toBand(pageOf[from], source, exit, laneOfRow(from), out, !forward);
            add(pageOf[from], new Arrow(fromNumber, toNumber, flow.branch(), first, label(flow), null));
            List<Point> second =
                    flow.sequential() ? down(in, target) : fromBand(pageOf[to], in, forward, target, laneOfRow(to));
            add(pageOf[to], new Arrow(fromNumber, toNumber, flow.branch(), second, null, null));
        }

        /**
         * From a symbol's side to an off-page connector in its own column: along the gutter to the band, then beside
         * the band's connectors (above them in a foot band, below them in a head band) and into the pentagon.
         */
        private List<Point> toBand(int page, Box source, Side exit, int lane, Box pentagon, boolean headBand) {
            Lane l = lanes.get(lane);
            double gutterX = exit == Side.RIGHT
                    ? l.right() - gutterLine(page, lane, Side.RIGHT)
                    : l.x() + gutterLine(page, lane, Side.LEFT);
            double x = exit == Side.RIGHT ? source.right() : source.left();
            double alongBand = headBand ? pentagon.bottom() + 3 : pentagon.top() - 3;
            return List.of(
                    new Point(x, source.cy()),
                    new Point(gutterX, source.cy()),
                    new Point(gutterX, alongBand),
                    new Point(pentagon.cx(), alongBand),
                    new Point(pentagon.cx(), headBand ? pentagon.bottom() : pentagon.top()));
        }

        /** From an off-page connector in a band to its target further up or down the same column. */
        private List<Point> fromBand(int page, Box pentagon, boolean headBand, Box target, int lane) {
            double gutterX = lanes.get(lane).right() - gutterLine(page, lane, Side.RIGHT);
            double alongBand = headBand ? pentagon.bottom() + 3 : pentagon.top() - 3;
            return List.of(
                    new Point(pentagon.cx(), headBand ? pentagon.bottom() : pentagon.top()),
                    new Point(pentagon.cx(), alongBand),
                    new Point(gutterX, alongBand),
                    new Point(gutterX, target.cy()),
                    new Point(target.right(), target.cy()));
        }

        private void add(int page, Arrow arrow) {
            parts.get(page).arrows.add(arrow);
        }

        private static List<Point> down(Box a, Box b) {
            if (Math.abs(a.cx() - b.cx()) < 0.01) {
                return List.of(new Point(a.cx(), a.bottom()), new Point(b.cx(), b.top()));
            }
            double jog = (a.bottom() + b.top()) / 2;
            return List.of(
                    new Point(a.cx(), a.bottom()),
                    new Point(a.cx(), jog),
                    new Point(b.cx(), jog),
                    new Point(b.cx(), b.top()));
        }

        /**
         * A route that leaves {@code source} by a side, runs up or down in a gutter of the target's column and enters
         * the target from the side facing that gutter. When the side it leaves by faces away from the target's gutter
         * (the other side was taken), it first turns along the edge of its own row.
         */
        private List<Point> side(
                int page, Box source, Side exit, int sourceLane, int sourceRow, Box target, int targetLane) {
            Lane lane = lanes.get(targetLane);
            boolean enterFromRight = targetLane < sourceLane || (targetLane == sourceLane && exit == Side.RIGHT);
            double gutterX = enterFromRight
                    ? lane.right() - gutterLine(page, targetLane, Side.RIGHT)
                    : lane.x() + gutterLine(page, targetLane, Side.LEFT);
            Point start =
                    exit == Side.RIGHT ? new Point(source.right(), source.cy()) : new Point(source.left(), source.cy());
            Point end = enterFromRight ? new Point(target.right(), target.cy()) : new Point(target.left(), target.cy());
            boolean direct = exit == Side.RIGHT ? gutterX >= start.x() : gutterX <= start.x();
            if (direct || sourceRow < 0) {
                return List.of(start, new Point(gutterX, source.cy()), new Point(gutterX, target.cy()), end);
            }
            Lane own = lanes.get(sourceLane);
            double ownX = exit == Side.RIGHT
                    ? own.right() - gutterLine(page, sourceLane, Side.RIGHT)
                    : own.x() + gutterLine(page, sourceLane, Side.LEFT);
            double turnY = target.cy() < source.cy() ? rowTop[sourceRow] + 3 : rowBottom[sourceRow] - 3;
            return List.of(
                    start,
                    new Point(ownX, source.cy()),
                    new Point(ownX, turnY),
                    new Point(gutterX, turnY),
                    new Point(gutterX, target.cy()),
                    end);
        }

        /** The next free vertical line in a gutter; lines beyond the gutter's room share its innermost line. */
        private double gutterLine(int page, int lane, Side side) {
            int used = gutterLines.merge(page + ":" + lane + ":" + side, 1, Integer::sum) - 1;
            return Math.min(FIRST_GUTTER_LINE + used * GUTTER_LINE_SPACING, GUTTER - 1.5);
        }

        private String label(Flow flow) {
            return flow.branch() == null ? null : branchLabels.get(flow.branch());
        }

        private double topBandCenter(int page) {
            return table.pages().get(page).topBand() / 2;
        }

        private double bottomBandCenter(int page) {
            Page p = table.pages().get(page);
            return p.topBand() + p.rowsHeight() + p.bottomBand() / 2;
        }

        private int laneOfRow(int row) {
            return lane(table.rows().get(row).activity().actorId());
        }

        private String actorOfRow(int row) {
            return table.rows().get(row).activity().actorId();
        }

        private int lane(String actorId) {
            Integer lane = laneOf.get(actorId);
            if (lane == null) {
                throw new IllegalArgumentException("Activity names an actor that has no lane: " + actorId);
            }
            return lane;
        }

        private static String key(int page, Band band, int lane) {
            return page + ":" + band + ":" + lane;
        }

        private record Slot(Flow flow, boolean outgoing) {}

        private static final class PageParts {
            final List<Double> rowLines = new ArrayList<>();
            final List<SymbolMark> symbols = new ArrayList<>();
            final List<Arrow> arrows = new ArrayList<>();
            final List<OffPageMark> offPage = new ArrayList<>();
        }
    }
}
