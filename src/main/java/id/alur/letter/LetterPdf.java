package id.alur.letter;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
    private final byte[] regular;
    private final byte[] bold;

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
        regular = resource("fonts/DejaVuSans.ttf");
        bold = resource("fonts/DejaVuSans-Bold.ttf");
    }

    /** The PDF of one letter; the QR code points to {@link LetterDocument#verificationUrl()}. */
    byte[] render(LetterDocument document) {
        return toPdf(html(document), document.kind() + " " + document.number());
    }

    /** The XHTML the template produces, before it becomes a PDF. */
    String html(LetterDocument document) {
        var context = new Context(INDONESIAN);
        context.setVariable("letter", document);
        context.setVariable("dates", DATE);
        context.setVariable(
                "qr",
                "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCode.png(document.verificationUrl())));
        return engine.process(templateOf(document), context);
    }

    private static String templateOf(LetterDocument document) {
        String own = document.officeCode() + "/" + document.kind().slug();
        return LetterPdf.class.getClassLoader().getResource(PREFIX + own + ".html") != null
                ? own
                : document.kind().slug();
    }

    private byte[] toPdf(String html, String title) {
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> stream(regular), "DejaVu Sans", 400, FontStyle.NORMAL, true);
            builder.useFont(() -> stream(bold), "DejaVu Sans", 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.withProducer("Alur");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render letter " + title, e);
        }
        return out.toByteArray();
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static byte[] resource(String path) {
        try (InputStream in = LetterPdf.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
