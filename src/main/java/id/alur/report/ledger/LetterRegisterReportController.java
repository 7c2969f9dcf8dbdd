package id.alur.report.ledger;

import id.alur.letter.LetterKind;
import id.alur.letter.LetterService;
import id.alur.letter.RegisterPeriod;
import id.alur.platform.AlurUser;
import id.alur.platform.InvalidInputException;
import id.alur.platform.Role;
import id.alur.report.ReportReaders;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The register of outgoing letters (buku agenda surat keluar) as a report of the office, beside the buku kendali (issue
 * 13 item 3): the page and its XLSX, for the office's head and administrators and the system administrator
 * ({@link ReportReaders}). The letters come from the letter module's register; the period is read as the buku kendali
 * reads it (the office's current month unless dates are given, bad dates 422 naming the field).
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_ADMIN', 'OFFICER')")
class LetterRegisterReportController {

    static final String BASE = "/laporan/{office}/agenda-surat";

    private final ReportReaders access;
    private final LedgerService ledgers;
    private final LetterService letters;
    private final MessageSource messages;

    LetterRegisterReportController(
            ReportReaders access, LedgerService ledgers, LetterService letters, MessageSource messages) {
        this.access = access;
        this.ledgers = ledgers;
        this.letters = letters;
        this.messages = messages;
    }

    @GetMapping(BASE)
    ModelAndView page(
            @PathVariable String office,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String kind,
            Locale locale) {
        access.requireReports(office);
        var view = new ModelAndView("report/letter-register");
        view.addObject("office", office);
        view.addObject("from", from);
        view.addObject("to", to);
        view.addObject("kind", kind);
        view.addObject("kinds", LetterKind.values());
        // The letter's own page (where it is revoked) is in the letter administration, for administrators only.
        AlurUser user = AlurUser.current().orElseThrow();
        view.addObject("letterAdmin", user.hasRole(Role.ADMIN) || user.hasRole(Role.OFFICE_ADMIN));
        try {
            RegisterPeriod period = period(office, from, to);
            LetterKind letterKind = kind(kind);
            view.addObject("entries", letters.register(office, period, letterKind));
            view.addObject("from", period.from().toString());
            view.addObject("to", period.to().toString());
            view.addObject("kind", letterKind == null ? "" : letterKind.slug());
            view.addObject("errors", List.of());
        } catch (InvalidInputException e) {
            view.addObject("entries", null);
            view.addObject("errors", e.messages(messages, locale));
            view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return view;
    }

    @GetMapping(BASE + ".xlsx")
    ResponseEntity<byte[]> xlsx(
            @PathVariable String office,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String kind,
            Locale locale) {
        access.requireReports(office);
        RegisterPeriod period = period(office, from, to);
        byte[] xlsx = letters.registerWorkbook(office, period, kind(kind), locale);
        String name = LetterService.registerFileName(office, period);
        return ResponseEntity.ok()
                .contentType(LedgerController.XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(xlsx);
    }

    private RegisterPeriod period(String office, @Nullable String from, @Nullable String to) {
        LocalDate[] period = ledgers.period(office, from, to);
        return new RegisterPeriod(period[0], period[1]);
    }

    private static @Nullable LetterKind kind(@Nullable String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return LetterKind.ofSlug(kind.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "report.register.badKind", kind.strip());
        }
    }
}
