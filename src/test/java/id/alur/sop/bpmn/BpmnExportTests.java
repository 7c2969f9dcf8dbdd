package id.alur.sop.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import id.alur.sop.Activity;
import id.alur.sop.Branch;
import id.alur.sop.Sop;
import id.alur.sop.SopFormat;
import id.alur.sop.document.SampleSops;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.flowable.bpmn.model.BpmnModel;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.ExclusiveGateway;
import org.operaton.bpm.model.bpmn.instance.FlowNode;
import org.operaton.bpm.model.bpmn.instance.Lane;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.bpmn.instance.SequenceFlow;
import org.operaton.bpm.model.bpmn.instance.UserTask;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.operaton.bpm.model.bpmn.instance.dc.Bounds;
import org.operaton.bpm.model.bpmn.instance.di.Waypoint;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

class BpmnExportTests {

    static List<Sop> samples() {
        List<Sop> sops = new ArrayList<>(SampleSops.seeds());
        for (long seed = 1; seed <= 6; seed++) {
            sops.add(SampleSops.generated(8 + (int) seed * 5, 1 + (int) (seed % 8), seed));
        }
        return sops;
    }

    static BpmnModelInstance roundTrip(Sop sop) {
        String xml = BpmnExport.xml(sop, "kis-rekomendasi-berobat");
        BpmnModelInstance read =
                Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Bpmn.validateModel(read);
        return read;
    }

    @Test
    void exportsOneUserTaskPerActivityAndOneGatewayPerDecision() {
        for (Sop sop : samples()) {
            BpmnModelInstance model = roundTrip(sop);

            for (Activity activity : sop.activities()) {
                UserTask task = model.getModelElementById("task-" + activity.number());
                assertThat(task).isNotNull();
                assertThat(task.getName()).isEqualTo(activity.description());
                ExclusiveGateway gateway = model.getModelElementById("gateway-" + activity.number());
                assertThat(gateway != null).isEqualTo(activity.decision() != null);
            }
            long decisions =
                    sop.activities().stream().filter(a -> a.decision() != null).count();
            long returns = sop.activities().stream()
                    .filter(a -> a.decision() != null && a.decision().tidak() instanceof Branch.ToApplicant)
                    .count();
            assertThat(model.getModelElementsByType(ExclusiveGateway.class)).hasSize((int) decisions);
            assertThat(model.getModelElementsByType(UserTask.class))
                    .hasSize(sop.activities().size() + (int) returns);
        }
    }

    @Test
    void conditionsTheYaBranchOnTheDecisionVariableAndMakesTidakTheDefault() {
        BpmnModelInstance model = roundTrip(SampleSops.kaltara());

        for (ExclusiveGateway gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
            Map<String, SequenceFlow> byName =
                    gateway.getOutgoing().stream().collect(Collectors.toMap(SequenceFlow::getName, f -> f));

            assertThat(byName).containsOnlyKeys("Ya", "Tidak");
            assertThat(byName.get("Ya").getConditionExpression().getTextContent())
                    .isEqualTo("${keputusan == 'ya'}");
            assertThat(byName.get("Tidak").getConditionExpression()).isNull();
            assertThat(gateway.getDefault()).isEqualTo(byName.get("Tidak"));
        }
        // Seed 003 step 5: Kabid Linjamsos returns the draft to the Sub Koordinator (step 4) on Tidak.
        ExclusiveGateway step5 = model.getModelElementById("gateway-5");
        assertThat(step5.getDefault().getTarget().getId()).isEqualTo("task-4");
    }

    @Test
    void returnsPapersToTheApplicantThroughATaskThatLoopsBackToTheDecidingStep() {
        BpmnModelInstance model = roundTrip(SampleSops.rembang());

        UserTask papers = model.getModelElementById("complete-papers-2");
        assertThat(papers.getName()).isEqualTo("Melengkapi berkas");
        ExclusiveGateway gateway = model.getModelElementById("gateway-2");
        assertThat(gateway.getDefault().getTarget()).isEqualTo(papers);
        assertThat(papers.getOutgoing())
                .singleElement()
                .satisfies(f -> assertThat(f.getTarget().getId()).isEqualTo("task-2"));
        // Seed 000 has no applicant lane: the export adds one for the applicant's task.
        Lane lane = laneOf(model, papers);
        assertThat(lane.getName()).isEqualTo("Pemohon");
    }

    @Test
    void endsARefusalInAnEndEventOfItsOwn() {
        String office = SopFormat.seedOfficeCodes().getFirst();
        String text = SopFormat.seedSource(office).replaceFirst("tidak: pemohon( +#[^\\n]*)?", "tidak: tolak");
        Sop refusing = SopFormat.parse("tolak.sop.yaml", text.getBytes(StandardCharsets.UTF_8));

        BpmnModelInstance model = roundTrip(refusing);

        ExclusiveGateway gateway = model.getModelElementById("gateway-2");
        FlowNode refused = gateway.getDefault().getTarget();
        assertThat(refused.getId()).isEqualTo("end-refused");
        assertThat(refused.getName()).isEqualTo("Ditolak");
        assertThat(refused.getOutgoing()).isEmpty();
    }

    @Test
    void putsEveryTaskInTheLaneOfItsActorWithLanesInTheOrderOfTheSop() {
        Sop sop = SampleSops.kaltara();
        BpmnModelInstance model = roundTrip(sop);

        List<String> laneNames = model.getModelElementsByType(Lane.class).stream()
                .map(Lane::getName)
                .toList();
        assertThat(laneNames)
                .containsExactlyElementsOf(
                        sop.actors().stream().map(a -> a.name()).toList());
        for (Activity activity : sop.activities()) {
            UserTask task = model.getModelElementById("task-" + activity.number());
            assertThat(laneOf(model, task).getName())
                    .isEqualTo(sop.actor(activity.actorId()).orElseThrow().name());
        }
    }

