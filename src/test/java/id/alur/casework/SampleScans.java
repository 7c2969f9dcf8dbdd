package id.alur.casework;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real scans made on the spot, so tests upload files a browser would. */
final class SampleScans {

    private SampleScans() {}

    static byte[] pdf(String text) {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 760);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A one-page PDF whose content stream is {@code inflatedBytes} of spaces, Flate-compressed to about a thousandth
     * of that: the shape of a compression bomb.
     */
    static byte[] pdfInflatingTo(long inflatedBytes) {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            var stream = new PDStream(document);
            try (OutputStream content = stream.createOutputStream(COSName.FLATE_DECODE)) {
                byte[] spaces = new byte[1 << 20];
                Arrays.fill(spaces, (byte) ' ');
                for (long written = 0; written < inflatedBytes; written += spaces.length) {
                    content.write(spaces, 0, (int) Math.min(spaces.length, inflatedBytes - written));
                }
            }
            page.setContents(stream);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code file} with {@code extra} appended behind its end, as a polyglot carries a second file. */
    static byte[] withTrailing(byte[] file, String extra) {
        byte[] tail = extra.getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = Arrays.copyOf(file, file.length + tail.length);
        System.arraycopy(tail, 0, bytes, file.length, tail.length);
        return bytes;
    }

    static byte[] png() {
        return image("png");
    }

    static byte[] jpeg() {
        return image("jpeg");
    }

    /** The start of a Linux executable, as a file renamed {@code ktp.pdf} would carry. */
    static byte[] executable() {
        byte[] bytes = new byte[4096];
        bytes[0] = 0x7f;
        bytes[1] = 'E';
        bytes[2] = 'L';
        bytes[3] = 'F';
        bytes[4] = 2;
        return bytes;
    }

    /** A Windows executable (MZ header) — what "KTP.pdf.exe" renamed to "KTP.pdf" looks like. */
    static byte[] windowsExecutable() {
        byte[] bytes = new byte[4096];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        return bytes;
    }

    private static byte[] image(String format) {
        var image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 120, 80);
        g.setColor(Color.BLUE);
        g.drawString("KTP", 10, 40);
        g.dispose();
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
