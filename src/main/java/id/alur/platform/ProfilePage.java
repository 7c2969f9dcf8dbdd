package id.alur.platform;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Assembles the profile page from every module's {@link ProfileSection}s, for the signed-in user. */
@Component
public class ProfilePage {

    /** The page's view name. */
    public static final String VIEW = "profile";

    private final List<ProfileSection> sections;

    ProfilePage(List<ProfileSection> sections) {
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(ProfileSection::order))
                .toList();
    }

    /** Fills the model with the sections for the signed-in user; returns the view name. */
    public String show(Model model) {
        AlurUser user = AlurUser.current()
                .orElseThrow(() -> new IllegalStateException("The profile page needs a signed-in user"));
        sections.forEach(section -> section.addTo(model, user));
        model.addAttribute("profileSections", sections);
        model.addAttribute("profileUser", user);
        return VIEW;
    }
}
