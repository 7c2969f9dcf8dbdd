package id.alur.report;

import id.alur.platform.MenuItem;
import org.springframework.stereotype.Component;

/** "Laporan" in the navigation and on the home page: for those who see a report of their office. */
@Component
class ReportsMenuItem implements MenuItem {

    private final ReportReaders access;

    ReportsMenuItem(ReportReaders access) {
        this.access = access;
    }

    @Override
    public String name() {
        return "reports";
    }

    @Override
    public boolean visible() {
        return access.mayViewCurrentOffice();
    }
}
