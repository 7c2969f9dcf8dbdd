package id.alur.letter;

import java.io.IOException;

/** The text of a letter's PDF, for tests of other modules that check what a letter says. */
public final class LetterPdfText {

    private LetterPdfText() {}

    public static String of(byte[] pdf) throws IOException {
        return LetterPdfTests.text(pdf);
    }
}
