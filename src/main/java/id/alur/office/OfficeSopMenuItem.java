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
                .filter(officer -> officer.officeCode() != null)
                .map(officer -> {
                    int first = offices.positions(officer.officeCode()).stream()
                            .filter(p -> !p.outsideParty())
                            .mapToInt(PositionView::rankOrder)
                            .min()
                            .orElse(Integer.MAX_VALUE);
                    return officer.positions().stream()
                            .anyMatch(p -> p.officeCode().equals(officer.officeCode())
                                    && p.rankOrder() == first
                                    && !p.outsideParty());
                })
                .orElse(false);
    }
}
