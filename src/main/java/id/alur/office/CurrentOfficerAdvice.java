package id.alur.office;

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
    CurrentOfficer currentOfficer() {
        return offices.currentOfficer().orElse(null);
    }
}
