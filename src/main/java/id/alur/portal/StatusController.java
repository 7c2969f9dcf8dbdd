package id.alur.portal;

import id.alur.casework.PermohonanService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public status page: anyone with a receipt follows their permohonan by its tracking number and the last four
 * digits of the NIK, without logging in. It shows the service and where it stands, no personal data. Look-ups are
 * rate-limited per client address and, for look-ups that find nothing, per tracking number (issue 14 item 8: guessing
 * the four digits from many addresses), and posted so the NIK digits stay out of URLs and access logs.
 */
@Controller
class StatusController {

    private final PermohonanService permohonan;
    private final LookupRateLimit rateLimit;
    private final LookupRateLimit failedPerTrackingNumber;

    StatusController(
            PermohonanService permohonan,
            @Qualifier("statusLookupRateLimit") LookupRateLimit rateLimit,
            @Qualifier("failedLookupsPerTrackingNumber") LookupRateLimit failedPerTrackingNumber) {
        this.permohonan = permohonan;
        this.rateLimit = rateLimit;
        this.failedPerTrackingNumber = failedPerTrackingNumber;
    }

    @GetMapping("/publik/status")
    String form(Model model) {
        model.addAttribute("trackingNumber", "");
        return "portal/status";
    }

    @PostMapping("/publik/status")
    String lookUp(
            @RequestParam(required = false) String trackingNumber,
            @RequestParam(required = false) String nikLast4,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("trackingNumber", trackingNumber == null ? "" : trackingNumber.strip());
        if (!rateLimit.tryAcquire(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", "60");
            model.addAttribute("problemKey", "portal.status.tooMany");
            return "portal/status";
        }
        if (trackingNumber == null
                || trackingNumber.isBlank()
                || nikLast4 == null
                || !nikLast4.strip().matches("\\d{4}")) {
            response.setStatus(422);
            model.addAttribute("problemKey", "portal.status.bothRequired");
            return "portal/status";
        }
        String numberKey = trackingNumber.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
        if (!failedPerTrackingNumber.hasTokens(numberKey)) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", Long.toString(failedPerTrackingNumber.secondsPerToken()));
            model.addAttribute("problemKey", "portal.status.tooManyForNumber");
            return "portal/status";
        }
        var status = permohonan.publicStatus(trackingNumber, nikLast4.strip());
        if (status.isEmpty()) {
            failedPerTrackingNumber.consume(numberKey);
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("problemKey", "portal.status.notFound");
            return "portal/status";
        }
        model.addAttribute("status", status.get());
        model.addAttribute("zone", status.get().zone());
        return "portal/status";
    }
}
