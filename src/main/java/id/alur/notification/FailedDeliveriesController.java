package id.alur.notification;

import id.alur.office.ResourceOfficeGuard;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The deliveries of an office that failed after every try (a gateway answering 500, an SMTP server refusing an
 * address), with the last error: for the system administrator and that office's administrator; another office's
 * administrator gets 404. Above the list, why no e-mail goes out, when none does ({@link MailChannel#warnings()}).
 */
@Controller
class FailedDeliveriesController {

    static final int LIST_SIZE = 200;

    private final Deliveries deliveries;
    private final ResourceOfficeGuard guard;
    private final MailChannel mail;

    FailedDeliveriesController(Deliveries deliveries, ResourceOfficeGuard guard, MailChannel mail) {
        this.deliveries = deliveries;
        this.guard = guard;
        this.mail = mail;
    }

    @GetMapping("/admin/offices/{office}/notifikasi")
    String page(@PathVariable String office, Model model) {
        guard.requireAdministrable(office, "failed notifications of office " + office);
        model.addAttribute("office", office);
        model.addAttribute("failures", deliveries.failed(office, LIST_SIZE));
        // e-mail off or incomplete is said here, where the administrator looks for notifications that did not arrive
        model.addAttribute("mailWarnings", mail.warnings());
        return "notification/admin-failed";
    }
}
