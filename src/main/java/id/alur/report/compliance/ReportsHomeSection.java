package id.alur.report.compliance;

import id.alur.office.OfficeService;
import id.alur.platform.AlurUser;
import id.alur.platform.HomeSection;
import id.alur.report.ReportReaders;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The reports on the home page of those who read them ({@link ReportReaders}): the office's head and administrators,
 * and the system administrator while working in an office.
 */
@Component
class ReportsHomeSection implements HomeSection {

    private final ReportReaders access;
    private final OfficeService offices;

    ReportsHomeSection(ReportReaders access, OfficeService offices) {
        this.access = access;
        this.offices = offices;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String template() {
        return "report/home-reports";
    }

    @Override
    public boolean addTo(Model model, AlurUser user) {
        String office = user.officeCode();
        if (office == null || offices.findOffice(office).isEmpty()) {
            return false;
        }
        if (!access.mayViewCurrentOffice()) {
            return false;
        }
        model.addAttribute("reportOffice", office);
        return true;
    }
}
