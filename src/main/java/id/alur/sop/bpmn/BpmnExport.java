package id.alur.sop.bpmn;

import id.alur.sop.Activity;
import id.alur.sop.Actor;
import id.alur.sop.ActorKind;
import id.alur.sop.Branch;
import id.alur.sop.Sop;
import id.alur.sop.Standard;
import id.alur.sop.bpmn.ProcessDiagram.Node;
import id.alur.sop.document.SopBundle;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.BaseElement;
import org.operaton.bpm.model.bpmn.instance.Collaboration;
import org.operaton.bpm.model.bpmn.instance.ConditionExpression;
import org.operaton.bpm.model.bpmn.instance.Definitions;
import org.operaton.bpm.model.bpmn.instance.Documentation;
import org.operaton.bpm.model.bpmn.instance.EndEvent;
import org.operaton.bpm.model.bpmn.instance.ExclusiveGateway;
import org.operaton.bpm.model.bpmn.instance.FormalExpression;
import org.operaton.bpm.model.bpmn.instance.Lane;
import org.operaton.bpm.model.bpmn.instance.LaneSet;
import org.operaton.bpm.model.bpmn.instance.Participant;
import org.operaton.bpm.model.bpmn.instance.PotentialOwner;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.bpmn.instance.ResourceAssignmentExpression;
import org.operaton.bpm.model.bpmn.instance.SequenceFlow;
import org.operaton.bpm.model.bpmn.instance.StartEvent;
import org.operaton.bpm.model.bpmn.instance.UserTask;
import org.springframework.context.MessageSource;

/**
 * Exports an SOP as a BPMN 2.0 process that a BPMN engine runs as it is and a modeler opens laid out.
 *
 * <p>One pool; one lane per pelaksana, highest position on top; a user task per activity (candidate group: the lane's
 * position code, as a standard {@code potentialOwner}); after each decision's task an exclusive gateway whose Ya flow
 * carries {@code ${keputusan == 'ya'}} and whose Tidak flow is the default, so the task that decides completes with the
 * process variable {@code keputusan} set to {@code 'ya'} or {@code 'tidak'}. A branch that returns the papers to the
 * applicant leads to an applicant task "Melengkapi berkas" that loops back to the deciding task (in an added Pemohon
 * lane when the SOP has none). No engine-specific extension is used. The diagram is laid out by
 * {@link ProcessDiagram}.
 */
public final class BpmnExport {

    /** The process variable the deciding task sets: {@code 'ya'} or {@code 'tidak'}. */
    public static final String DECISION_VARIABLE = "keputusan";

    public static final String YA_CONDITION = "${" + DECISION_VARIABLE + " == 'ya'}";

    static final String TARGET_NAMESPACE = "https://alur.id/bpmn/sop";
    static final String BPMN_NAMESPACE = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    private static final MessageSource MESSAGES = SopBundle.MESSAGES;

    private BpmnExport() {}

    /** The BPMN XML of the SOP, with names in Indonesian. */
    public static String xml(Sop sop, String processKey) {
        return Bpmn.convertToString(model(sop, processKey, Locale.of("id")));
    }

    /**
     * The BPMN model of the SOP.
     *
     * @param processKey the process id, e.g. the SOP's code {@code kis-surat-pengantar}; made a valid XML name
     */
    public static BpmnModelInstance model(Sop sop, String processKey, Locale locale) {
        return new Builder(sop, processId(processKey), locale).build();
    }

    /** A valid XML name (NCName) for the process id: letters, digits, '-', '_' and '.', not starting with a digit. */
    static String processId(String key) {
        String ascii = Normalizer.normalize(key == null ? "" : key, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]+", "-")
                .replaceAll("^-+|-+$", "");
        if (ascii.isEmpty()) {
            return "sop";
        }
        return Character.isLetter(ascii.charAt(0)) || ascii.charAt(0) == '_' ? ascii : "sop-" + ascii;
    }

    private static final class Builder {

        private final Sop sop;
        private final String processId;
        private final Locale locale;
        private final BpmnModelInstance model = Bpmn.createEmptyModel();
        private Process process;
        private ProcessDiagram diagram;
        private final Map<String, Integer> laneOfActor = new LinkedHashMap<>();
        private final List<Lane> lanes = new ArrayList<>();
        private final Map<Integer, Node> taskOf = new HashMap<>();
        private final List<Node> nodes = new ArrayList<>();
        private int applicantLane = -1;
        private int flows;
        private int columns;

        Builder(Sop sop, String processId, Locale locale) {
            this.sop = sop;
            this.processId = processId;
            this.locale = locale;
        }

