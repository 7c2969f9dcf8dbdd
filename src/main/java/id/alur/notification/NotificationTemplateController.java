package id.alur.notification;

import id.alur.office.ResourceOfficeGuard;
import id.alur.platform.AlurUser;
import id.alur.platform.Flash;
import id.alur.platform.Forms;
import id.alur.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's own texts of the notification kinds, for its administrator and the system administrator (another
 * office's administrator gets 404): the list of kinds, the editor of one with its placeholders beside it (unknown ones
 * refused with 422 naming the line, nothing saved), and going back to the standard text.
 */
@Controller
class NotificationTemplateController {

    static final String BASE = "/admin/offices/{office}/notifikasi/teks";
    private static final String PAGE = "notification/admin-template";

    private final NotificationTemplates templates;
    private final ResourceOfficeGuard guard;
    private final MessageSource messages;

    NotificationTemplateController(NotificationTemplates templates, ResourceOfficeGuard guard, MessageSource messages) {
        this.templates = templates;
        this.guard = guard;
        this.messages = messages;
    }

    /** A row of the list: the kind, its subject now, and whether it is the office's own. */
    record Row(NotificationKind kind, String subject, boolean own) {}

    @GetMapping(BASE)
    String list(@PathVariable String office, Model model) {
        guard.requireAdministrable(office, "notification texts of office " + office);
        var rows = Arrays.stream(NotificationKind.values())
                .map(kind -> templates
                        .find(office, kind)
                        .map(t -> new Row(kind, t.subject(), true))
                        .orElseGet(() -> new Row(kind, standard(kind, "subject"), false)))
                .toList();
        model.addAttribute("office", office);
        model.addAttribute("rows", rows);
        return "notification/admin-templates";
    }

    @GetMapping(BASE + "/{kind}")
    String edit(@PathVariable String office, @PathVariable String kind, Model model) {
        guard.requireAdministrable(office, "notification texts of office " + office);
        var notificationKind = kindOf(kind);
        var form = new NotificationTemplateForm();
        templates
                .find(office, notificationKind)
                .ifPresentOrElse(
                        t -> {
                            form.setSubject(t.subject());
                            form.setBody(t.body());
                            form.setVersion(t.version());
                        },
                        () -> {
                            form.setSubject(standard(notificationKind, "subject"));
                            form.setBody(standard(notificationKind, "body"));
                        });
        model.addAttribute("form", form);
        return page(office, notificationKind, model);
    }

    @PostMapping(BASE + "/{kind}")
    String save(
            @PathVariable String office,
            @PathVariable String kind,
            @ModelAttribute("form") NotificationTemplateForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        guard.requireAdministrable(office, "notification texts of office " + office);
        var notificationKind = kindOf(kind);
        return Forms.submit(binding, response, page(office, notificationKind, model), () -> {
            templates.save(
                    office,
                    notificationKind,
                    form.getSubject(),
                    form.getBody(),
                    form.getVersion(),
                    AlurUser.current().orElseThrow().username(),
                    Instant.now());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("notification.template.saved"));
            return "redirect:/admin/offices/" + office + "/notifikasi/teks";
        });
    }

    @PostMapping(BASE + "/{kind}/standar")
    String reset(@PathVariable String office, @PathVariable String kind, RedirectAttributes redirect) {
        guard.requireAdministrable(office, "notification texts of office " + office);
        templates.reset(office, kindOf(kind));
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("notification.template.reset"));
        return "redirect:/admin/offices/" + office + "/notifikasi/teks";
    }

    private String page(String office, NotificationKind kind, Model model) {
        model.addAttribute("office", office);
        model.addAttribute("kind", kind);
        List<String> names =
                NotificationTemplates.PLACEHOLDERS.get(kind).stream().sorted().toList();
        Map<String, String> described = names.stream()
                .collect(Collectors.toMap(
                        n -> "{" + n + "}",
                        n -> messages.getMessage(
                                "notification.template.placeholder." + n, null, n, LocaleContextHolder.getLocale()),
                        (a, b) -> a,
                        LinkedHashMap::new));
        model.addAttribute("placeholders", described);
        return PAGE;
    }

    /** The standard Indonesian text of the kind: what the office starts from. */
    private String standard(NotificationKind kind, String part) {
        return messages.getMessage("notification.text." + kind + "." + part, null, StepNotifications.INDONESIAN);
    }

    private static NotificationKind kindOf(String kind) {
        try {
            return NotificationKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No notification kind " + kind, "notification.template.notFound");
        }
    }
}
