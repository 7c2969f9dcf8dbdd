package id.alur.letter;

import com.openhtmltopdf.util.XRLog;
import id.alur.platform.PdfFonts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.logging.Level;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a letter from its Thymeleaf template ({@code templates/letter/<kind>.html}, or the office's own
 * {@code templates/letter/<office-code>/<kind>.html}) to an A4 PDF with DejaVu Sans embedded. The letter's text is
 * Indonesian whatever the reader's language: official letters are written in Indonesian (UU 24/2009 Pasal 33).
 */
@Component
class LetterPdf {

    static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final String PREFIX = "templates/letter/";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);

    private final SpringTemplateEngine engine;
    private final PdfFonts fonts;

    static {
        // openhtmltopdf logs every render at INFO through java.util.logging; only its warnings matter here.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    LetterPdf() {
        var resolver = new ClassLoaderTemplateResolver(LetterPdf.class.getClassLoader());
        resolver.setPrefix(PREFIX);
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        // Spring's engine for SpEL, which reads record components as properties; no application context needed.
        engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        // The same few expressions run for every letter: compiled to bytecode they cost a fraction of interpreting.
        engine.setEnableSpringELCompiler(true);
        // As many parsed pairs kept as there are render threads; a burst of on-demand renders parses more for the
        // moment and lets them go.
        fonts = new PdfFonts(
                "DejaVu Sans",
                "fonts/DejaVuSans.ttf",
                "fonts/DejaVuSans-Bold.ttf",
                LetterConfiguration.renderThreads());
    }

    /** Both PDFs of a letter: the copy handed out and the office copy; {@code document} is the issued copy. */
    RenderedLetter render(LetterDocument document, LetterDocument officeCopy) {
        String qr = qr(document);
        return new RenderedLetter(toPdf(document, qr), toPdf(officeCopy, qr));
    }

    /** The PDF of one letter; the QR code points to {@link LetterDocument#verificationUrl()}. */
    byte[] render(LetterDocument document) {
        return toPdf(document, qr(document));
    }

    /** The XHTML the template produces, before it becomes a PDF. */
    String html(LetterDocument document) {
        return html(document, qr(document));
    }

    private String html(LetterDocument document, String qr) {
        var context = new Context(INDONESIAN);
        context.setVariable("letter", document);
        context.setVariable("dates", DATE);
        context.setVariable("qr", qr);
        return engine.process(templateOf(document), context);
    }

    private static String qr(LetterDocument document) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCode.png(document.verificationUrl()));
    }

    private static String templateOf(LetterDocument document) {
        String own = document.officeCode() + "/" + document.kind().slug();
        return LetterPdf.class.getClassLoader().getResource(PREFIX + own + ".html") != null
                ? own
                : document.kind().slug();
    }

    private byte[] toPdf(LetterDocument document, String qr) {
        String html = html(document, qr);
        try {
            return fonts.render(html);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render letter " + document.kind() + " " + document.number(), e);
        }
    }
}
