package id.alur.notification;

import id.alur.office.OfficeService;
import id.alur.platform.AlurUser;
import id.alur.platform.ProfileSection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The profile page's notification section: the e-mail notifications go to, a phone for WhatsApp/SMS and its use, the
 * language, and which kinds go on which channel.
 */
@Component
class PreferenceSection implements ProfileSection {

    static final String FORM = "notificationPreferenceForm";

    private final Preferences preferences;
    private final OfficeService offices;

    PreferenceSection(Preferences preferences, OfficeService offices) {
        this.preferences = preferences;
        this.offices = offices;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String template() {
        return "notification/profile-preferences";
    }

    @Override
    public void addTo(Model model, AlurUser user) {
        model.addAttribute(
                "notificationEmail",
                offices.findUser(user.username()).map(u -> u.email()).orElse(null));
        model.addAttribute("notificationKinds", NotificationKind.FOR_USERS);
        model.addAttribute("notificationChannels", List.of(Channel.values()));
        if (!model.containsAttribute(FORM)) {
            var preference = preferences.of(user.username());
            var form = new PreferenceForm();
            form.setPhone(preference.phone() == null ? "" : preference.phone());
            form.setGateway(preference.gateway());
            form.setLanguage(preference.language() == null ? "id" : preference.language());
            form.setChannels(Preferences.allChoices().stream()
                    .filter(choice -> !preference.muted().contains(choice))
                    .toList());
            model.addAttribute(FORM, form);
        }
    }
}
