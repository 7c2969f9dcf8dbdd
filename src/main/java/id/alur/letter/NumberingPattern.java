package id.alur.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An office's rule for writing a letter number, e.g. {@code 460/{seq}/DINSOS-{yyyy}} (seed 001) or
 * {@code B-{seq}/Kk.09.1/1/OT.01.3/{mm}/{yyyy}} (seed 002). Literal text is copied as written; the tokens are:
 *
 * <ul>
 *   <li>{@code {seq}} the sequence number of the letter in its office, kind and year; {@code {seq:000}} pads it with
 *       zeros to as many digits as zeros are given (1 to 9)
 *   <li>{@code {class}} the classification code (kode klasifikasi arsip), {@code {unit}} the unit code
 *   <li>{@code {mm}} the month as two digits, {@code {m}} without padding, {@code {mm:roman}} in roman numerals
 *   <li>{@code {yyyy}} the year, {@code {yy}} its last two digits
 * </ul>
 *
 * A pattern must hold exactly one sequence token and one year token: the sequence restarts every year, so without
 * the year two letters of different years would carry the same number.
 */
final class NumberingPattern {

    static final int MAX_LENGTH = 120;
    static final String FIELD = "pattern";

    private final String text;
    private final List<Part> parts;

    private NumberingPattern(String text, List<Part> parts) {
        this.text = text;
        this.parts = List.copyOf(parts);
    }

    /** Parses a pattern, or throws naming the first fault (message keys {@code letter.pattern.*}). */
    static NumberingPattern parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidLetterInputException(FIELD, "letter.pattern.blank");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidLetterInputException(FIELD, "letter.pattern.too-long", MAX_LENGTH);
        }
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                throw new InvalidLetterInputException(FIELD, "letter.pattern.control-character", i + 1);
            }
            if (c == '}') {
                throw new InvalidLetterInputException(FIELD, "letter.pattern.unopened-brace", i + 1);
            }
            if (c != '{') {
                literal.append(c);
                i++;
                continue;
            }
            int close = text.indexOf('}', i + 1);
            int nextOpen = text.indexOf('{', i + 1);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
                throw new InvalidLetterInputException(FIELD, "letter.pattern.unclosed-brace", i + 1);
            }
            if (!literal.isEmpty()) {
                parts.add(new Literal(literal.toString()));
                literal.setLength(0);
            }
            parts.add(token(text.substring(i + 1, close)));
            i = close + 1;
        }
        if (!literal.isEmpty()) {
            parts.add(new Literal(literal.toString()));
        }
        long sequences = parts.stream().filter(Sequence.class::isInstance).count();
        if (sequences == 0) {
            throw new InvalidLetterInputException(FIELD, "letter.pattern.no-sequence");
        }
        if (sequences > 1) {
            throw new InvalidLetterInputException(FIELD, "letter.pattern.repeated-sequence");
        }
        if (parts.stream().noneMatch(p -> p == Field.YEAR || p == Field.YEAR_SHORT)) {
            throw new InvalidLetterInputException(FIELD, "letter.pattern.no-year");
        }
        return new NumberingPattern(text, parts);
    }

    private static Part token(String name) {
        if (name.equals("seq")) {
            return new Sequence(0);
        }
        if (name.startsWith("seq:")) {
            String zeros = name.substring(4);
            if (zeros.isEmpty() || zeros.length() > 9 || !zeros.chars().allMatch(ch -> ch == '0')) {
                throw new InvalidLetterInputException(FIELD, "letter.pattern.bad-padding", "{" + name + "}");
            }
            return new Sequence(zeros.length());
        }
        for (Field field : Field.values()) {
            if (field.token.equals(name)) {
                return field;
            }
        }
        throw new InvalidLetterInputException(FIELD, "letter.pattern.unknown-token", "{" + name + "}");
    }

    /** The pattern as the admin wrote it. */
    String text() {
        return text;
    }

    boolean usesClassificationCode() {
        return parts.contains(Field.CLASSIFICATION);
    }

    boolean usesUnitCode() {
        return parts.contains(Field.UNIT);
    }

    /**
     * Writes the number of one letter.
     *
     * @param sequence the letter's sequence number in its office, kind and year, from 1
     * @param year the year of issue in the office's time zone
     * @param month the month of issue, 1 to 12
     */
    String format(int sequence, int year, int month, String classificationCode, String unitCode) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive, was " + sequence);
        }
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1..12, was " + month);
        }
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            switch (part) {
                case Literal literal -> out.append(literal.text());
                case Sequence seq -> {
                    String digits = Integer.toString(sequence);
                    out.append("0".repeat(Math.max(0, seq.width() - digits.length())))
                            .append(digits);
                }
                case Field field ->
                    out.append(
                            switch (field) {
                                case CLASSIFICATION -> Objects.requireNonNull(classificationCode, "classificationCode");
                                case UNIT -> Objects.requireNonNull(unitCode, "unitCode");
                                case MONTH -> String.format("%02d", month);
                                case MONTH_SHORT -> Integer.toString(month);
                                case MONTH_ROMAN -> roman(month);
                                case YEAR -> Integer.toString(year);
                                case YEAR_SHORT -> String.format("%02d", Math.floorMod(year, 100));
                            });
            }
        }
        return out.toString();
    }

    private static final String[] ROMAN_MONTHS = {
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"
    };

    static String roman(int month) {
        return ROMAN_MONTHS[month - 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NumberingPattern other && other.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    private sealed interface Part permits Literal, Sequence, Field {}

    private record Literal(String text) implements Part {}

    private record Sequence(int width) implements Part {}

    private enum Field implements Part {
        CLASSIFICATION("class"),
        UNIT("unit"),
        MONTH("mm"),
        MONTH_SHORT("m"),
        MONTH_ROMAN("mm:roman"),
        YEAR("yyyy"),
        YEAR_SHORT("yy");

        private final String token;

        Field(String token) {
            this.token = token;
        }
    }
}
