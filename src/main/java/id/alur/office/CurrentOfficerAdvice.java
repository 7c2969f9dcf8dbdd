package id.alur.office;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts {@code currentOfficer} into every page's model, for the layout's header and the home page. */
@ControllerAdvice
class CurrentOfficerAdvice {

    private final OfficeService offices;

    CurrentOfficerAdvice(OfficeService offices) {
        this.offices = offices;
    }

    @ModelAttribute("currentOfficer")
    CurrentOfficer currentOfficer(HttpServletRequest request) {
        // The API renders no page: no need to load the officer for every call.
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        return offices.currentOfficer().orElse(null);
    }
}
