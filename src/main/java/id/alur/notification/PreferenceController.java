package id.alur.notification;

import id.alur.platform.AlurUser;
import id.alur.platform.Flash;
import id.alur.platform.Forms;
import id.alur.platform.InvalidInputException;
import id.alur.platform.ProfilePage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every signed-in user sets, on the profile page, their phone for WhatsApp/SMS notifications, their language (the
 * interface from now on and after every sign-in, and the texts of their notifications) and which kinds of notification
 * go on which channel. The choices are saved together or, on any bad part, not at all (422 naming the field).
 */
@Controller
class PreferenceController {

    private final Preferences preferences;
    private final ProfilePage page;
    private final LocaleResolver locales;

    PreferenceController(Preferences preferences, ProfilePage page, LocaleResolver locales) {
        this.preferences = preferences;
        this.page = page;
        this.locales = locales;
    }

    @PostMapping("/profil/notifikasi")
    String save(
            @ModelAttribute(PreferenceSection.FORM) PreferenceForm form,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        AlurUser user = AlurUser.current().orElseThrow();
        return Forms.submit(binding, response, page.show(model), () -> {
            String phone = Preferences.normalize(form.getPhone());
            if (phone != null && !Preferences.MOBILE.matcher(phone).matches()) {
                throw new InvalidInputException("phone", "notification.preference.phoneInvalid");
            }
            if (form.isGateway() && phone == null) {
                throw new InvalidInputException("phone", "notification.preference.phoneRequired");
            }
            var before = preferences.of(user.username());
            String language =
                    form.getLanguage() == null || form.getLanguage().isBlank() ? before.language() : form.getLanguage();
            if (language != null && !Preferences.LANGUAGES.contains(language)) {
                throw new InvalidInputException("language", "notification.preference.languageInvalid");
            }
            var muted = before.muted();
            if (form.getChannels() != null) {
                var wanted = new HashSet<>(form.getChannels());
                if (!Preferences.allChoices().containsAll(wanted)) {
                    throw new InvalidInputException("channels", "notification.preference.channelInvalid");
                }
                muted = Preferences.allChoices().stream()
                        .filter(choice -> !wanted.contains(choice))
                        .collect(Collectors.toSet());
            }
            preferences.save(
                    user.username(),
                    new Preferences.Preference(phone, form.isGateway(), language, muted),
                    Instant.now());
            if (language != null) {
                // The interface follows at once; the sign-in sets it again on another browser (PreferredLanguages).
                locales.setLocale(request, response, Locale.of(language));
            }
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("notification.preference.saved"));
            return "redirect:/profil";
        });
    }
}
