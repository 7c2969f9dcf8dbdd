package id.alur.sop;

import id.alur.platform.AlurUser;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The SOP section of an office to read only (docs/decisions.md, sop): every SOP with its versions, their documents and
 * BPMN, without upload, publishing, revising or retiring. For the people of the office (its head gets the link on the
 * home page) and the system administrator, as the versions' documents are; another office's is 404
 * ({@link SopAccess}).
 */
@Controller
class SopOfficeController {

    private final SopSection section;
    private final SopAccess access;
    private final Clock clock;

    SopOfficeController(SopSection section, SopAccess access, ObjectProvider<Clock> clock) {
        this.section = section;
        this.access = access;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/sop/kantor/{office}")
    String page(@PathVariable String office, Model model) {
        access.requireReadableOffice(office);
        var zone = AlurUser.current().map(AlurUser::zone).orElse(SopService.PUBLISHING_ZONE);
        model.addAttribute("office", office);
        model.addAttribute("readOnly", true);
        model.addAttribute("sops", section.rows(office, false));
        model.addAttribute("today", LocalDate.ofInstant(clock.instant(), zone));
        model.addAttribute("zone", zone);
        return SopStudioController.PAGE;
    }
}
