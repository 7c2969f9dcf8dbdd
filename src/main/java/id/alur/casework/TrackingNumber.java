package id.alur.casework;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The number on the receipt (tanda terima) that, with the last four digits of the NIK, lets anyone follow a
 * permohonan on the public status page: {@code ALR-2026-7K3M9Q}.
 *
 * <p>Six characters of Crockford's base32 (no I, L, O, U, so nothing reads as another letter or a digit) give
 * 32<sup>6</sup> ≈ 10<sup>9</sup> numbers per year; with the NIK's last four digits and the rate limit on the
 * public page that is far beyond guessing. Typing is forgiving: case, spaces, dashes and the look-alikes O/0 and
 * I/L/1 do not matter.
 */
record TrackingNumber(String value) {

    static final String PREFIX = "ALR";
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int RANDOM_LENGTH = 6;
    static final Pattern FORMAT = Pattern.compile("ALR-\\d{4}-[0-9A-HJKMNP-TV-Z]{6}");

    TrackingNumber {
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a tracking number: " + value);
        }
    }

    static TrackingNumber generate(int year, RandomGenerator random) {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("Year must have four digits: " + year);
        }
        var sb = new StringBuilder(PREFIX).append('-').append(year).append('-');
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new TrackingNumber(sb.toString());
    }

    /** Reads a number as a person typed it, or empty when it cannot be one. */
    static Optional<TrackingNumber> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        var sb = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == ' ' || c == '-' || c == '.' || c == '/') {
                continue;
            }
            sb.append(c);
        }
        String compact = sb.toString();
        if (!compact.startsWith(PREFIX) || compact.length() != PREFIX.length() + 4 + RANDOM_LENGTH) {
            return Optional.empty();
        }
        String year = compact.substring(PREFIX.length(), PREFIX.length() + 4);
        var random = new StringBuilder();
        for (char c : compact.substring(PREFIX.length() + 4).toCharArray()) {
            random.append(
                    switch (c) {
                        case 'O' -> '0';
                        case 'I', 'L' -> '1';
                        default -> c;
                    });
        }
        String candidate = PREFIX + "-" + year + "-" + random;
        return FORMAT.matcher(candidate).matches() ? Optional.of(new TrackingNumber(candidate)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
