package id.alur.office;

import id.alur.platform.AlurUser;
import id.alur.platform.Flash;
import id.alur.platform.Forms;
import id.alur.platform.ProfilePage;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in user changes their own password on the profile page (issue 14). */
@Controller
class OwnPasswordController {

    private final UserAccounts users;
    private final ProfilePage page;

    OwnPasswordController(UserAccounts users, ProfilePage page) {
        this.users = users;
        this.page = page;
    }

    @PostMapping("/profil/password")
    String change(
            @ModelAttribute(OwnPasswordSection.FORM) OwnPasswordForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        AlurUser user = AlurUser.current().orElseThrow();
        return Forms.submit(binding, response, page.show(model), () -> {
            users.changeOwnPassword(
                    user.username(), form.getCurrentPassword(), form.getPassword(), form.getRepeatedPassword());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("office.profile.passwordChanged"));
            return "redirect:/profil";
        });
    }
}
