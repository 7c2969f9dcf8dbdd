package id.alur.office;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts {@code currentOfficer} into every page's model, for the layout's header and the home page. */
@ControllerAdvice
class CurrentOfficerAdvice {

    private final SignedInOfficers signedIn;

    CurrentOfficerAdvice(SignedInOfficers signedIn) {
        this.signedIn = signedIn;
    }

    @ModelAttribute("currentOfficer")
    @Nullable
    CurrentOfficer currentOfficer(HttpServletRequest request) {
        // The API renders no page: no need to load the officer for every call.
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        return signedIn.current().orElse(null);
    }
}
