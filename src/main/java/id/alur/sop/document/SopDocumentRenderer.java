package id.alur.sop.document;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import id.alur.platform.PdfFonts;
import id.alur.sop.Sop;
import id.alur.sop.document.Flow.BranchLabel;
import id.alur.sop.document.FlowchartTable.Headings;
import id.alur.sop.document.FlowchartTable.Table;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.MessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the official SOP document from the SOP data, without Spring: the command line uses it as it is, the web page
 * through {@code SopDocuments}. One standalone Thymeleaf engine reads {@code templates/sop/} from the
 * classpath and the messages of module sop.
 */
public final class SopDocumentRenderer {

    static final String FONT_FAMILY = FlowchartSvg.FONT_FAMILY;
    private static final String TEMPLATE = "sop/document";

    private static final MessageSource MESSAGES = SopBundle.MESSAGES;
    private static final SpringTemplateEngine ENGINE = engine(MESSAGES);
    // DejaVu Sans parsed once for every PDF instead of once per PDF; an SOP document is downloaded now and then.
    private static final PdfFonts FONTS = new PdfFonts(FONT_FAMILY, FontWidths.REGULAR, FontWidths.BOLD, 1);

    static {
        // The PDF renderer's own chatter (CSS matching, font loading) would otherwise go to the console of the CLI.
        XRLog.setLoggingEnabled(false);
        // The renderer registers PDF's 14 standard fonts, and PDFBox warns for each that has no system font behind
        // it; the document uses only the DejaVu Sans it embeds, so those warnings say nothing about it.
        LoggingSystem.get(SopDocumentRenderer.class.getClassLoader())
                .setLogLevel("org.apache.pdfbox.pdmodel.font.PDType1Font", LogLevel.ERROR);
        registerFontForSvg();
    }

    private SopDocumentRenderer() {}

    /**
     * A link offered above the document in the web page, e.g. the PDF and BPMN downloads.
     *
     * @param messageKey the label's message key
     */
    public record Link(String messageKey, String href, boolean download) {

        /** A download (the PDF, the BPMN). */
        public Link(String messageKey, String href) {
            this(messageKey, href, true);
        }
    }

    /**
     * One item of the readiness list shown above a draft's document ("siap dijalankan").
     *
     * @param text the item in the reader's language
     * @param href the page that fixes it
     */
    public record ReadinessNotice(boolean blocking, String text, String href) {}

    /**
     * The document as one HTML page.
     *
     * @param total the total standard time as the SOP writes it
     * @param downloads links shown above the document, none in a file written by the command line
     * @param fontUrl where a browser loads the document's font, or {@code null} to rely on an installed DejaVu Sans
     */
    public static String html(Sop sop, String total, Locale locale, List<Link> downloads, String fontUrl) {
        return html(sop, total, locale, downloads, null, fontUrl);
    }

    /**
     * The document as one HTML page with the readiness list above it.
     *
     * @param readiness the items of the readiness list, empty when the version is ready, {@code null} for no list
     */
    public static String html(
            Sop sop,
            String total,
            Locale locale,
            List<Link> downloads,
            @Nullable List<ReadinessNotice> readiness,
            String fontUrl) {
        Context context = new Context(locale);
        context.setVariable("readiness", readiness);
        context.setVariable("doc", view(sop, total, locale));
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("downloads", downloads);
        context.setVariable("fontUrl", fontUrl);
        context.setVariable("screen", true);
        return ENGINE.process(TEMPLATE, context);
    }

    /** The document as an A4 landscape PDF with DejaVu Sans embedded. */
    public static byte[] pdf(Sop sop, String total, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("doc", view(sop, total, locale));
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("downloads", List.of());
        context.setVariable("fontUrl", null);
        context.setVariable("screen", false);
        String html = ENGINE.process(TEMPLATE, context);
        var out = new ByteArrayOutputStream(64 * 1024);
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            FONTS.run(builder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the SOP document as PDF", e);
        }
        return out.toByteArray();
    }

    /** The flowchart of each page of the document, as SVG: the very drawings the HTML and the PDF show. */
    public static List<String> svg(Sop sop, String total, Locale locale) {
        Table table = FlowchartTable.of(sop, headings(locale), total, FontWidths.dejaVuSans());
        return svgs(sop, table, locale);
    }

    static DocumentView view(Sop sop, String total, Locale locale) {
        Table table = FlowchartTable.of(sop, headings(locale), total, FontWidths.dejaVuSans());
        return DocumentView.of(sop, table, svgs(sop, table, locale), locale);
    }

    private static List<String> svgs(Sop sop, Table table, Locale locale) {
        Map<BranchLabel, String> labels = new EnumMap<>(BranchLabel.class);
        labels.put(BranchLabel.YA, message("sop.document.branch.ya", locale));
        labels.put(BranchLabel.TIDAK, message("sop.document.branch.tidak", locale));
        List<String> svgs = new ArrayList<>();
        for (Drawing drawing : FlowchartLayout.draw(sop, table, labels, FontWidths.dejaVuSans())) {
            svgs.add(FlowchartSvg.write(drawing));
        }
        return svgs;
    }

    static Headings headings(Locale locale) {
        return new Headings(
                message("sop.document.column.number", locale),
                message("sop.document.column.activity", locale),
                message("sop.document.column.requirements", locale),
                message("sop.document.column.time", locale),
                message("sop.document.column.output", locale),
                message("sop.document.column.remarks", locale));
    }

    static String message(String key, Locale locale) {
        return MESSAGES.getMessage(key, null, locale);
    }

    private static InputStream font(String resource) {
        InputStream in = SopDocumentRenderer.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Font not on the classpath: " + resource);
        }
        return in;
    }

    /** Batik draws the SVG's labels with AWT fonts; registering ours keeps them in DejaVu Sans on any machine. */
    private static void registerFontForSvg() {
        for (String resource : List.of(FontWidths.REGULAR, FontWidths.BOLD)) {
            try (InputStream in = font(resource)) {
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("Cannot register font " + resource, e);
            }
        }
    }

    private static SpringTemplateEngine engine(MessageSource messages) {
        var resolver = new ClassLoaderTemplateResolver(SopDocumentRenderer.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }
}
