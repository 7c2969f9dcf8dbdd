package id.alur.platform;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in user into every page's model as {@code signedIn} (or {@code null}): the layout's header and
 * pages read the user's name, office and time zone from it, whatever kind of principal a test signs in with.
 */
@ControllerAdvice
class ShellModelAdvice {

    static final String SIGNED_IN = "signedIn";

    private final Menu menu;

    ShellModelAdvice(ObjectProvider<MenuItem> menuItems) {
        this.menu = new Menu(menuItems);
    }

    /** The menu entries the modules decide ({@link MenuItem}); asked only when a template renders one. */
    @ModelAttribute("menu")
    Menu menu() {
        return menu;
    }

    @ModelAttribute(SIGNED_IN)
    AlurUser signedIn() {
        return AlurUser.current().orElse(null);
    }
}
