package id.alur.letter;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The code in a letter's verification URL: 128 random bits, URL-safe Base64 without padding (22 characters), so it
 * cannot be guessed or enumerated the way a letter number can.
 */
final class VerificationCode {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{22}");

    private VerificationCode() {}

    static String next() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text can be a code at all; anything else is answered like an unknown code. */
    static boolean wellFormed(String text) {
        return text != null && FORM.matcher(text).matches();
    }
}
