package id.alur.calendar;

import id.alur.platform.AlurUser;
import id.alur.platform.Flash;
import id.alur.platform.Forms;
import id.alur.platform.Role;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An office's own calendar in its administration: its time zone and its exceptions to the national calendar (days it
 * is closed, e.g. a regional holiday; extra working days, e.g. on duty during cuti bersama), and a preview of a step
 * started now. The system administrator and that office's administrator only; another office's administrator gets 404
 * (office isolation), as on the office's other administration pages. Security already keeps everyone else out of
 * {@code /admin/**}.
 */
@Controller
@RequestMapping("/admin/offices/{office}/kalender")
class OfficeCalendarAdminController {

    static final String PAGE = "calendar/admin-office";

    private final WorkingCalendar calendar;
    private final Clock clock;

    OfficeCalendarAdminController(WorkingCalendar calendar, ObjectProvider<Clock> clock) {
        this.calendar = calendar;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** An exception as the add form binds it. */
    public static final class ExceptionForm {
        private @Nullable LocalDate date;
        private @Nullable OfficeExceptionKind kind;
        private @Nullable String reason;

        public @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate getDate() {
            return date;
        }

        public void setDate(@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
            this.date = date;
        }

        public @Nullable OfficeExceptionKind getKind() {
            return kind;
        }

        public void setKind(@Nullable OfficeExceptionKind kind) {
            this.kind = kind;
        }

        public @Nullable String getReason() {
            return reason;
        }

        public void setReason(@Nullable String reason) {
            this.reason = reason;
        }
    }

    /** The zone form. */
    public static final class ZoneForm {
        private @Nullable String zone;

        public @Nullable String getZone() {
            return zone;
        }

        public void setZone(@Nullable String zone) {
            this.zone = zone;
        }
    }

    /** Checked before any handler runs or any form is bound. */
    @ModelAttribute("office")
    String office(@PathVariable String office) {
        AlurUser user = AlurUser.current().orElseThrow();
        boolean own = user.hasRole(Role.OFFICE_ADMIN) && office.equals(user.officeCode());
        if (!user.hasRole(Role.ADMIN) && !own) {
            throw new CalendarEntryNotFoundException("calendar.office.notFound", office);
        }
        return office;
    }

    @ModelAttribute("form")
    ExceptionForm form() {
        return new ExceptionForm();
    }

    @ModelAttribute("zoneForm")
    ZoneForm zoneForm(@PathVariable String office) {
        var form = new ZoneForm();
        form.setZone(calendar.zoneOf(office).getId());
        return form;
    }

    @GetMapping
    String page(@PathVariable String office, Model model) {
        show(model, office);
        return PAGE;
    }

    @PostMapping("/pengecualian")
    String add(
            @PathVariable String office,
            @ModelAttribute("form") ExceptionForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        show(model, office);
        return Forms.submit(binding, response, PAGE, () -> {
            var added = calendar.addOfficeException(office, form.getDate(), form.getKind(), form.getReason());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("calendar.admin.exception.added", added.date()));
            return "redirect:/admin/offices/" + office + "/kalender";
        });
    }

    @PostMapping("/pengecualian/{date}/hapus")
    String remove(
            @PathVariable String office,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            RedirectAttributes redirect) {
        calendar.removeOfficeException(office, date);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("calendar.admin.exception.removed", date));
        return "redirect:/admin/offices/" + office + "/kalender";
    }

    @PostMapping("/zona")
    String zone(
            @PathVariable String office,
            @ModelAttribute("zoneForm") ZoneForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        show(model, office);
        return Forms.submit(binding, response, PAGE, () -> {
            ZoneId zone = WorkingCalendar.INDONESIAN_ZONES.stream()
                    .filter(z -> z.getId().equals(form.getZone()))
                    .findFirst()
                    .orElse(null);
            if (zone == null) {
                throw new InvalidCalendarDataException("zone", "calendar.zone.required");
            }
            calendar.setZone(office, zone);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("calendar.admin.zone.saved"));
            return "redirect:/admin/offices/" + office + "/kalender";
        });
    }

    private void show(Model model, String office) {
        Instant now = clock.instant();
        ZoneId zone = calendar.zoneOf(office);
        model.addAttribute("exceptions", calendar.officeExceptions(office));
        model.addAttribute("kinds", OfficeExceptionKind.values());
        model.addAttribute(
                "zones",
                WorkingCalendar.INDONESIAN_ZONES.stream()
                        .map(ZoneId::getId)
                        .sorted()
                        .toList());
        model.addAttribute("zone", zone);
        model.addAttribute("preview", CalendarAdminController.Preview.of(calendar, office, now));
    }
}
