package id.alur.calendar;

import id.alur.platform.AlurUser;
import id.alur.platform.Flash;
import id.alur.platform.Forms;
import id.alur.platform.KnownOffices;
import id.alur.platform.Role;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
 * An office's own calendar in its administration: its time zone, its exceptions to the national calendar (days it is
 * closed, e.g. a regional holiday; extra working days, e.g. on duty during cuti bersama), its other working hours
 * (Ramadan, shortened days), and a preview of a step started now. An office the office module does not know is 404. The system administrator and that office's administrator only; another office's administrator gets 404
 * (office isolation), as on the office's other administration pages. Security already keeps everyone else out of
 * {@code /admin/**}.
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

    /** Other working hours as the add form binds them. */
    public static final class HoursForm {
        private @Nullable LocalDate startsOn;
        private @Nullable LocalDate endsOn;
        private @Nullable OfficeHoursKind kind;
        private @Nullable LocalTime opens;
        private @Nullable LocalTime breakStarts;
        private @Nullable LocalTime breakEnds;
        private @Nullable LocalTime closes;
        private @Nullable String reason;

        public @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate getStartsOn() {
            return startsOn;
        }

        public void setStartsOn(@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn) {
            this.startsOn = startsOn;
        }

        public @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate getEndsOn() {
            return endsOn;
        }

        public void setEndsOn(@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn) {
            this.endsOn = endsOn;
        }

        public @Nullable OfficeHoursKind getKind() {
            return kind;
        }

        public void setKind(@Nullable OfficeHoursKind kind) {
            this.kind = kind;
        }

        public @Nullable LocalTime getOpens() {
            return opens;
        }

        public void setOpens(@Nullable @DateTimeFormat(pattern = "HH:mm") LocalTime opens) {
            this.opens = opens;
        }

        public @Nullable LocalTime getBreakStarts() {
            return breakStarts;
        }

        public void setBreakStarts(@Nullable @DateTimeFormat(pattern = "HH:mm") LocalTime breakStarts) {
            this.breakStarts = breakStarts;
        }

        public @Nullable LocalTime getBreakEnds() {
            return breakEnds;
        }

        public void setBreakEnds(@Nullable @DateTimeFormat(pattern = "HH:mm") LocalTime breakEnds) {
            this.breakEnds = breakEnds;
        }

        public @Nullable LocalTime getCloses() {
            return closes;
        }

        public void setCloses(@Nullable @DateTimeFormat(pattern = "HH:mm") LocalTime closes) {
            this.closes = closes;
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
