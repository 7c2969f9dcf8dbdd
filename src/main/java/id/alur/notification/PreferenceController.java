package id.alur.notification;

import id.alur.platform.AlurUser;
import id.alur.platform.Flash;
import id.alur.platform.Forms;
import id.alur.platform.InvalidInputException;
import id.alur.platform.ProfilePage;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in user sets their own phone for WhatsApp/SMS notifications on the profile page. */
@Controller
class PreferenceController {

    private final Preferences preferences;
    private final ProfilePage page;

    PreferenceController(Preferences preferences, ProfilePage page) {
        this.preferences = preferences;
        this.page = page;
    }

    @PostMapping("/profil/notifikasi")
    String save(
            @ModelAttribute(PreferenceSection.FORM) PreferenceForm form,
            BindingResult binding,
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
            preferences.save(user.username(), new Preferences.Preference(phone, form.isGateway()), Instant.now());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("notification.preference.saved"));
            return "redirect:/profil";
        });
    }
}
