package id.alur.casework;

import id.alur.office.CurrentOfficer;
import id.alur.office.OfficeService;
import id.alur.platform.MenuItem;
import org.springframework.stereotype.Component;

/**
 * "Permohonan baru" in the navigation and on the home page: only for an officer acting in a position the office marked
 * "Petugas loket" (issue 12 item 9), since the intake page refuses everyone else with 403 — a Kasi or a Kepala Dinas
 * is not offered a link that shuts in their face.
 */
@Component
class IntakeMenuItem implements MenuItem {

    private final OfficeService offices;

    IntakeMenuItem(OfficeService offices) {
        this.offices = offices;
    }

    @Override
    public String name() {
        return "new-permohonan";
    }

    @Override
    public boolean visible() {
        return offices.currentOfficer().map(CurrentOfficer::atFrontDesk).orElse(false);
    }
}
