package id.alur.letter;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Draws the QR code a letter carries to its public verification page, as a black-on-white PNG. */
final class QrCode {

    /**
     * Pixels per module: the PNG is printed at about 2.5 cm, so a few pixels per module keep the edges sharp; eight make
     * one module one byte of a 1-bit row.
     */
    private static final int SCALE = 8;

    private QrCode() {}

    /**
     * A PNG of the QR code of {@code text}, with the standard four-module quiet zone and error correction level M (15
     * %: survives a stamp or a fold across the code).
     */
    static byte[] png(String text) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    4,
                                    EncodeHintType.CHARACTER_SET,
                                    StandardCharsets.UTF_8.name()));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text does not fit a QR code: " + text.length() + " characters", e);
        }
        return png(matrix);
    }

    /**
     * The matrix as a 1-bit indexed PNG (palette white, black) at {@link #SCALE} pixels per module, written directly:
     * one module is one byte of a row. Indexed, because the PDF renderer copies such a PNG's compressed data into the
     * PDF as it is, where a grey-scale PNG would be decoded and compressed again for every letter.
     */
    static byte[] png(BitMatrix matrix) {
        int modules = matrix.getWidth();
        int size = modules * SCALE;
        byte[] rows = new byte[size * (1 + modules)];
        int at = 0;
        for (int y = 0; y < size; y++) {
            rows[at++] = 0; // filter type None
            for (int x = 0; x < modules; x++) {
                rows[at++] = matrix.get(x, y / SCALE) ? (byte) 0xFF : 0;
            }
        }
        var deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(rows);
        deflater.finish();
        var compressed = new ByteArrayOutputStream(rows.length / 8);
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();

        var out = new ByteArrayOutputStream(compressed.size() + 128);
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(
                out,
                "IHDR",
                ByteBuffer.allocate(13)
                        .putInt(size)
                        .putInt(size)
                        .put((byte) 1) // bit depth
                        .put((byte) 3) // colour type: indexed
                        .put((byte) 0) // deflate
                        .put((byte) 0) // adaptive filtering
                        .put((byte) 0) // not interlaced
                        .array());
        chunk(out, "PLTE", new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0, 0, 0});
        chunk(out, "IDAT", compressed.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        var crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
