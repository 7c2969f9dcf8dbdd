package id.alur.notification;

import id.alur.platform.PreferredLanguage;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The language a user chose on the profile page, for the sign-in to switch the interface to (platform's hook). */
@Component
class PreferredLanguages implements PreferredLanguage {

    private final Preferences preferences;

    PreferredLanguages(Preferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public Optional<Locale> of(String username) {
        return preferences.language(username);
    }
}
