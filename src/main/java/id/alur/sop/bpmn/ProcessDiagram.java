package id.alur.sop.bpmn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.BaseElement;
import org.operaton.bpm.model.bpmn.instance.Collaboration;
import org.operaton.bpm.model.bpmn.instance.Definitions;
import org.operaton.bpm.model.bpmn.instance.ExclusiveGateway;
import org.operaton.bpm.model.bpmn.instance.FlowNode;
import org.operaton.bpm.model.bpmn.instance.Lane;
import org.operaton.bpm.model.bpmn.instance.Participant;
import org.operaton.bpm.model.bpmn.instance.SequenceFlow;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.operaton.bpm.model.bpmn.instance.dc.Bounds;
import org.operaton.bpm.model.bpmn.instance.di.Waypoint;

/**
 * The diagram (BPMNDI) of an exported process, so that a modeler opens it laid out: one column per node from left to
 * right in the order of the SOP; a flow to the next column runs straight or with one bend; any other flow leaves its
 * node at the top or bottom (never both flows through one side), runs along a channel kept free at the edge of its
 * lane and enters its target from above or below.
 */
final class ProcessDiagram {

    private static final double POOL_X = 100;
    private static final double POOL_Y = 60;
    private static final double LABEL_BAND = 30;
    private static final double LANE_HEIGHT = 160;
    private static final double COLUMN = 150;
    private static final double TASK_WIDTH = 100;
    private static final double TASK_HEIGHT = 80;
    private static final double GATEWAY_SIZE = 50;
    private static final double EVENT_SIZE = 36;
    private static final double CHANNEL_INSET = 12;
    private static final double CHANNEL_SPACING = 5;

    /** A flow node where the diagram puts it: its lane (0 on top), its column and its size. */
    record Node(FlowNode element, int lane, int column, double width, double height) {

        static Node task(FlowNode element, int lane, int column) {
            return new Node(element, lane, column, TASK_WIDTH, TASK_HEIGHT);
        }

        static Node gateway(FlowNode element, int lane, int column) {
            return new Node(element, lane, column, GATEWAY_SIZE, GATEWAY_SIZE);
        }

        static Node event(FlowNode element, int lane, int column) {
            return new Node(element, lane, column, EVENT_SIZE, EVENT_SIZE);
        }

        double cx() {
            return POOL_X + LABEL_BAND + LABEL_BAND + COLUMN / 2 + column * COLUMN;
        }

        double cy() {
            return POOL_Y + lane * LANE_HEIGHT + LANE_HEIGHT / 2;
        }

        double left() {
            return cx() - width / 2;
        }

        double right() {
            return cx() + width / 2;
        }

        double top() {
            return cy() - height / 2;
        }

        double bottom() {
            return cy() + height / 2;
        }
    }

    private record Point(double x, double y) {}

    private final BpmnModelInstance model;
    private final BpmnPlane plane;
    /** Which of a node's top and bottom already carry a flow, so that two flows never share one. */
    private final Map<String, Boolean> portTaken = new HashMap<>();
    /** How many channels along the top or bottom of each lane are in use. */
    private final Map<String, Integer> channels = new HashMap<>();

    ProcessDiagram(BpmnModelInstance model, Definitions definitions, Collaboration collaboration, String processId) {
        this.model = model;
        BpmnDiagram diagram = model.newInstance(BpmnDiagram.class, "diagram-" + processId);
        definitions.addChildElement(diagram);
        plane = model.newInstance(BpmnPlane.class, "plane-" + processId);
        plane.setBpmnElement(collaboration);
        diagram.setBpmnPlane(plane);
    }

    /** The pool and its lanes, as wide as the columns the nodes use. */
    void pool(Participant pool, List<Lane> lanes, int columns) {
        double width = 2 * LABEL_BAND + columns * COLUMN + COLUMN / 2;
        shape(pool, POOL_X, POOL_Y, width, lanes.size() * LANE_HEIGHT).setHorizontal(true);
        for (int i = 0; i < lanes.size(); i++) {
            shape(lanes.get(i), POOL_X + LABEL_BAND, POOL_Y + i * LANE_HEIGHT, width - LABEL_BAND, LANE_HEIGHT)
                    .setHorizontal(true);
        }
    }