        BpmnModelInstance build() {
            Definitions definitions = model.newInstance(Definitions.class);
            definitions.setId("definitions-" + processId);
            definitions.setTargetNamespace(TARGET_NAMESPACE);
            definitions.setExporter("Alur");
            model.setDefinitions(definitions);
            // Conditions are typed tFormalExpression, as executable BPMN wants; the type names the BPMN namespace.
            definitions.getDomElement().registerNamespace("bpmn", BPMN_NAMESPACE);
            definitions.getDomElement().registerNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");

            Collaboration collaboration = model.newInstance(Collaboration.class, "collaboration-" + processId);
            definitions.addChildElement(collaboration);
            process = model.newInstance(Process.class, processId);
            process.setName(sop.header().name());
            process.setExecutable(true);
            definitions.addChildElement(process);
            Participant pool = model.newInstance(Participant.class, "pool-" + processId);
            pool.setName(sop.header().name());
            pool.setProcess(process);
            collaboration.addChildElement(pool);

            diagram = new ProcessDiagram(model, definitions, collaboration, processId);

            LaneSet laneSet = model.newInstance(LaneSet.class, "lanes-" + processId);
            process.addChildElement(laneSet);
            for (Actor actor : sop.actors()) {
                addLane(laneSet, actor.id(), actor.name());
                if (actor.kind() == ActorKind.APPLICANT && applicantLane < 0) {
                    applicantLane = lanes.size() - 1;
                }
            }
            if (applicantLane < 0 && returnsToApplicant()) {
                addLane(laneSet, "pemohon", message("sop.bpmn.applicantLane"));
                applicantLane = lanes.size() - 1;
            }

            buildNodes();
            buildFlows();

            diagram.pool(pool, lanes, columns);
            diagram.nodes(nodes);
            return model;
        }

        private boolean returnsToApplicant() {
            return sop.activities().stream()
                    .anyMatch(a -> a.decision() != null
                            && (a.decision().ya() instanceof Branch.ToApplicant
                                    || a.decision().tidak() instanceof Branch.ToApplicant));
        }

        private void addLane(LaneSet laneSet, String actorId, String name) {
            Lane lane = model.newInstance(Lane.class, "lane-" + processId(actorId));
            lane.setName(name);
            laneSet.addChildElement(lane);
            laneOfActor.put(actorId, lanes.size());
            lanes.add(lane);
        }

        private Node start;
        private Node end;
        private @Nullable Node refused;
        private final Map<Integer, Node> gatewayOf = new HashMap<>();
        private final Map<Integer, Node> applicantTaskOf = new HashMap<>();

        private void buildNodes() {
            List<Activity> activities = sop.activities();
            int column = 0;
            StartEvent startEvent = model.newInstance(StartEvent.class, "start");
            startEvent.setName(message("sop.bpmn.start"));
            start = add(Node.event(startEvent, lane(activities.getFirst()), column++));
            for (Activity activity : activities) {
                UserTask task = model.newInstance(UserTask.class, "task-" + activity.number());
                task.setName(activity.description());
                document(task, documentation(activity));
                candidateGroup(task, activity.actorId());
                taskOf.put(activity.number(), add(Node.task(task, lane(activity), column++)));
                if (activity.decision() != null) {
                    ExclusiveGateway gateway =
                            model.newInstance(ExclusiveGateway.class, "gateway-" + activity.number());
                    gateway.setName(message("sop.bpmn.decision", activity.number()));
                    Node gatewayNode = add(Node.gateway(gateway, lane(activity), column));
                    gatewayOf.put(activity.number(), gatewayNode);
                    if (activity.decision().ya() instanceof Branch.ToApplicant
                            || activity.decision().tidak() instanceof Branch.ToApplicant) {
                        // In the gateway's column, so the return runs straight up or down to the applicant's lane.
                        UserTask papers = model.newInstance(UserTask.class, "complete-papers-" + activity.number());
                        papers.setName(message("sop.bpmn.completePapers"));
                        document(papers, message("sop.bpmn.completePapers.documentation", activity.number()));
                        candidateGroup(papers, actorIdOfLane(applicantLane));
                        applicantTaskOf.put(activity.number(), add(Node.task(papers, applicantLane, column)));
                    }
                    column++;
                }
            }
            EndEvent endEvent = model.newInstance(EndEvent.class, "end");
            endEvent.setName(message("sop.bpmn.end"));
            end = add(Node.event(endEvent, lane(activities.getLast()), column++));
            boolean refuses = activities.stream()
                    .anyMatch(a -> a.decision() != null
                            && (a.decision().ya() instanceof Branch.Refuse
                                    || a.decision().tidak() instanceof Branch.Refuse));
            if (refuses) {
                EndEvent refusedEvent = model.newInstance(EndEvent.class, "end-refused");
                refusedEvent.setName(message("sop.bpmn.refused"));
                refused = add(Node.event(refusedEvent, lane(activities.getLast()), column++));
            }
            columns = column;
        }

