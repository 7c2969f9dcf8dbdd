package id.alur.platform;

import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

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

    /** The login page; {@code throttled} is the minutes to wait that {@link LoginAttempts} sent a refused attempt. */
    @GetMapping("/login")
    String login(@RequestParam(name = "throttled", required = false) @Nullable Integer throttled, Model model) {
        if (throttled != null) {
            model.addAttribute("throttledMinutes", Math.clamp(throttled, 1, 60));
        }
        return AlurUser.current().isPresent() ? "redirect:/" : "login";
    }
}
