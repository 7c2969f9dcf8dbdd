package id.alur.office;

import id.alur.platform.MenuItem;
import org.springframework.stereotype.Component;

/**
 * "SOP kantor" on the home page of the office's head (issue 12 item 1): the officer holding (in their own right or as
 * Plh/Plt) a position of the office's first rank gets the link to the office's SOP section to read
 * ({@code /sop/kantor/{office}}); administrators have the section itself.
 */
@Component
class OfficeSopMenuItem implements MenuItem {

    private final OfficeService offices;

    OfficeSopMenuItem(OfficeService offices) {
        this.offices = offices;
    }

    @Override
    public String name() {
        return "office-sop";
    }

    @Override
    public boolean visible() {
        return offices.currentOfficer()
                .map(CurrentOfficer::officeCode)
                .filter(officeCode -> officeCode != null)
                .map(offices::currentOfficerHeads)
                .orElse(false);
    }
}
