package id.alur.report.ledger;

import id.alur.platform.AuditEvent;
import id.alur.platform.AuditTrail;
import id.alur.platform.InvalidInputException;
import id.alur.report.ReportReaders;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The buku kendali permohonan of an office per period: the page (paged, {@link LedgerService#PAGE_SIZE} rows), and the
 * whole period's rows as A4 landscape PDF, XLSX and CSV.
 * For the office's head and administrators and the system administrator ({@link ReportReaders}).
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_ADMIN', 'OFFICER')")
class LedgerController {

    static final String BASE = "/laporan/{office}/buku-kendali";
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final ReportReaders access;
    private final LedgerService ledgers;
    private final LedgerExports exports;
    private final MessageSource messages;
    private final AuditTrail audit;

    LedgerController(
            ReportReaders access,
            LedgerService ledgers,
            LedgerExports exports,
            MessageSource messages,
            AuditTrail audit) {
        this.audit = audit;
        this.access = access;
        this.ledgers = ledgers;
        this.exports = exports;
        this.messages = messages;
    }

    @GetMapping(BASE)
    ModelAndView page(
            @PathVariable String office,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String page,
            Locale locale) {
        var positions = access.requireReports(office);
        var view = new ModelAndView("report/ledger");
        view.addObject("office", office);
        view.addObject("from", from);
        view.addObject("to", to);
        view.addObject("headers", exports.headers(locale));
        try {
            LocalDate[] period = ledgers.period(office, from, to);
            var shown = ledgers.page(office, period[0], period[1], LedgerService.pageNumber(page), positions, locale);
            view.addObject("ledger", shown.ledger());
            view.addObject("paging", shown);
            view.addObject("from", period[0].toString());
            view.addObject("to", period[1].toString());
            view.addObject("errors", List.of());
        } catch (InvalidInputException e) {
            view.addObject("ledger", null);
            view.addObject("errors", e.messages(messages, locale));
            view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return view;
    }

    @GetMapping(BASE + ".pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable String office,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Locale locale) {
        var ledger = ledger(office, from, to, locale);
        return file(exports.pdf(ledger, locale), MediaType.APPLICATION_PDF, ledger, "pdf");
    }

    @GetMapping(BASE + ".xlsx")
    ResponseEntity<byte[]> xlsx(
            @PathVariable String office,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Locale locale) {
        var ledger = ledger(office, from, to, locale);
        return file(exports.xlsx(ledger, locale), XLSX, ledger, "xlsx");
    }

    @GetMapping(BASE + ".csv")
    ResponseEntity<byte[]> csv(
            @PathVariable String office,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Locale locale) {
        var ledger = ledger(office, from, to, locale);
        return file(exports.csv(ledger, locale), CSV, ledger, "csv");
    }

    private Ledger ledger(String office, String from, String to, Locale locale) {
        var positions = access.requireReports(office);
        LocalDate[] period = ledgers.period(office, from, to);
        return ledgers.ledger(office, period[0], period[1], positions, locale);
    }

    private ResponseEntity<byte[]> file(byte[] body, MediaType type, Ledger ledger, String extension) {
        String name = "buku-kendali-" + ledger.officeCode() + "-" + ledger.from() + "-" + ledger.to() + "." + extension;
        // The buku kendali lists applicants by name: a copy of personal data leaving the system (UU 27/2022).
        audit.record(AuditEvent.exported("ledger", name)
                .inOffice(ledger.officeCode())
                .detail(ledger.from() + ".." + ledger.to()));
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
