package id.alur.sop.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.alur.sop.Activity;
import id.alur.sop.Actor;
import id.alur.sop.Sop;
import id.alur.sop.SopDocuments;
import id.alur.sop.SopTotals;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SopDocumentRendererTests {

    @Test
    void printsEveryActivityEveryActorAndTheTotalOfEachSeed() throws IOException {
        for (Sop sop : SampleSops.seeds()) {
            String text = normalized(pdfText(SopDocuments.pdf(sop)));

            for (Activity activity : sop.activities()) {
                assertThat(text).as("seed %s", sop.code()).contains(normalized(activity.description()));
            }
            for (Actor actor : sop.actors()) {
                assertThat(text).as("seed %s", sop.code()).contains(normalized(actor.name()));
            }
            assertThat(text).contains(normalized(SopTotals.asWritten(sop)));
            assertThat(text).contains(normalized(sop.header().name()));
            assertThat(text).contains("Uraian Prosedur", "Mutu Baku", "Simbol yang Digunakan");
        }
    }

    @Test
    void printsTheTotalOfSeed003AsTheFormDoes() throws IOException {
        String text = normalized(pdfText(SopDocuments.pdf(SampleSops.kaltara())));

        assertThat(text).contains("26 Jam 15 Menit");
    }

    @Test
    void rendersEachSeedAsAnHtmlPageWithTheSameFlowchartAsThePdf() {
        for (Sop sop : SampleSops.seeds()) {
            String html = SopDocuments.html(sop);

            assertThat(html).startsWith("<!DOCTYPE html>").contains("lang=\"id\"");
            for (String svg : SopDocuments.svg(sop)) {
                assertThat(html).contains(svg);
            }
            for (Activity activity : sop.activities()) {
                for (String word : activity.description().split("\\s+")) {
                    assertThat(html).contains(escaped(word));
                }
            }
        }
    }

    @Test
    void printsOnA4LandscapeWithEveryFontEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(SopDocuments.pdf(SampleSops.rembang()))) {
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(841.9f, Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(595.3f, Offset.offset(1f));
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVuSans");
                }
            }
        }
    }

    @Test
    void drawsEachSymbolOfEachSeedInsideTheColumnOfItsActor() throws Exception {
        for (Sop sop : SampleSops.seeds()) {
            for (String svg : SopDocuments.svg(sop)) {
                Document dom = parse(svg);
                Map<String, double[]> lanes = new HashMap<>();
                for (Element lane : elements(dom, "rect", "lane")) {
                    double x = number(lane, "x");
                    lanes.put(lane.getAttribute("data-actor"), new double[] {x, x + number(lane, "width")});
                }
                for (Element symbol : elements(dom, "g", "symbol")) {
                    Activity activity = sop.activity(Integer.parseInt(symbol.getAttribute("data-activity")))
                            .orElseThrow();
                    double[] lane = lanes.get(activity.actorId());
                    double[] span = horizontalSpan((Element) symbol.getFirstChild());

                    assertThat(symbol.getAttribute("data-actor")).isEqualTo(activity.actorId());
                    assertThat(span[0]).as("activity %d", activity.number()).isGreaterThan(lane[0]);
                    assertThat(span[1]).as("activity %d", activity.number()).isLessThan(lane[1]);
                }
            }
        }
    }

    @Test
    void labelsBothBranchesOfEachDecisionYaAndTidak() throws Exception {
        for (Sop sop : SampleSops.seeds()) {
            List<Element> flows = new ArrayList<>();
            for (String svg : SopDocuments.svg(sop)) {
                flows.addAll(elements(parse(svg), "g", "flow"));
            }
            for (Activity activity : sop.activities()) {
                if (activity.decision() == null) {
                    continue;
                }
                List<String> labels = flows.stream()
                        .filter(f -> f.getAttribute("data-from").equals(String.valueOf(activity.number())))
                        .filter(f -> f.getElementsByTagName("text").getLength() == 1)
                        .map(f -> f.getElementsByTagName("text").item(0).getTextContent())
                        .toList();

                assertThat(labels)
                        .as("decision %d of %s", activity.number(), sop.code())
                        .containsExactlyInAnyOrder("Ya", "Tidak");
            }
        }
    }

    @Test
    void splitsALongSopAcrossPagesJoinedByNumberedOffPageConnectors() throws Exception {
        Sop sop = SampleSops.generated(40, 8, 40);

        List<String> svgs = SopDocuments.svg(sop);
        byte[] pdf = SopDocuments.pdf(sop);

        assertThat(svgs).hasSizeGreaterThan(1);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(svgs.size());
        }
        String text = normalized(pdfText(pdf));
        for (Activity activity : sop.activities()) {
            assertThat(text).contains(normalized(activity.description()));
        }
        for (int p = 0; p + 1 < svgs.size(); p++) {
            List<String> out = connectors(parse(svgs.get(p)), "out");
            List<String> in = connectors(parse(svgs.get(p + 1)), "in");
            assertThat(out).as("page %d", p + 1).isNotEmpty();
            assertThat(in).as("page %d", p + 2).isNotEmpty();
        }
        List<String> allOut = new ArrayList<>();
        List<String> allIn = new ArrayList<>();
        for (String svg : svgs) {
            allOut.addAll(connectors(parse(svg), "out"));
            allIn.addAll(connectors(parse(svg), "in"));
        }
        assertThat(allIn).containsExactlyInAnyOrderElementsOf(allOut);
        assertThat(allOut).doesNotHaveDuplicates();
    }

    @Test
    void wrapsVeryLongTextInsideItsColumnInsteadOfOverflowing() throws IOException {
        String token = "Q".repeat(300);
        String words = "memeriksa kelengkapan berkas usulan ".repeat(40).strip();
        Sop sop = SampleSops.withDescription(SampleSops.kaltara(), 4, words + " " + token + " selesai");

        byte[] pdf = SopDocuments.pdf(sop);

        var columns = FlowchartTable.Columns.forLanes(sop.actors().size());
        double left = FlowchartTable.MARGIN + columns.number();
        double right = left + columns.description();
        List<TextPosition> qs = positions(pdf, "Q");
        assertThat(qs).hasSize(300);
        assertThat(qs).allSatisfy(q -> {
            assertThat((double) q.getXDirAdj()).isGreaterThan(left);
            assertThat((double) q.getXDirAdj() + q.getWidthDirAdj()).isLessThan(right);
        });
        String text = normalized(pdfText(pdf));
        assertThat(text).contains(words).contains("selesai");
    }

    private static List<String> connectors(Document svg, String direction) {
        return elements(svg, "g", "off-page").stream()
                .filter(g -> g.getAttribute("data-direction").equals(direction))
                .map(g -> g.getAttribute("data-connector"))
                .toList();
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<TextPosition> positions(byte[] pdf, String glyph) throws IOException {
        List<TextPosition> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> textPositions) {
                    textPositions.stream()
                            .filter(t -> t.getUnicode().equals(glyph))
                            .forEach(found::add);
                }
            };
            stripper.getText(document);
        }
        return found;
    }

    static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String escaped(String word) {
        return word.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> elements(Document dom, String tag, String cssClass) {
        NodeList nodes = dom.getElementsByTagName(tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (element.getAttribute("class").equals(cssClass)) {
                found.add(element);
            }
        }
        return found;
    }

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    /** The leftmost and rightmost x of a symbol's shape: a rect, a circle or a polygon. */
    private static double[] horizontalSpan(Element shape) {
        return switch (shape.getTagName()) {
            case "rect" -> new double[] {number(shape, "x"), number(shape, "x") + number(shape, "width")};
            case "circle" ->
                new double[] {number(shape, "cx") - number(shape, "r"), number(shape, "cx") + number(shape, "r")};
            default -> {
                double min = Double.MAX_VALUE;
                double max = -Double.MAX_VALUE;
                for (String point : shape.getAttribute("points").trim().split("\\s+")) {
                    double x = Double.parseDouble(point.split(",")[0]);
                    min = Math.min(min, x);
                    max = Math.max(max, x);
                }
                yield new double[] {min, max};
            }
        };
    }
}
