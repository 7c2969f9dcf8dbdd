package id.alur.letter;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Reads a letter's QR code as a citizen's phone would: from the printed first page, not from the letter's data. */
public final class LetterQrCodes {

    private LetterQrCodes() {}

    /** Renders the first page of the PDF at 200 dpi and decodes the QR code on it with ZXing; its text. */
    public static String read(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            var bitmap = new BinaryBitmap(
                    new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
            return new QRCodeReader()
                    .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText();
        }
    }
}
