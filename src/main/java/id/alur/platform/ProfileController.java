package id.alur.platform;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The profile page of the signed-in user, whoever they are (docs/security.md "Profile"). */
@Controller
class ProfileController {

    private final ProfilePage page;

    ProfileController(ProfilePage page) {
        this.page = page;
    }

    @GetMapping("/profil")
    String show(Model model) {
        return page.show(model);
    }
}
