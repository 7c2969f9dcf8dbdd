package id.alur.letter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks an uploaded letterhead logo: really a PNG or JPEG (by its bytes and by decoding it, not by its name), not
 * larger than the configured size, and of sensible dimensions (a small file may still declare a huge image).
 */
final class LogoImage {

    static final String FIELD = "logo";
    static final int MAX_SIDE = 2000;

    private LogoImage() {}

    /** The media type of an acceptable logo, or throws naming the field {@code logo}. */
    static String check(byte[] bytes, long maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidLetterInputException(FIELD, "letter.logo.empty");
        }
        if (bytes.length > maxBytes) {
            throw new InvalidLetterInputException(FIELD, "letter.logo.too-large", maxBytes / 1024);
        }
        String mediaType = sniff(bytes);
        if (mediaType == null) {
            throw new InvalidLetterInputException(FIELD, "letter.logo.not-an-image");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new InvalidLetterInputException(FIELD, "letter.logo.not-an-image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
                    throw new InvalidLetterInputException(FIELD, "letter.logo.bad-dimensions", MAX_SIDE);
                }
                reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidLetterInputException invalid) {
                throw invalid;
            }
            throw new InvalidLetterInputException(FIELD, "letter.logo.not-an-image");
        }
        return mediaType;
    }

    private static String sniff(byte[] b) {
        if (b.length >= 8
                && (b[0] & 0xFF) == 0x89
                && b[1] == 'P'
                && b[2] == 'N'
                && b[3] == 'G'
                && b[4] == 0x0D
                && b[5] == 0x0A
                && b[6] == 0x1A
                && b[7] == 0x0A) {
            return "image/png";
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        return null;
    }
}
