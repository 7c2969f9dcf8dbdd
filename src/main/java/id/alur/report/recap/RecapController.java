package id.alur.report.recap;

import id.alur.office.OfficeService;
import id.alur.platform.AuditEvent;
import id.alur.platform.AuditTrail;
import id.alur.report.ReportMonth;
import id.alur.report.ReportReaders;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The monthly recap of an office at {@code /laporan/{office}/bulanan?bulan=yyyy-MM}: the page, the PDF ready to sign
 * and the XLSX, for those who read the office's reports ({@link ReportReaders}).
 */
@Controller
class RecapController {

    static final String BASE = "/laporan/{office}/bulanan";
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReportReaders access;
    private final MonthlyRecap recaps;
    private final RecapExports exports;
    private final OfficeService offices;
    private final AuditTrail audit;

    RecapController(
            ReportReaders access, MonthlyRecap recaps, RecapExports exports, OfficeService offices, AuditTrail audit) {
        this.audit = audit;
        this.access = access;
        this.recaps = recaps;
        this.exports = exports;
        this.offices = offices;
    }

    @GetMapping(BASE)
    String page(
            @PathVariable String office,
            @RequestParam(name = "bulan", required = false) @Nullable String month,
            Model model) {
        model.addAttribute("recap", recap(office, month));
        return "report/recap";
    }

    @GetMapping(BASE + ".pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable String office,
            @RequestParam(name = "bulan", required = false) @Nullable String month,
            Locale locale) {
        var recap = recap(office, month);
        return file(exports.pdf(recap, locale), MediaType.APPLICATION_PDF, recap, "pdf");
    }

    @GetMapping(BASE + ".xlsx")
    ResponseEntity<byte[]> xlsx(
            @PathVariable String office,
            @RequestParam(name = "bulan", required = false) @Nullable String month,
            Locale locale) {
        var recap = recap(office, month);
        return file(exports.xlsx(recap, locale), XLSX, recap, "xlsx");
    }

    private MonthlyRecap.Figures recap(String office, @Nullable String month) {
        access.requireReports(office);
        return recaps.of(office, ReportMonth.of(month, offices.today(office)));
    }

    private ResponseEntity<byte[]> file(byte[] body, MediaType type, MonthlyRecap.Figures recap, String extension) {
        String name = "laporan-bulanan-" + recap.office().code() + "-" + recap.month() + "." + extension;
        audit.record(AuditEvent.exported("recap", name)
                .inOffice(recap.office().code())
                .detail(String.valueOf(recap.month())));
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
