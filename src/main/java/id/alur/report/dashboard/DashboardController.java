package id.alur.report.dashboard;

import id.alur.office.OfficeService;
import id.alur.report.ReportMonth;
import id.alur.report.ReportReaders;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The head's dashboard of an office at {@code /laporan/{office}/dasbor?bulan=yyyy-MM} (the office's current month by
 * default), for those who read the office's reports ({@link ReportReaders}).
 */
@Controller
class DashboardController {

    private final ReportReaders access;
    private final Dashboard dashboard;
    private final OfficeService offices;
    private final Clock clock;

    DashboardController(ReportReaders access, Dashboard dashboard, OfficeService offices, ObjectProvider<Clock> clock) {
        this.access = access;
        this.dashboard = dashboard;
        this.offices = offices;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/laporan/{office}/dasbor")
    String dashboard(
            @PathVariable String office,
            @RequestParam(name = "bulan", required = false) @Nullable String month,
            Locale locale,
            Model model) {
        access.requireReports(office);
        YearMonth shown = ReportMonth.of(month, offices.today(office));
        model.addAttribute("office", offices.office(office));
        model.addAttribute("dashboard", dashboard.of(office, shown, clock.instant(), locale));
        return "report/dashboard";
    }
}
