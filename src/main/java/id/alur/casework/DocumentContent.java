package id.alur.casework;

import id.alur.platform.InputProblem;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decides what an uploaded scan really is from its bytes, never from its name: the magic bytes must say PDF, JPEG
 * or PNG, and the file must parse as that (PDFBox for PDF, ImageIO for images). A renamed executable or a file cut
 * off in transfer is refused, and so is a file that carries something behind its end (data after a PDF's last
 * {@code %%EOF}, after a PNG's {@code IEND} chunk or a JPEG's end-of-image marker: the way a second file rides along
 * in a polyglot) and a PDF whose streams inflate past {@link #MAX_INFLATED_BYTES} (a compression bomb).
 */
final class DocumentContent {

    /** Images larger than this are refused before decoding so a small file cannot inflate into gigabytes. */
    static final long MAX_PIXELS = 60_000_000L;

    /**
     * What all streams of one PDF may decode to together (their general-purpose filters: Flate, LZW, ASCII85,
     * ASCIIHex, RunLength). A scanned A4 page is a few MB of image data; 50 MiB leaves room for long documents and
     * stops a small file that inflates into gigabytes after reading at most this much.
     */
    static final long MAX_INFLATED_BYTES = 50L * 1024 * 1024;

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private DocumentContent() {}

    /** The kinds of scan accepted, with the content type they are served with. */
    enum Kind {
        PDF("application/pdf"),
        JPEG("image/jpeg"),
        PNG("image/png"),
        /**
         * A row of a BPJS answer file, filed by the exchange as the evidence of the outside party's result
         * ({@link BpjsAnswers}); never accepted from an upload: {@link #check} sniffs only the three above.
         */
        CSV("text/csv");

        final String contentType;

        Kind(String contentType) {
            this.contentType = contentType;
        }

        static Kind ofContentType(String contentType) {
            for (Kind kind : values()) {
                if (kind.contentType.equals(contentType)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("Not a document content type: " + contentType);
        }
    }

    /**
     * Checks one upload.
     *
     * @param field the form field to name in a refusal
     * @param maxBytes the size limit ({@link CaseworkSettings#maxDocumentSize()})
     */
    static Checked check(String field, byte[] bytes, long maxBytes) {
        if (bytes == null || bytes.length == 0) {
            return Checked.refused(InputProblem.ofField(field, "casework.document.empty"));
        }
        if (bytes.length > maxBytes) {
            return Checked.refused(InputProblem.ofField(
                    field, "casework.document.tooLarge", megabytes(bytes.length), megabytes(maxBytes)));
        }
        Kind kind = sniff(bytes);
        if (kind == null) {
            return Checked.refused(InputProblem.ofField(field, "casework.document.unsupportedType"));
        }
        Verdict verdict = switch (kind) {
            case PDF -> PdfContent.check(bytes);
            case PNG -> parsesAsImage(bytes, kind) ? ImageEnd.png(bytes) : Verdict.DAMAGED;
            case JPEG -> parsesAsImage(bytes, kind) ? ImageEnd.jpeg(bytes) : Verdict.DAMAGED;
            case CSV -> Verdict.DAMAGED;
        };
        return switch (verdict) {
            case WHOLE -> new Checked(kind, sha256(bytes), bytes.length, List.of());
            case DAMAGED -> Checked.refused(InputProblem.ofField(field, "casework.document.damaged", kind.name()));
            case TRAILING_DATA ->
                Checked.refused(InputProblem.ofField(field, "casework.document.trailingData", kind.name()));
            case INFLATES_TOO_MUCH ->
                Checked.refused(InputProblem.ofField(
                        field, "casework.document.inflatesTooMuch", megabytes(MAX_INFLATED_BYTES)));
        };
    }

    static Kind sniff(byte[] bytes) {
        if (startsWith(bytes, PDF_MAGIC)) {
            return Kind.PDF;
        }
        if (startsWith(bytes, PNG_MAGIC)) {
            return Kind.PNG;
        }
        if (startsWith(bytes, JPEG_MAGIC)) {
            return Kind.JPEG;
        }
        return null;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private static boolean parsesAsImage(byte[] bytes, Kind kind) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(kind.name());
            if (in == null || !readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    return false;
                }
                BufferedImage image = reader.read(0);
                return image != null && image.getWidth() > 0;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** What the content checks found. */
    enum Verdict {
        WHOLE,
        DAMAGED,
        TRAILING_DATA,
        INFLATES_TOO_MUCH
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    /**
     * The outcome of {@link #check}: the kind and checksum of an accepted file, or why it was refused.
     *
     * @param sha256 lowercase hex
     */
    record Checked(Kind kind, String sha256, long size, List<InputProblem> errors) {

        /** Bytes the application wrote itself (a BPJS answer's row), so nothing to check but their checksum. */
        static Checked written(Kind kind, byte[] bytes) {
            return new Checked(kind, DocumentContent.sha256(bytes), bytes.length, List.of());
        }

        Checked {
            errors = List.copyOf(errors);
        }

        static Checked refused(InputProblem problem) {
            return new Checked(null, null, 0, List.of(problem));
        }

        boolean accepted() {
            return errors.isEmpty();
        }
    }
}
