package id.alur.letter;

import id.alur.office.ResourceOfficeGuard;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What every letter screen of an office's administration ({@code /admin/offices/{office}/letters/**}) shares: the
 * office, checked before any handler runs or any form is bound (the system administrator and that office's
 * administrator only; another office's administrator gets 404, office isolation), and the letter kinds the forms
 * offer.
 */
@ControllerAdvice(
        assignableTypes = {
            LetterSettingsController.class,
            LetterheadController.class,
            LetterRegisterController.class,
            LetterTemplateController.class,
            LetterOutputsController.class
        })
class LetterAdminAdvice {

    static final String BASE = "/admin/offices/{office}/letters";

    private final ResourceOfficeGuard guard;

    LetterAdminAdvice(ResourceOfficeGuard guard) {
        this.guard = guard;
    }

    @ModelAttribute("office")
    String office(@PathVariable String office) {
        guard.requireAdministrable(office, "letters of office " + office);
        return office;
    }

    @ModelAttribute("kinds")
    List<LetterKind> kinds() {
        return Arrays.asList(LetterKind.values());
    }
}
