package id.alur.office;

import id.alur.platform.AlurUser;
import id.alur.platform.Flash;
import id.alur.platform.InvalidInputException;
import id.alur.platform.PdfFonts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The data subject's access at {@code /admin/subjek-data} (UU 27/2022 Pasal 32, issue 14 item 4): an administrator
 * types the person's NIK and downloads everything held about them and its processing, as PDF or JSON
 * ({@link DataSubjectAccess}). The NIK travels in a POST body, not in a URL that access logs keep. The page also
 * keeps the register of requests ({@link DataSubjectRequests}: each with its 3 × 24-hour due time, the late ones
 * marked), which a download for the person's NIK answers.
 */
@Controller
class DataSubjectController {

    static final String PAGE = "office/admin/data-subject";

    /** The requests the page lists, newest first. */
    static final int LISTED = 200;

    private final DataSubjectAccess access;
    private final DataSubjectRequests requests;
    private final AuditReadings readings;
    private final Offices offices;
    private final ResourceOfficeGuard guard;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final PdfFonts fonts = new PdfFonts("DejaVu Sans", "fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf", 1);

    DataSubjectController(
            DataSubjectAccess access,
            DataSubjectRequests requests,
            AuditReadings readings,
            Offices offices,
            ResourceOfficeGuard guard,
            ITemplateEngine templates,
            MessageSource messages) {
        this.access = access;
        this.requests = requests;
        this.readings = readings;
        this.offices = offices;
        this.guard = guard;
        this.templates = templates;
        this.messages = messages;
    }

    @GetMapping("/admin/subjek-data")
    ModelAndView page() {
        return form(null, List.of(), HttpStatus.OK);
    }

    /**
     * Records a request in the register of an office the administrator reads; another office answers 404 (a probe on
     * record), a bad field 422 naming it with the form as typed.
     */
    @PostMapping("/admin/subjek-data/permintaan")
    ModelAndView record(
            @RequestParam(required = false) @Nullable String officeCode,
            @RequestParam(required = false) @Nullable String requester,
            @RequestParam(required = false) @Nullable String nik,
            @RequestParam(required = false) @Nullable String channel,
            @RequestParam(required = false) @Nullable String receivedAt,
            Locale locale,
            RedirectAttributes redirect) {
        AlurUser admin = AlurUser.current().orElseThrow();
        String office = officeCode == null || officeCode.isBlank() ? admin.officeCode() : officeCode.strip();
        List<String> readable = readings.readableOffices();
        if (office == null || (readable != null && !readable.contains(office))) {
            guard.requireAdministrable(office == null ? "" : office, "data-subject-requests " + office);
        }
        OfficeView target = offices.office(office);
        try {
            var recorded = requests.record(target.code(), requester, nik, channel, receivedAt, target.zone());
            redirect.addFlashAttribute(
                    Flash.ATTRIBUTE,
                    Flash.success(
                            "office.dataSubject.request.recorded",
                            DataSubjectPage.DAY_TIME.format(recorded.dueAt().atZone(target.zone()))));
            return new ModelAndView("redirect:/admin/subjek-data");
        } catch (InvalidInputException e) {
            var view = form(null, List.of(), HttpStatus.UNPROCESSABLE_CONTENT);
            view.addObject("requestErrors", e.messages(messages, locale));
            view.addObject("request", new DataSubjectPage.Typed(office, requester, nik, channel, receivedAt));
            return view;
        }
    }

    @PostMapping("/admin/subjek-data.pdf")
    Object pdf(@RequestParam(required = false) @Nullable String nik, Locale locale) {
        try {
            var report = access.report(nik, "pdf", locale);
            var context = new Context(locale);
            context.setVariable("report", report);
            context.setVariable("zone", AlurUser.current().orElseThrow().zone());
            byte[] pdf = fonts.render(templates.process("office/admin/data-subject-pdf", context));
            return file(pdf, MediaType.APPLICATION_PDF, "pdf");
        } catch (InvalidInputException e) {
            return refused(nik, e, locale);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the data-subject report", e);
        }
    }

    @PostMapping("/admin/subjek-data.json")
    Object json(@RequestParam(required = false) @Nullable String nik, Locale locale) {
        try {
            return file(access.report(nik, "json", locale), MediaType.APPLICATION_JSON, "json");
        } catch (InvalidInputException e) {
            return refused(nik, e, locale);
        }
    }

    private ModelAndView refused(@Nullable String nik, InvalidInputException e, Locale locale) {
        List<String> errors = e.messages(messages, locale);
        return form(nik, errors, HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private ModelAndView form(@Nullable String nik, List<String> errors, HttpStatus status) {
        var view = new ModelAndView(PAGE);
        view.addObject("nik", nik);
        view.addObject("errors", errors);
        AlurUser admin = AlurUser.current().orElseThrow();
        List<String> readable = readings.readableOffices();
        view.addObject(
                "register",
                new DataSubjectPage(
                        requests.list(readable, LISTED),
                        offices.all().stream()
                                .filter(o -> readable == null || readable.contains(o.code()))
                                .toList(),
                        Instant.now(),
                        admin.zone()));
        view.addObject("request", new DataSubjectPage.Typed(admin.officeCode(), null, null, null, null));
        view.addObject("requestErrors", List.of());
        view.setStatus(status);
        return view;
    }

    private static <T> ResponseEntity<T> file(T body, MediaType type, String extension) {
        String name =
                "data-pribadi-" + LocalDate.now(AlurUser.current().orElseThrow().zone()) + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
