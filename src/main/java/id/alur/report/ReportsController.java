package id.alur.report;

import id.alur.platform.AlurUser;
import id.alur.platform.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "Laporan" menu: the reports of the office — the dashboard, the buku kendali permohonan, the register of outgoing
 * letters (buku agenda surat keluar), the monthly recap and the Mutu Baku compliance. The system administrator names
 * the office.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_ADMIN', 'OFFICER')")
class ReportsController {

    private final ReportReaders access;

    ReportsController(ReportReaders access) {
        this.access = access;
    }

    @GetMapping("/laporan")
    String reports(@RequestParam(required = false) String kantor, Model model) {
        AlurUser user = AlurUser.current().orElseThrow();
        if (kantor != null && !kantor.isBlank() && user.hasRole(Role.ADMIN)) {
            access.requireReports(kantor.strip());
            return "redirect:/laporan/" + kantor.strip() + "/buku-kendali";
        }
        if (!access.mayViewCurrentOffice()) {
            throw new AccessDeniedException("no report for " + user.getUsername());
        }
        model.addAttribute("reportOffice", user.officeCode());
        model.addAttribute("systemAdmin", user.hasRole(Role.ADMIN));
        return "report/index";
    }
}
