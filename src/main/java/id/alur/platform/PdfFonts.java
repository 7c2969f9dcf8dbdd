package id.alur.platform;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The regular and bold TrueType fonts an HTML-to-PDF render embeds (as subsets), parsed once and reused. Parsing a
 * TrueType font (its cmap, glyph and name tables) cost more than laying out a one-page letter; a parsed
 * {@link TrueTypeFont} is not safe for two threads at once (FontBox reads its tables lazily through one shared
 * stream), so each render borrows a parsed pair for itself and gives it back: at most as many pairs exist as renders
 * ran at the same time, and at most {@code maxIdle} are kept (a parsed DejaVu Sans pair holds about 9 MB; none is
 * parsed before the first render, so start-up pays nothing). The fonts are still embedded in every PDF, so the
 * document prints the same on any computer.
 */
public final class PdfFonts {

    private final String family;
    private final String regular;
    private final String bold;
    private final int maxIdle;
    private final ConcurrentLinkedQueue<Pair> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    /**
     * @param family the CSS font family the HTML names
     * @param regular classpath resource of the weight 400 font
     * @param bold classpath resource of the weight 700 font
     * @param maxIdle parsed pairs kept between renders (about the number of renders expected at once)
     */
    public PdfFonts(String family, String regular, String bold, int maxIdle) {
        this.family = family;
        this.regular = regular;
        this.bold = bold;
        this.maxIdle = maxIdle;
    }

    /**
     * Renders an HTML document as a PDF with these fonts, the way Alur prints its letters and reports (fast mode,
     * producer "Alur").
     */
    public byte[] render(String html) throws IOException {
        var out = new ByteArrayOutputStream(64 * 1024);
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html, null);
        builder.withProducer("Alur");
        builder.toStream(out);
        run(builder);
        return out.toByteArray();
    }

    /**
     * Runs the builder on a new PDF document whose regular and bold fonts are loaded from a borrowed parsed pair;
     * the builder must already have its content and output set.
     */
    public void run(PdfRendererBuilder builder) throws IOException {
        Pair fonts = borrow();
        try (PDDocument document = new PDDocument()) {
            builder.usePDDocument(document);
            // Loaded with subsetting: only the glyphs the document uses are embedded when it is saved.
            builder.useFont(
                    new PDFontSupplier(PDType0Font.load(document, fonts.regular(), true)),
                    family,
                    400,
                    FontStyle.NORMAL,
                    true);
            builder.useFont(
                    new PDFontSupplier(PDType0Font.load(document, fonts.bold(), true)),
                    family,
                    700,
                    FontStyle.NORMAL,
                    true);
            builder.run();
        } finally {
            give(fonts);
        }
    }

    private Pair borrow() {
        Pair fonts = idle.poll();
        if (fonts == null) {
            return parse();
        }
        idleCount.decrementAndGet();
        return fonts;
    }

    private void give(Pair fonts) {
        if (idleCount.incrementAndGet() <= maxIdle) {
            idle.offer(fonts);
        } else {
            idleCount.decrementAndGet();
        }
    }

    private Pair parse() {
        return new Pair(parse(regular), parse(bold));
    }

    private static TrueTypeFont parse(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font not on the classpath: " + resource);
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse font " + resource, e);
        }
    }

    private record Pair(TrueTypeFont regular, TrueTypeFont bold) {}
}
