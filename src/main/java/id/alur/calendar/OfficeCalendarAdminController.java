package id.alur.calendar;

import id.alur.calendar.OfficeCalendarForms.ExceptionForm;
import id.alur.calendar.OfficeCalendarForms.HoursForm;
import id.alur.calendar.OfficeCalendarForms.ZoneForm;
import id.alur.platform.AlurUser;
import id.alur.platform.Flash;
import id.alur.platform.Forms;
import id.alur.platform.KnownOffices;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An office's own calendar in its administration: its time zone, its exceptions to the national calendar (days it is
 * closed, e.g. a regional holiday; extra working days, e.g. on duty during cuti bersama), its other working hours
 * (Ramadan, shortened days), each added, changed in place or removed, and a preview of a step started now. An office
 * the office module does not know is 404. The system administrator and that office's administrator only; another
 * office's administrator gets 404 (office isolation), as on the office's other administration pages. Security already
 * keeps everyone else out of {@code /admin/**}.
 */
@Controller
@RequestMapping("/admin/offices/{office}/kalender")
class OfficeCalendarAdminController {

    static final String PAGE = "calendar/admin-office";

    private final WorkingCalendar calendar;
    private final Clock clock;
    private final ObjectProvider<KnownOffices> offices;

    OfficeCalendarAdminController(
            WorkingCalendar calendar, ObjectProvider<Clock> clock, ObjectProvider<KnownOffices> offices) {
        this.calendar = calendar;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.offices = offices;
    }

    /** Checked before any handler runs or any form is bound. */
    @ModelAttribute("office")
    String office(@PathVariable String office) {
        AlurUser user = AlurUser.current().orElseThrow();
        boolean own = user.hasRole(Role.OFFICE_ADMIN) && office.equals(user.officeCode());
        if (!user.hasRole(Role.ADMIN) && !own) {
            throw new CalendarEntryNotFoundException("calendar.office.notFound", office);
        }
        KnownOffices known = offices.getIfAvailable();
        if (known != null && !known.exists(office)) {
            throw new CalendarEntryNotFoundException("calendar.office.notFound", office);
        }
        return office;
    }

    @ModelAttribute("form")
    ExceptionForm form() {
        return new ExceptionForm();
    }

    @ModelAttribute("hoursForm")
    HoursForm hoursForm() {
        return new HoursForm();
    }

    @ModelAttribute("zoneForm")
    ZoneForm zoneForm(@PathVariable String office) {
        var form = new ZoneForm();
        form.setZone(calendar.zoneOf(office).getId());
        return form;
    }

    /**
     * The office's calendar; with {@code ubah} (a day) the exception form changes that day's exception in place, with
     * {@code ubahJam} (an id) the hours form that period; one the office does not have is 404.
     */
    @GetMapping
    String page(
            @PathVariable String office,
            @RequestParam(name = "ubah", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate editingDay,
            @RequestParam(name = "ubahJam", required = false) @Nullable Long editingHours,
            Model model) {
        show(model, office);
        if (editingDay != null) {
            var exception = calendar.officeExceptions(office).stream()
                    .filter(e -> e.date().equals(editingDay))
                    .findFirst()
                    .orElseThrow(() ->
                            new CalendarEntryNotFoundException("calendar.exception.notFound", office, editingDay));
            model.addAttribute("form", ExceptionForm.of(exception));
            model.addAttribute("editingDay", editingDay);
        }
        if (editingHours != null) {
            var period = calendar.officeHours(office).stream()
                    .filter(h -> h.id() == editingHours)
                    .findFirst()
                    .orElseThrow(
                            () -> new CalendarEntryNotFoundException("calendar.hours.notFound", office, editingHours));
            model.addAttribute("hoursForm", HoursForm.of(period));
            model.addAttribute("editingHours", editingHours);
        }
        return PAGE;
    }

    /**
     * Changes the exception of {@code date} in place (its day, kind, reason); a bad field answers 422 with the form
     * still editing it, nothing changed. Like adding and removing, it moves the due times of steps started after it.
     */
    @PostMapping("/pengecualian/{date}")
    String change(
            @PathVariable String office,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @ModelAttribute("form") ExceptionForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        show(model, office);
        model.addAttribute("editingDay", date);
        return Forms.submit(binding, response, PAGE, () -> {
            var changed =
                    calendar.updateOfficeException(office, date, form.getDate(), form.getKind(), form.getReason());
            redirect.addFlashAttribute(
                    Flash.ATTRIBUTE, Flash.success("calendar.admin.exception.changed", changed.date()));
            return "redirect:/admin/offices/" + office + "/kalender";
        });
    }

    /** Changes a period of other hours in place, as {@link #change} an exception. */
    @PostMapping("/jam-kerja/{id}")
    String changeHours(
            @PathVariable String office,
            @PathVariable long id,
            @ModelAttribute("hoursForm") HoursForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        show(model, office);
        model.addAttribute("editingHours", id);
        return Forms.submit(binding, response, PAGE, () -> {
            var changed = calendar.updateOfficeHours(
                    office,
                    id,
                    form.getStartsOn(),
                    form.getEndsOn(),
                    form.getKind(),
                    form.getOpens(),
                    form.getBreakStarts(),
                    form.getBreakEnds(),
                    form.getCloses(),
                    form.getReason());
            redirect.addFlashAttribute(
                    Flash.ATTRIBUTE,
                    Flash.success("calendar.admin.hours.changed", changed.startsOn(), changed.endsOn()));
            return "redirect:/admin/offices/" + office + "/kalender";
        });
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

    @PostMapping("/jam-kerja")
    String addHours(
            @PathVariable String office,
            @ModelAttribute("hoursForm") HoursForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        show(model, office);
        return Forms.submit(binding, response, PAGE, () -> {
            var added = calendar.addOfficeHours(
                    office,
                    form.getStartsOn(),
                    form.getEndsOn(),
                    form.getKind(),
                    form.getOpens(),
                    form.getBreakStarts(),
                    form.getBreakEnds(),
                    form.getCloses(),
                    form.getReason());
            redirect.addFlashAttribute(
                    Flash.ATTRIBUTE, Flash.success("calendar.admin.hours.added", added.startsOn(), added.endsOn()));
            return "redirect:/admin/offices/" + office + "/kalender";
        });
    }

    @PostMapping("/jam-kerja/{id}/hapus")
    String removeHours(@PathVariable String office, @PathVariable long id, RedirectAttributes redirect) {
        calendar.removeOfficeHours(office, id);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("calendar.admin.hours.removed"));
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
        model.addAttribute("hours", calendar.officeHours(office));
        model.addAttribute("hoursKinds", OfficeHoursKind.values());
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
