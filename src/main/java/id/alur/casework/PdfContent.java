package id.alur.casework;

import id.alur.casework.DocumentContent.Verdict;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The checks of an uploaded PDF: it ends where its last cross-reference section says ({@code startxref}, offset,
 * {@code %%EOF}, then nothing but white space), its streams decode to at most {@link DocumentContent#MAX_INFLATED_BYTES}
 * together, and PDFBox reads at least one page from it.
 *
 * <p>The streams are measured twice, each time reading at most the bound: first every Flate stream of the raw bytes
 * with {@link Inflater} before PDFBox parses anything (PDFBox itself inflates cross-reference and object streams while
 * loading), then every stream object through PDFBox's own filters, which also covers LZW, ASCII85, ASCIIHex and
 * RunLength and chains of them. Image codecs (DCT, JPX, JBIG2, CCITT) are not decoded: they are pictures, not
 * containers, and a scan is made of them.
 */
final class PdfContent {

    private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] STARTXREF = "startxref".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final Set<COSName> IMAGE_CODECS = Set.of(
            COSName.DCT_DECODE,
            COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE,
            COSName.JBIG2_DECODE,
            COSName.CCITTFAX_DECODE,
            COSName.CCITTFAX_DECODE_ABBREVIATION);

    private PdfContent() {}

    static Verdict check(byte[] bytes) {
        return check(bytes, DocumentContent.MAX_INFLATED_BYTES);
    }

    static Verdict check(byte[] bytes, long maxInflated) {
        Verdict end = end(bytes);
        if (end != Verdict.WHOLE) {
            return end;
        }
        if (rawFlateStreamsInflate(bytes, maxInflated) > maxInflated) {
            return Verdict.INFLATES_TOO_MUCH;
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (streamObjectsDecode(document.getDocument(), maxInflated) > maxInflated) {
                return Verdict.INFLATES_TOO_MUCH;
            }
            return document.getNumberOfPages() > 0 ? Verdict.WHOLE : Verdict.DAMAGED;
        } catch (IOException | RuntimeException e) {
            return Verdict.DAMAGED;
        }
    }

    /**
     * ISO 32000-1 §7.5.5: a PDF's last lines are {@code startxref}, the offset of the last cross-reference section
     * and {@code %%EOF}. PDFBox would rebuild a cut-off file from its objects, so the marker tells a truncated upload
     * from a whole one; anything but white space after it, or between the offset and it, rides along.
     */
    private static Verdict end(byte[] bytes) {
        int eof = lastIndexOf(bytes, EOF, bytes.length);
        if (eof < 0) {
            return Verdict.DAMAGED;
        }
        for (int i = eof + EOF.length; i < bytes.length; i++) {
            if (!whiteSpace(bytes[i])) {
                return Verdict.TRAILING_DATA;
            }
        }
        int i = eof - 1;
        while (i >= 0 && whiteSpace(bytes[i])) {
            i--;
        }
        int digitsEnd = i;
        while (i >= 0 && bytes[i] >= '0' && bytes[i] <= '9') {
            i--;
        }
        boolean hasOffset = i < digitsEnd;
        while (i >= 0 && whiteSpace(bytes[i])) {
            i--;
        }
        int keyword = i - STARTXREF.length + 1;
        if (hasOffset && keyword >= 0 && matchesAt(bytes, keyword, STARTXREF)) {
            return Verdict.WHOLE;
        }
        return lastIndexOf(bytes, STARTXREF, eof) >= 0 ? Verdict.TRAILING_DATA : Verdict.DAMAGED;
    }

    /** Inflates every stream of the raw file that is Flate data, into nothing, stopping past the bound. */
    private static long rawFlateStreamsInflate(byte[] bytes, long maxInflated) {
        byte[] sink = new byte[64 * 1024];
        long total = 0;
        Inflater inflater = new Inflater();
        try {
            for (int at = indexOf(bytes, STREAM, 0); at >= 0; at = indexOf(bytes, STREAM, at + STREAM.length)) {
                if (at >= 3 && bytes[at - 3] == 'e' && bytes[at - 2] == 'n' && bytes[at - 1] == 'd') {
                    continue;
                }
                int data = at + STREAM.length;
                if (data < bytes.length && bytes[data] == '\r') {
                    data++;
                }
                if (data >= bytes.length || bytes[data] != '\n') {
                    continue;
                }
                data++;
                inflater.reset();
                inflater.setInput(bytes, data, bytes.length - data);
                try {
                    while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
                        int n = inflater.inflate(sink);
                        total += n;
                        if (total > maxInflated) {
                            return total;
                        }
                        if (n == 0 && inflater.getRemaining() == 0) {
                            break;
                        }
                    }
                } catch (DataFormatException notFlate) {
                    // an image codec's data, or a stream of another filter: the second pass measures those
                }
            }
            return total;
        } finally {
            inflater.end();
        }
    }

    /** Decodes every stream object with its general-purpose filters, stopping past the bound. */
    private static long streamObjectsDecode(COSDocument document, long maxInflated) throws IOException {
        var budget = new Budget(maxInflated);
        List<COSObjectKey> direct = new ArrayList<>();
        for (Map.Entry<COSObjectKey, Long> entry : document.getXrefTable().entrySet()) {
            // streams are always direct objects; objects inside object streams (negative offsets) are skipped, so
            // looking does not make PDFBox unpack an object stream before it is measured
            if (entry.getValue() != null && entry.getValue() > 0) {
                direct.add(entry.getKey());
            }
        }
        try {
            for (COSObjectKey key : direct) {
                var object = document.getObjectFromPool(key);
                if (object != null && object.getObject() instanceof COSStream stream) {
                    decode(stream, budget);
                }
            }
        } catch (Budget.Exceeded e) {
            return maxInflated + 1;
        }
        return budget.used;
    }

    private static void decode(COSStream stream, Budget budget) throws IOException {
        List<COSName> filters = filters(stream.getFilters());
        int general = 0;
        while (general < filters.size() && !IMAGE_CODECS.contains(filters.get(general))) {
            general++;
        }
        if (general == 0) {
            return;
        }
        InputStream in = stream.createRawInputStream();
        try {
            for (int i = 0; i < general; i++) {
                Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
                if (i == general - 1) {
                    filter.decode(in, budget.sink(), stream, i);
                } else {
                    var buffer = new ByteArrayOutputStream();
                    filter.decode(in, budget.sink(buffer), stream, i);
                    in.close();
                    in = new ByteArrayInputStream(buffer.toByteArray());
                }
            }
        } finally {
            in.close();
        }
    }

    private static List<COSName> filters(COSBase filters) {
        if (filters instanceof COSName name) {
            return List.of(name);
        }
        List<COSName> names = new ArrayList<>();
        if (filters instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName name) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static boolean whiteSpace(byte b) {
        // ISO 32000-1 §7.2.2: NUL, HT, LF, FF, CR, SP
        return b == 0 || b == '\t' || b == '\n' || b == '\f' || b == '\r' || b == ' ';
    }

    private static boolean matchesAt(byte[] bytes, int at, byte[] needle) {
        if (at < 0 || at + needle.length > bytes.length) {
            return false;
        }
        for (int j = 0; j < needle.length; j++) {
            if (bytes[at + j] != needle[j]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte[] needle, int from) {
        for (int i = Math.max(0, from); i <= bytes.length - needle.length; i++) {
            if (matchesAt(bytes, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] bytes, byte[] needle, int before) {
        for (int i = Math.min(before, bytes.length) - needle.length; i >= 0; i--) {
            if (matchesAt(bytes, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    /** The bytes all streams of one document may still decode to; writing past it stops the decoding at once. */
    private static final class Budget {

        private final long max;
        private long used;

        Budget(long max) {
            this.max = max;
        }

        OutputStream sink() {
            return sink(OutputStream.nullOutputStream());
        }

        OutputStream sink(OutputStream target) {
            return new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    take(1);
                    target.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    take(len);
                    target.write(b, off, len);
                }
            };
        }

        private void take(long bytes) {
            used += bytes;
            if (used > max) {
                throw new Exceeded();
            }
        }

        /**
         * Control flow inside this class, not an error: thrown from the decoding sink and caught by
         * {@link PdfContent#streamObjectsDecode}, which turns it into "past the bound"; the user sees the verdict
         * {@code INFLATES_TOO_MUCH}, which {@link DocumentContent} names as the field's problem with its message key. Unchecked, so that no filter's own handling
         * of {@link IOException} swallows it; without a stack trace, as it is thrown once per refused file
         * (docs/decisions.md, "Across modules").
         */
        static final class Exceeded extends RuntimeException {
            Exceeded() {
                super("decoded past the bound", null, false, false);
            }
        }
    }
}