    void nodes(List<Node> nodes) {
        for (Node node : nodes) {
            BpmnShape shape = shape(node.element(), node.left(), node.top(), node.width(), node.height());
            if (node.element() instanceof ExclusiveGateway) {
                shape.setMarkerVisible(true);
            }
        }
    }

    /** The flow's edge from {@code source} to {@code target}, its name (Ya / Tidak) next to where it leaves. */
    void edge(SequenceFlow flow, Node source, Node target) {
        List<Point> points = route(source, target);
        BpmnEdge edge = model.newInstance(BpmnEdge.class, flow.getId() + "-di");
        edge.setBpmnElement(flow);
        for (Point point : points) {
            Waypoint waypoint = model.newInstance(Waypoint.class);
            waypoint.setX(point.x());
            waypoint.setY(point.y());
            edge.getWaypoints().add(waypoint);
        }
        if (flow.getName() != null) {
            Point from = points.get(0);
            Point to = points.get(1);
            boolean vertical = from.x() == to.x();
            BpmnLabel label = model.newInstance(BpmnLabel.class, flow.getId() + "-label");
            label.setBounds(bounds(
                    vertical ? from.x() + 6 : from.x() + 4,
                    vertical ? from.y() + (to.y() > from.y() ? 4 : -18) : from.y() - 18,
                    36,
                    14));
            edge.setBpmnLabel(label);
        }
        plane.addChildElement(edge);
    }

    private List<Point> route(Node s, Node t) {
        if (t.column() == s.column() + 1) {
            if (s.cy() == t.cy()) {
                return List.of(new Point(s.right(), s.cy()), new Point(t.left(), t.cy()));
            }
            double bend = (s.right() + t.left()) / 2;
            return List.of(
                    new Point(s.right(), s.cy()),
                    new Point(bend, s.cy()),
                    new Point(bend, t.cy()),
                    new Point(t.left(), t.cy()));
        }
        if (t.column() == s.column()) {
            // The applicant's task in the column of its gateway: straight up or down.
            boolean down = t.cy() > s.cy();
            take(s, !down);
            take(t, down);
            return down
                    ? List.of(new Point(s.cx(), s.bottom()), new Point(t.cx(), t.top()))
                    : List.of(new Point(s.cx(), s.top()), new Point(t.cx(), t.bottom()));
        }
        boolean up = t.lane() <= s.lane();
        if (taken(s, up)) {
            up = !up;
        }
        take(s, up);
        double laneTop = POOL_Y + s.lane() * LANE_HEIGHT;
        int used = channels.merge(s.lane() + (up ? ":top" : ":bottom"), 1, Integer::sum) - 1;
        double inset = Math.min(CHANNEL_INSET + used * CHANNEL_SPACING, (LANE_HEIGHT - TASK_HEIGHT) / 2 - 4);
        double channel = up ? laneTop + inset : laneTop + LANE_HEIGHT - inset;
        Point exit = up ? new Point(s.cx(), s.top()) : new Point(s.cx(), s.bottom());
        boolean fromBelow = t.cy() < channel;
        take(t, !fromBelow);
        Point entry = fromBelow ? new Point(t.cx(), t.bottom()) : new Point(t.cx(), t.top());
        return List.of(exit, new Point(s.cx(), channel), new Point(t.cx(), channel), entry);
    }

    private boolean take(Node node, boolean top) {
        return portTaken.put(port(node, top), true) == null;
    }

    private boolean taken(Node node, boolean top) {
        return portTaken.containsKey(port(node, top));
    }

    private static String port(Node node, boolean top) {
        return node.element().getId() + (top ? ":top" : ":bottom");
    }

    private BpmnShape shape(BaseElement element, double x, double y, double width, double height) {
        BpmnShape shape = model.newInstance(BpmnShape.class, element.getId() + "-di");
        shape.setBpmnElement(element);
        shape.setBounds(bounds(x, y, width, height));
        plane.addChildElement(shape);
        return shape;
    }

    private Bounds bounds(double x, double y, double width, double height) {
        Bounds bounds = model.newInstance(Bounds.class);
        bounds.setX(x);
        bounds.setY(y);
        bounds.setWidth(width);
        bounds.setHeight(height);
        return bounds;
    }
}
