package id.alur.casework;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the one search box was given: a tracking number (typed as forgivingly as on the status page), a whole NIK or KK
 * number (16 digits; spaces and dots ignored), the NIK's last digits (4 to 15), or part of a name (3 characters or
 * more, since the trigram index cannot help below that).
 */
record SearchText(Kind kind, String value) {

    enum Kind {
        TRACKING_NUMBER,
        WHOLE_NUMBER,
        NIK_SUFFIX,
        NAME,
        TOO_SHORT
    }

    private static final Pattern DIGITS = Pattern.compile("[0-9 .]+");
    private static final Pattern WORDS = Pattern.compile("\\s+");

    static SearchText of(String typed) {
        String text = typed.strip();
        var tracking = TrackingNumber.parse(text);
        if (tracking.isPresent()) {
            return new SearchText(Kind.TRACKING_NUMBER, tracking.get().value());
        }
        if (DIGITS.matcher(text).matches()) {
            String digits = text.replaceAll("[ .]", "");
            if (digits.length() == 16) {
                return new SearchText(Kind.WHOLE_NUMBER, digits);
            }
            if (digits.length() >= 4 && digits.length() < 16) {
                return new SearchText(Kind.NIK_SUFFIX, digits);
            }
            return new SearchText(Kind.TOO_SHORT, digits);
        }
        if (text.codePointCount(0, text.length()) < 3) {
            return new SearchText(Kind.TOO_SHORT, text);
        }
        return new SearchText(Kind.NAME, text);
    }

    /** The name as a LIKE pattern matching it anywhere: {@code %}, {@code _} and {@code \} taken literally. */
    String containsPattern() {
        return contains(value);
    }

    /**
     * The last word of a name of several words, of three characters or more (the trigram index cannot help below
     * that), as a LIKE pattern matching it anywhere; empty for a name of one word. The search looks this word up first
     * (SearchRepository): a name usually begins with a word many share (Siti, Nur, Sri, Muhammad; "Pemohon" in every
     * generated name of the bench) and ends with one few do.
     */
    Optional<String> lastWordPattern() {
        if (kind != Kind.NAME) {
            return Optional.empty();
        }
        String[] words = WORDS.split(value.strip());
        if (words.length < 2) {
            return Optional.empty();
        }
        for (int i = words.length - 1; i > 0; i--) {
            if (words[i].codePointCount(0, words[i].length()) >= 3) {
                return Optional.of(contains(words[i]));
            }
        }
        return Optional.empty();
    }

    private static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
