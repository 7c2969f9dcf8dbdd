package id.alur.platform;

import java.util.Locale;
import java.util.Optional;

/**
 * The language a user chose for the interface, kept by the module that owns the profile's choices (the notification
 * module, issue 15). At every sign-in the interface is switched to it, so the choice follows the user from browser to
 * browser; without a choice the language cookie (or Indonesian) stays as it is.
 */
public interface PreferredLanguage {

    /** The user's chosen language, if any. */
    Optional<Locale> of(String username);
}
