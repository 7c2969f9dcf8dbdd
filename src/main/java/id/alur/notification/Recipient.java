package id.alur.notification;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Who a notification goes to: a user of the app ({@code username} set) or an applicant (only an address).
 *
 * @param key what the once-only key names the recipient by: the username, or the applicant's permohonan
 */
record Recipient(
        String key,
        @Nullable String username,
        @Nullable String email,
        @Nullable String phone,
        Locale locale) {

    /** A user, with the phone they chose for gateway messages ({@code null} for none). */
    static Recipient user(String username, @Nullable String email, @Nullable String phone, Locale locale) {
        return new Recipient(username, username, blankToNull(email), blankToNull(phone), locale);
    }

    /**
     * An applicant, named in the ledger by their permohonan ({@code key}), never by address: no account, no in-app
     * list.
     */
    static Recipient applicant(String key, @Nullable String email, @Nullable String phone, Locale locale) {
        return new Recipient(key, null, blankToNull(email), blankToNull(phone), locale);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
