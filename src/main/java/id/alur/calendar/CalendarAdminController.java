package id.alur.calendar;

import id.alur.platform.Flash;
import id.alur.platform.Forms;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The national calendar in the system administration: the holidays and cuti bersama days of a year (list, add,
 * edit in place, remove, import a year from CSV) and a preview of what they mean for a step started now. National data applies to
 * every office, so only the system administrator keeps it.
 */
@Controller
@RequestMapping("/admin/kalender")
@PreAuthorize("hasRole('ADMIN')")
class CalendarAdminController {

    static final String PAGE = "calendar/admin-holidays";

    /** The preview is the national calendar: an office with no zone setting (WIB) and no exceptions of its own. */
    static final String NATIONAL = "nasional";

    private final WorkingCalendar calendar;
    private final Clock clock;

    CalendarAdminController(WorkingCalendar calendar, ObjectProvider<Clock> clock) {
        this.calendar = calendar;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** A holiday as the add form binds it. */
    public static final class HolidayForm {
        private @Nullable LocalDate date;
        private @Nullable String name;
        private @Nullable HolidayKind kind;
        private @Nullable String source;

        public @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate getDate() {
            return date;
        }

        public void setDate(@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
            this.date = date;
        }

        public @Nullable String getName() {
            return name;
        }

        public void setName(@Nullable String name) {
            this.name = name;
        }

        public @Nullable HolidayKind getKind() {
            return kind;
        }

        public void setKind(@Nullable HolidayKind kind) {
            this.kind = kind;
        }

        public @Nullable String getSource() {
            return source;
        }

        public void setSource(@Nullable String source) {
            this.source = source;
        }
    }

    /** The import form: the CSV file, named {@code file} like the field its errors are shown at. */
    public static final class ImportForm {
        private @Nullable MultipartFile file;

        String text() {
            try {
                return file == null ? "" : new String(file.getBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the uploaded CSV", e);
            }
        }

        public @Nullable MultipartFile getFile() {
            return file;
        }

        public void setFile(@Nullable MultipartFile file) {
            this.file = file;
        }
    }

    /** A 1 hari and a 1 jam step started now, on the national calendar. */
    public record Preview(Instant now, Instant oneDay, Instant oneHour) {

        /** When a 1 hari and a 1 jam step started now at {@code office} fall due (both calendar pages show it). */
        static Preview of(WorkingCalendar calendar, String office, Instant now) {
            return new Preview(
                    now,
                    calendar.dueAt(office, now, 1, ChronoUnit.DAYS, TimeBasis.WORKING),
                    calendar.dueAt(office, now, 1, ChronoUnit.HOURS, TimeBasis.WORKING));
        }
    }

    @ModelAttribute("form")
    HolidayForm form() {
        return new HolidayForm();
    }

    @ModelAttribute("importForm")
    ImportForm importForm() {
        return new ImportForm();
    }

    /**
     * The year's page; with {@code ubah} the form edits that holiday of the year in place (an id not in the year is
     * 404).
     */
    @GetMapping
    String page(
            @RequestParam(name = "tahun", required = false) @Nullable Integer year,
            @RequestParam(name = "ubah", required = false) @Nullable Long editing,
            Model model) {
        int shown = year == null
                ? LocalDate.now(clock.withZone(WorkingCalendar.DEFAULT_ZONE)).getYear()
                : year;
        show(model, shown);
        if (editing != null) {
            var holiday = calendar.holidays(shown).stream()
                    .filter(h -> h.id().value() == editing)
                    .findFirst()
                    .orElseThrow(() -> new CalendarEntryNotFoundException("calendar.holiday.notFound", editing));
            var form = new HolidayForm();
            form.setDate(holiday.date());
            form.setName(holiday.name());
            form.setKind(holiday.kind());
            form.setSource(holiday.source());
            model.addAttribute("form", form);
            model.addAttribute("editing", editing);
        }
        return PAGE;
    }

    /** Changes a holiday in place; a bad field answers 422 on the page with the form still editing it. */
    @PostMapping("/libur/{holiday}")
    String update(
            @PathVariable long holiday,
            @ModelAttribute("form") HolidayForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        LocalDate date = form.getDate();
        show(
                model,
                date == null
                        ? LocalDate.now(clock.withZone(WorkingCalendar.DEFAULT_ZONE))
                                .getYear()
                        : date.getYear());
        model.addAttribute("editing", holiday);
        return Forms.submit(binding, response, PAGE, () -> {
            var changed = calendar.updateHoliday(
                    new HolidayId(holiday), date, form.getName(), form.getKind(), form.getSource());
            redirect.addFlashAttribute(
                    Flash.ATTRIBUTE, Flash.success("calendar.admin.holiday.changed", changed.name(), changed.date()));
            return "redirect:/admin/kalender?tahun=" + changed.date().getYear();
        });
    }

    @PostMapping("/libur")
    String add(
            @ModelAttribute("form") HolidayForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        LocalDate date = form.getDate();
        show(
                model,
                date == null
                        ? LocalDate.now(clock.withZone(WorkingCalendar.DEFAULT_ZONE))
                                .getYear()
                        : date.getYear());
        return Forms.submit(binding, response, PAGE, () -> {
            var holiday = calendar.addHoliday(date, form.getName(), form.getKind(), form.getSource());
            redirect.addFlashAttribute(
                    Flash.ATTRIBUTE, Flash.success("calendar.admin.holiday.added", holiday.name(), holiday.date()));
            return "redirect:/admin/kalender?tahun=" + holiday.date().getYear();
        });
    }

    @PostMapping("/libur/{holiday}/hapus")
    String remove(@PathVariable long holiday, @RequestParam(name = "tahun") int year, RedirectAttributes redirect) {
        calendar.removeHoliday(new HolidayId(holiday));
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("calendar.admin.holiday.removed"));
        return "redirect:/admin/kalender?tahun=" + year;
    }

    /** The year's decree (SKB 3 Menteri) and whether its list is still provisional. */
    @PostMapping("/tahun")
    String holidayYear(
            @RequestParam(name = "tahun") int year,
            @RequestParam(name = "source", required = false) @Nullable String source,
            @RequestParam(name = "provisional", defaultValue = "false") boolean provisional,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            calendar.setHolidayYear(year, source, provisional);
        } catch (InvalidCalendarDataException e) {
            show(model, year);
            response.setStatus(422);
            model.addAttribute("yearProblem", e.problems().getFirst());
            return PAGE;
        }
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("calendar.admin.holidayYear.saved", year));
        return "redirect:/admin/kalender?tahun=" + year;
    }

    @PostMapping("/impor")
    String importYear(
            @ModelAttribute("importForm") ImportForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        show(model, LocalDate.now(clock.withZone(WorkingCalendar.DEFAULT_ZONE)).getYear());
        return Forms.submit(binding, response, PAGE, () -> {
            List<HolidayView> added = calendar.importHolidays(form.text());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("calendar.admin.imported", added.size()));
            return "redirect:/admin/kalender?tahun=" + added.getFirst().date().getYear();
        });
    }

    private void show(Model model, int year) {
        Instant now = clock.instant();
        model.addAttribute("year", year);
        model.addAttribute("holidays", calendar.holidays(year));
        model.addAttribute(
                "holidayYear",
                calendar.holidayYears().stream()
                        .filter(y -> y.year() == year)
                        .findFirst()
                        .orElse(null));
        model.addAttribute("kinds", HolidayKind.values());
        model.addAttribute("zone", WorkingCalendar.DEFAULT_ZONE);
        model.addAttribute("preview", Preview.of(calendar, NATIONAL, now));
    }
}
