package id.alur.platform;

import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after login and the login page; the layout around every page lives in templates/layout.html. */
@Controller
class HomeController {

    private final List<HomeSection> sections;

    HomeController(ObjectProvider<HomeSection> sections) {
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(HomeSection::order))
                .toList();
    }

    @GetMapping("/")
    String home(Model model) {
        var shown = AlurUser.current()
                .map(user -> sections.stream()
                        .filter(section -> section.addTo(model, user))
                        .toList())
                .orElse(List.of());
        model.addAttribute("homeSections", shown);
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return AlurUser.current().isPresent() ? "redirect:/" : "login";
    }
}