        private void buildFlows() {
            List<Activity> activities = sop.activities();
            connect(start, taskOf.get(activities.getFirst().number()), null);
            for (int i = 0; i < activities.size(); i++) {
                Activity activity = activities.get(i);
                Node task = taskOf.get(activity.number());
                if (activity.decision() != null) {
                    Node gateway = gatewayOf.get(activity.number());
                    connect(task, gateway, null);
                    SequenceFlow ya = connect(
                            gateway, branchTarget(activity, activity.decision().ya()), "sop.bpmn.branch.ya");
                    ConditionExpression condition =
                            model.newInstance(ConditionExpression.class, ya.getId() + "-condition");
                    condition.setType("bpmn:tFormalExpression");
                    condition.setTextContent(YA_CONDITION);
                    ya.setConditionExpression(condition);
                    SequenceFlow tidak = connect(
                            gateway, branchTarget(activity, activity.decision().tidak()), "sop.bpmn.branch.tidak");
                    ((ExclusiveGateway) gateway.element()).setDefault(tidak);
                    Node papers = applicantTaskOf.get(activity.number());
                    if (papers != null) {
                        // The papers come back complete and the deciding step looks at them again.
                        connect(papers, task, null);
                    }
                } else if (activity.next() != null) {
                    connect(task, taskOf.get(activity.next()), null);
                } else if (i + 1 < activities.size()) {
                    connect(task, taskOf.get(activities.get(i + 1).number()), null);
                } else {
                    connect(task, end, null);
                }
            }
        }

        private Node branchTarget(Activity decision, Branch branch) {
            return switch (branch) {
                case Branch.ToStep step -> {
                    Node target = taskOf.get(step.number());
                    if (target == null) {
                        throw new IllegalArgumentException(
                                "Decision " + decision.number() + " names no such step: " + step.number());
                    }
                    yield target;
                }
                case Branch.ToApplicant ignored -> applicantTaskOf.get(decision.number());
                case Branch.Refuse ignored -> refused;
            };
        }

        /**
         * Adds a sequence flow with its diagram edge.
         *
         * @param labelKey the flow's name (Ya / Tidak), or {@code null}
         */
        private SequenceFlow connect(Node source, Node target, @Nullable String labelKey) {
            SequenceFlow flow = model.newInstance(SequenceFlow.class, "flow-" + (++flows));
            process.addChildElement(flow);
            flow.setSource(source.element());
            flow.setTarget(target.element());
            source.element().getOutgoing().add(flow);
            target.element().getIncoming().add(flow);
            if (labelKey != null) {
                flow.setName(message(labelKey));
            }
            diagram.edge(flow, source, target);
            return flow;
        }

        private Node add(Node node) {
            process.addChildElement(node.element());
            lanes.get(node.lane()).getFlowNodeRefs().add(node.element());
            nodes.add(node);
            return node;
        }

        private void document(BaseElement element, String text) {
            if (text.isBlank()) {
                return;
            }
            Documentation documentation = model.newInstance(Documentation.class, element.getId() + "-documentation");
            documentation.setTextContent(text);
            element.getDocumentations().add(documentation);
        }

        /** The lane's position code as the task's candidate group, in standard BPMN (resource role). */
        private void candidateGroup(UserTask task, String actorId) {
            PotentialOwner owner = model.newInstance(PotentialOwner.class, task.getId() + "-owner");
            ResourceAssignmentExpression assignment =
                    model.newInstance(ResourceAssignmentExpression.class, task.getId() + "-owner-assignment");
            FormalExpression expression = model.newInstance(FormalExpression.class, task.getId() + "-owner-group");
            expression.setTextContent("group(" + actorId + ")");
            assignment.addChildElement(expression);
            owner.addChildElement(assignment);
            task.getResourceRoles().add(owner);
        }

        private String documentation(Activity activity) {
            List<String> lines = new ArrayList<>();
            Standard standard = activity.standard();
            if (standard != null) {
                if (!standard.requirements().isEmpty()) {
                    lines.add(message("sop.bpmn.standard.requirements", String.join(", ", standard.requirements())));
                }
                if (standard.time() != null) {
                    lines.add(message("sop.bpmn.standard.time", standard.time().text()));
                }
                if (standard.output() != null && !standard.output().isBlank()) {
                    lines.add(message("sop.bpmn.standard.output", standard.output()));
                }
            }
            if (activity.decision() != null) {
                lines.add(message("sop.bpmn.decision.documentation"));
            }
            return String.join("\n", lines);
        }

        private int lane(Activity activity) {
            Integer lane = laneOfActor.get(activity.actorId());
            if (lane == null) {
                throw new IllegalArgumentException(
                        "Activity " + activity.number() + " names an actor that has no lane: " + activity.actorId());
            }
            return lane;
        }

        private String actorIdOfLane(int lane) {
            return laneOfActor.entrySet().stream()
                    .filter(e -> e.getValue() == lane)
                    .findFirst()
                    .orElseThrow()
                    .getKey();
        }

        private String message(String key, Object... args) {
            return MESSAGES.getMessage(key, args, locale);
        }
    }
}
