package id.alur.sop.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks text into lines no wider than a column, at spaces, and inside a word only when the word alone is wider than
 * the column (a long number or address must wrap, never run into the next column).
 */
final class LineBreaker {

    private LineBreaker() {}

    static List<String> lines(String text, double maxWidth, ToDoubleFunction<String> width) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        for (String paragraph : text.strip().split("\\R")) {
            breakParagraph(paragraph.strip(), maxWidth, width, lines);
        }
        return lines;
    }

    private static void breakParagraph(
            String paragraph, double maxWidth, ToDoubleFunction<String> width, List<String> lines) {
        if (paragraph.isEmpty()) {
            lines.add("");
            return;
        }
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width.applyAsDouble(candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (width.applyAsDouble(word) <= maxWidth) {
                line.append(word);
            } else {
                String rest = splitLongWord(word, maxWidth, width, lines);
                line.append(rest);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
    }

    /** Adds full-width pieces of the word to the lines and returns the last, shorter piece. */
    private static String splitLongWord(
            String word, double maxWidth, ToDoubleFunction<String> width, List<String> lines) {
        int start = 0;
        int[] codePoints = word.codePoints().toArray();
        while (start < codePoints.length) {
            int end = start + 1;
            while (end < codePoints.length
                    && width.applyAsDouble(new String(codePoints, start, end + 1 - start)) <= maxWidth) {
                end++;
            }
            String piece = new String(codePoints, start, end - start);
            if (end == codePoints.length) {
                return piece;
            }
            lines.add(piece);
            start = end;
        }
        return "";
    }
}
