package id.alur.office;

import id.alur.platform.AlurUser;
import id.alur.platform.ProfileSection;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The profile page's section to change the own password (posted to {@link OwnPasswordController}). */
@Component
class OwnPasswordSection implements ProfileSection {

    static final String FORM = "ownPasswordForm";

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String template() {
        return "office/profile-password";
    }

    @Override
    public void addTo(Model model, AlurUser user) {
        if (!model.containsAttribute(FORM)) {
            model.addAttribute(FORM, new OwnPasswordForm());
        }
    }
}
