package id.alur.sop.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.alur.sop.Activity;
import id.alur.sop.Sop;
import id.alur.sop.SopFormat;
import id.alur.sop.Symbol;
import id.alur.sop.document.Drawing.Arrow;
import id.alur.sop.document.Drawing.Box;
import id.alur.sop.document.Drawing.Lane;
import id.alur.sop.document.Drawing.OffPageMark;
import id.alur.sop.document.Drawing.Point;
import id.alur.sop.document.Drawing.SymbolMark;
import id.alur.sop.document.Flow.BranchLabel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlowchartLayoutTests {

    static final Map<BranchLabel, String> LABELS = Map.of(BranchLabel.YA, "Ya", BranchLabel.TIDAK, "Tidak");

    static List<Drawing> draw(Sop sop) {
        return FlowchartLayout.draw(sop, FlowchartTableTests.table(sop), LABELS, FontWidths.dejaVuSans());
    }

    static List<Sop> samples() {
        List<Sop> sops = new ArrayList<>(SampleSops.seeds());
        for (long seed = 1; seed <= 25; seed++) {
            sops.add(SampleSops.generated(5 + (int) (seed * 7 % 40), 1 + (int) (seed % 8), seed));
        }
        return sops;
    }

    @Test
    void drawsEachSymbolInsideTheColumnOfItsActor() {
        for (Sop sop : samples()) {
            for (Drawing drawing : draw(sop)) {
                for (SymbolMark symbol : drawing.symbols()) {
                    Lane lane = drawing.lanes().stream()
                            .filter(l -> l.actorId().equals(symbol.actorId()))
                            .findFirst()
                            .orElseThrow();
                    Activity activity = sop.activity(symbol.activityNumber()).orElseThrow();

                    assertThat(symbol.actorId()).isEqualTo(activity.actorId());
                    assertThat(symbol.box().left()).isGreaterThanOrEqualTo(lane.x() + FlowchartLayout.GUTTER - 0.01);
                    assertThat(symbol.box().right()).isLessThanOrEqualTo(lane.right() - FlowchartLayout.GUTTER + 0.01);
                    assertThat(symbol.box().top()).isGreaterThan(0);
                    assertThat(symbol.box().bottom()).isLessThan(drawing.height());
                }
            }
        }
    }

    @Test
    void drawsEveryActivityOnceWithTheSymbolTheSopGives() {
        Sop sop = SampleSops.generated(40, 8, 3);

        List<SymbolMark> symbols =
                draw(sop).stream().flatMap(d -> d.symbols().stream()).toList();

        assertThat(symbols).extracting(SymbolMark::activityNumber).containsExactlyElementsOf(numbers(sop));
        assertThat(symbols.getFirst().symbol()).isEqualTo(Symbol.TERMINATOR);
        assertThat(symbols.getLast().symbol()).isEqualTo(Symbol.TERMINATOR);
        for (SymbolMark symbol : symbols) {
            assertThat(symbol.symbol())
                    .isEqualTo(
                            sop.activity(symbol.activityNumber()).orElseThrow().symbol());
        }
    }

    @Test
    void drawsNoArrowForARefusalWhichEndsTheApplication() {
        String office = SopFormat.seedOfficeCodes().getFirst();
        String text = SopFormat.seedSource(office).replaceFirst("tidak: pemohon( +#[^\\n]*)?", "tidak: tolak");
        Sop refusing = SopFormat.parse("tolak.sop.yaml", text.getBytes(StandardCharsets.UTF_8));

        List<Arrow> fromDecision = draw(refusing).stream()
                .flatMap(d -> d.arrows().stream())
                .filter(a -> a.fromNumber() == 2)
                .toList();

        assertThat(fromDecision).extracting(Arrow::label).containsExactly("Ya");
    }

    @Test
    void givesEachDecisionTwoBranchesLabelledYaAndTidak() {
        for (Sop sop : samples()) {
            List<Arrow> arrows =
                    draw(sop).stream().flatMap(d -> d.arrows().stream()).toList();
            for (Activity decision : sop.activities()) {
                if (decision.decision() == null) {
                    continue;
                }
                List<Arrow> labelled = arrows.stream()
                        .filter(a -> a.fromNumber() == decision.number() && a.label() != null)
                        .toList();

                assertThat(labelled).extracting(Arrow::label).containsExactlyInAnyOrder("Ya", "Tidak");
                assertThat(labelled).allSatisfy(a -> assertThat(a.labelBox()).isNotNull());
            }
        }
    }

    @Test
    void drawsTheReturnArrowOfADecisionToItsTarget() {
        List<Drawing> drawings = draw(SampleSops.kaltara());
        Drawing page = drawings.getFirst();
        Arrow back = page.arrows().stream()
                .filter(a -> a.fromNumber() == 5 && a.branch() == BranchLabel.TIDAK)
                .findFirst()
                .orElseThrow();
        Box target = symbol(page, 4).box();

        Point end = back.points().getLast();
        assertThat(end.y()).isEqualTo(target.cy());
        assertThat(end.x()).isIn(target.left(), target.right());
    }

    @Test
    void neverRunsAnArrowThroughASymbol() {
        for (Sop sop : samples()) {
            for (Drawing drawing : draw(sop)) {
                List<Box> shapes = new ArrayList<>();
                drawing.symbols().forEach(s -> shapes.add(shrunk(s.box())));
                drawing.offPage().forEach(o -> shapes.add(shrunk(o.box())));
                for (Arrow arrow : drawing.arrows()) {
                    for (int i = 0; i + 1 < arrow.points().size(); i++) {
                        Point p = arrow.points().get(i);
                        Point q = arrow.points().get(i + 1);
                        assertThat(p.x() == q.x() || p.y() == q.y())
                                .as("orthogonal segment")
                                .isTrue();
                        for (Box shape : shapes) {
                            assertThat(Drawing.crosses(shape, p, q))
                                    .as(
                                            arrow.points() + " " + shape + " lanes "
                                                    + drawing.lanes().size() + " "
                                                    + "arrow %d→%d on page %d crosses a shape",
                                            arrow.fromNumber(),
                                            arrow.toNumber(),
                                            drawing.page())
                                    .isFalse();
                        }
                    }
                }
            }
        }
    }

    @Test
    void setsBranchLabelsInsideTheDrawingAndClearOfSymbols() {
        for (Sop sop : samples()) {
            for (Drawing drawing : draw(sop)) {
                for (Arrow arrow : drawing.arrows()) {
                    if (arrow.labelBox() == null) {
                        continue;
                    }
                    Box label = arrow.labelBox();
                    assertThat(label.left()).isGreaterThanOrEqualTo(0);
                    assertThat(label.right()).isLessThanOrEqualTo(drawing.width());
                    for (SymbolMark symbol : drawing.symbols()) {
                        assertThat(Drawing.overlaps(label, symbol.box()))
                                .as(
                                        "label %s of %d→%d over symbol %d; %s",
                                        label,
                                        arrow.fromNumber(),
                                        arrow.toNumber(),
                                        symbol.activityNumber(),
                                        arrow.points())
                                .isFalse();
                    }
                }
            }
        }
    }

    @Test
    void pairsOffPageConnectorsByNumberFromOnePageToAnother() {
        Sop sop = SampleSops.generated(40, 8, 4);
        List<Drawing> drawings = draw(sop);

        assertThat(drawings).hasSizeGreaterThan(1);
        List<OffPageMark> all =
                drawings.stream().flatMap(d -> d.offPage().stream()).toList();
        int connectors = (int) all.stream().filter(OffPageMark::outgoing).count();
        assertThat(connectors).isGreaterThanOrEqualTo(drawings.size() - 1);
        for (int number = 1; number <= connectors; number++) {
            int n = number;
            int outPage = pageOf(drawings, n, true);
            int inPage = pageOf(drawings, n, false);
            assertThat(outPage).as("connector %d", n).isNotEqualTo(inPage);
        }
        for (int p = 0; p + 1 < drawings.size(); p++) {
            Drawing page = drawings.get(p);
            Drawing next = drawings.get(p + 1);
            // The step that ends a page flows on to the step that opens the next one.
            int last = page.symbols().getLast().activityNumber();
            int first = next.symbols().getFirst().activityNumber();
            if (sop.activity(last).orElseThrow().next() == null) {
                Arrow out = page.arrows().stream()
                        .filter(a -> a.fromNumber() == last && a.toNumber() == first)
                        .findFirst()
                        .orElseThrow();
                OffPageMark mark = page.offPage().stream()
                        .filter(o -> o.box().top() == out.points().getLast().y())
                        .findFirst()
                        .orElseThrow();
                assertThat(mark.outgoing()).isTrue();
                assertThat(next.offPage()).anySatisfy(o -> {
                    assertThat(o.number()).isEqualTo(mark.number());
                    assertThat(o.outgoing()).isFalse();
                });
            }
        }
    }

    private static int pageOf(List<Drawing> drawings, int number, boolean outgoing) {
        List<Integer> pages = drawings.stream()
                .filter(d -> d.offPage().stream().anyMatch(o -> o.number() == number && o.outgoing() == outgoing))
                .map(Drawing::page)
                .toList();
        assertThat(pages)
                .as("pages with connector %d %s", number, outgoing ? "out" : "in")
                .hasSize(1);
        return pages.getFirst();
    }

    private static SymbolMark symbol(Drawing drawing, int number) {
        return drawing.symbols().stream()
                .filter(s -> s.activityNumber() == number)
                .findFirst()
                .orElseThrow();
    }

    private static Box shrunk(Box box) {
        return new Box(box.cx(), box.cy(), box.width() - 1, box.height() - 1);
    }

    private static List<Integer> numbers(Sop sop) {
        return sop.activities().stream().map(Activity::number).toList();
    }
}
