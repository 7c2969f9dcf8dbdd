package id.alur.platform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after login and the login page; the layout around every page lives in templates/layout.html. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return AlurUser.current().isPresent() ? "redirect:/" : "login";
    }
}
