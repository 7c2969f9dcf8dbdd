package id.alur.report.compliance;

import id.alur.office.OfficeService;
import id.alur.office.PositionView;
import id.alur.office.ResourceOfficeGuard;
import id.alur.platform.AlurUser;
import id.alur.platform.Role;
import java.util.OptionalInt;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who reads an office's reports (issue 13 item 8): the system administrator for any office, the office's
 * administrators, and its head, who holds (in own right or as Plh/Plt) the office's highest-ranked position that is not
 * an outside party's. Another office's reports are 404 (office isolation), the office's other officers and outside
 * parties get 403.
 */
@Component
public class ReportAccess {

    private final ResourceOfficeGuard guard;
    private final OfficeService offices;

    ReportAccess(ResourceOfficeGuard guard, OfficeService offices) {
        this.guard = guard;
        this.offices = offices;
    }

    /** Passes when the signed-in user may read the office's reports; else 404 (other office) or 403. */
    public void requireReader(String officeCode) {
        AlurUser user = AlurUser.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (user.hasRole(Role.ADMIN)) {
            offices.office(officeCode);
            return;
        }
        guard.requireOwnOffice(officeCode, "reports " + officeCode);
        if (!user.hasRole(Role.OFFICE_ADMIN) && !isHead(user.username(), officeCode)) {
            throw new AccessDeniedException("Reports of office " + officeCode + " are for its head and administrators");
        }
    }

    boolean isHead(String username, String officeCode) {
        OptionalInt top = offices.positions(officeCode).stream()
                .filter(p -> !p.outsideParty())
                .mapToInt(PositionView::rankOrder)
                .min();
        return top.isPresent()
                && offices.actingPositions(username, offices.today(officeCode)).stream()
                        .anyMatch(p -> p.officeCode().equals(officeCode)
                                && !p.outsideParty()
                                && p.rankOrder() == top.getAsInt());
    }
}