    @Test
    void leadsFromTheStartToEveryNodeAndFromEveryNodeToTheEnd() {
        for (Sop sop : samples()) {
            BpmnModelInstance model = roundTrip(sop);
            FlowNode start = model.getModelElementById("start");
            FlowNode end = model.getModelElementById("end");
            Set<FlowNode> all = new HashSet<>(model.getModelElementsByType(FlowNode.class));

            assertThat(reachable(start, true)).containsAll(all);
            assertThat(reachable(end, false)).containsAll(all);
        }
    }

    @Test
    void laysOutEveryNodeInsideItsLaneWithOrthogonalEdges() {
        for (Sop sop : samples()) {
            BpmnModelInstance model = roundTrip(sop);
            Map<String, Bounds> bounds = model.getModelElementsByType(BpmnShape.class).stream()
                    .collect(Collectors.toMap(s -> s.getBpmnElement().getId(), BpmnShape::getBounds));

            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                Bounds shape = bounds.get(node.getId());
                Bounds lane = bounds.get(laneOf(model, node).getId());
                assertThat(shape).as("shape of %s", node.getId()).isNotNull();
                assertThat(shape.getX()).isGreaterThan(lane.getX());
                assertThat(shape.getY()).isGreaterThan(lane.getY());
                assertThat(shape.getX() + shape.getWidth()).isLessThan(lane.getX() + lane.getWidth());
                assertThat(shape.getY() + shape.getHeight()).isLessThan(lane.getY() + lane.getHeight());
            }
            Collection<BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class);
            assertThat(edges)
                    .hasSize(model.getModelElementsByType(SequenceFlow.class).size());
            for (BpmnEdge edge : edges) {
                List<Waypoint> points = List.copyOf(edge.getWaypoints());
                assertThat(points).hasSizeGreaterThanOrEqualTo(2);
                for (int i = 0; i + 1 < points.size(); i++) {
                    Waypoint p = points.get(i);
                    Waypoint q = points.get(i + 1);
                    assertThat(p.getX().equals(q.getX()) || p.getY().equals(q.getY()))
                            .as(
                                    "segment %d of %s: %s,%s %s,%s",
                                    i, edge.getId(), p.getX(), p.getY(), q.getX(), q.getY())
                            .isTrue();
                }
            }
        }
    }

    @Test
    void isExecutableAsExportedWithoutEngineExtensions() throws Exception {
        for (Sop sop : samples()) {
            String xml = BpmnExport.xml(sop, "kis-surat-pengantar");
            BpmnModelInstance model =
                    Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

            Process process = model.getModelElementById("kis-surat-pengantar");
            assertThat(process.isExecutable()).isTrue();
            assertOnlyStandardNamespaces(xml);

            // Flowable, the engine the benchmark runs the export on, parses it and finds nothing to refuse.
            BpmnModel flowable = FlowableReader.read(xml);
            assertThat(FlowableReader.errors(flowable)).isEmpty();
            assertThat(flowable.getMainProcess().isExecutable()).isTrue();
            assertThat(FlowableReader.candidateGroups(flowable, "task-1"))
                    .containsExactly(sop.activities().getFirst().actorId());
        }
    }

    @Test
    void makesAValidProcessIdOfAnyKey() {
        assertThat(BpmnExport.processId("kis-surat-pengantar")).isEqualTo("kis-surat-pengantar");
        assertThat(BpmnExport.processId("Rekomendasi Berobat / PBI")).isEqualTo("rekomendasi-berobat-pbi");
        assertThat(BpmnExport.processId("011/DS/KU/2025")).isEqualTo("sop-011-ds-ku-2025");
        assertThat(BpmnExport.processId("  ")).isEqualTo("sop");
    }

    private static void assertOnlyStandardNamespaces(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        Set<String> allowed = Set.of(
                "http://www.omg.org/spec/BPMN/20100524/MODEL",
                "http://www.omg.org/spec/BPMN/20100524/DI",
                "http://www.omg.org/spec/DD/20100524/DC",
                "http://www.omg.org/spec/DD/20100524/DI",
                "http://www.w3.org/2001/XMLSchema-instance",
                "http://www.w3.org/2000/xmlns/");
        NodeList elements = root.getElementsByTagNameNS("*", "*");
        List<Element> all = new ArrayList<>(List.of(root));
        for (int i = 0; i < elements.getLength(); i++) {
            all.add((Element) elements.item(i));
        }
        for (Element element : all) {
            assertThat(allowed).contains(element.getNamespaceURI());
            NamedNodeMap attributes = element.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                String ns = attributes.item(a).getNamespaceURI();
                if (ns != null) {
                    assertThat(allowed).as(attributes.item(a).getNodeName()).contains(ns);
                }
            }
        }
    }

    private static Lane laneOf(BpmnModelInstance model, FlowNode node) {
        return model.getModelElementsByType(Lane.class).stream()
                .filter(l -> l.getFlowNodeRefs().contains(node))
                .findFirst()
                .orElseThrow();
    }

    private static Set<FlowNode> reachable(FlowNode from, boolean forward) {
        Set<FlowNode> seen = new HashSet<>(List.of(from));
        var queue = new ArrayDeque<FlowNode>(List.of(from));
        while (!queue.isEmpty()) {
            FlowNode node = queue.poll();
            for (SequenceFlow flow : forward ? node.getOutgoing() : node.getIncoming()) {
                FlowNode next = forward ? flow.getTarget() : flow.getSource();
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return seen;
    }
}
