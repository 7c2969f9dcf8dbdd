package id.alur.platform;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in user into every page's model as {@code signedIn} (or {@code null}): the layout's header and
 * pages read the user's name, office and time zone from it, whatever kind of principal a test signs in with.
 */
@ControllerAdvice
class ShellModelAdvice {

    static final String SIGNED_IN = "signedIn";

    @ModelAttribute(SIGNED_IN)
    AlurUser signedIn() {
        return AlurUser.current().orElse(null);
    }
}
