package id.alur.letter;

import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
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

    /**
     * Renders the first page of the PDF and decodes the QR code on it with ZXing; its text. As a phone's camera tries
     * again, the reader tries a second resolution and a second binarizer before it gives up: at one resolution the
     * letter's text beside the code can, for some codes, look like a finder pattern and hide it (a verify run found a
     * letter whose code ZXing could not find at 200 dpi, while its next letters were read). A page without a code
     * still fails every try.
     */
    public static String read(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            NotFoundException last = null;
            for (int dpi : new int[] {200, 300}) {
                BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, dpi);
                int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
                var source = new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels);
                for (Binarizer binarizer :
                        new Binarizer[] {new HybridBinarizer(source), new GlobalHistogramBinarizer(source)}) {
                    try {
                        return new QRCodeReader()
                                .decode(new BinaryBitmap(binarizer), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                                .getText();
                    } catch (NotFoundException e) {
                        last = e;
                    }
                }
            }
            throw last;
        }
    }
}
