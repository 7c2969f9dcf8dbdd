package id.alur.sop.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Text widths from the advance widths of the TrueType font the document embeds, so that the lines the layout breaks
 * are the lines the PDF renderer sets.
 */
final class FontWidths implements TextWidths {

    static final String REGULAR = "fonts/DejaVuSans.ttf";
    static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

    private static final FontWidths DEJAVU_SANS = new FontWidths(Advances.load(REGULAR), Advances.load(BOLD));

    private final Advances regular;
    private final Advances bold;

    private FontWidths(Advances regular, Advances bold) {
        this.regular = regular;
        this.bold = bold;
    }

    static FontWidths dejaVuSans() {
        return DEJAVU_SANS;
    }

    @Override
    public double of(String text, double fontSize, boolean isBold) {
        Advances font = isBold ? bold : regular;
        long units = text.codePoints().mapToLong(font::advance).sum();
        return units * fontSize / font.unitsPerEm;
    }

    /** Advance widths of the Basic Multilingual Plane, read once so that measuring is thread-safe. */
    private record Advances(int[] widths, int missing, float unitsPerEm) {

        int advance(int codePoint) {
            return codePoint < widths.length ? widths[codePoint] : missing;
        }

        static Advances load(String resource) {
            try (InputStream in = FontWidths.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Font not on the classpath: " + resource);
                }
                try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                    var cmap = font.getUnicodeCmapLookup();
                    int missing = font.getAdvanceWidth(0);
                    int[] widths = new int[0x10000];
                    for (int cp = 0; cp < widths.length; cp++) {
                        int glyph = cmap.getGlyphId(cp);
                        widths[cp] = glyph == 0 ? missing : font.getAdvanceWidth(glyph);
                    }
                    return new Advances(widths, missing, font.getUnitsPerEm());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read font " + resource, e);
            }
        }
    }
}
