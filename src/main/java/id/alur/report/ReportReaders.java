package id.alur.report;

import id.alur.office.CurrentOfficer;
import id.alur.office.OfficeService;
import id.alur.office.ResourceOfficeGuard;
import id.alur.platform.AlurUser;
import id.alur.platform.NotFoundException;
import id.alur.platform.Role;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees an office's reports (issue 13, "who sees what"): the system administrator any office, the office's
 * administrators, and its head — the officer holding (in their own right or as Plh/Plt) a position of the office's first
 * rank. Everyone else of the office is refused (403); another office's user gets 404, recorded as a cross-office probe.
 */
@Component
public class ReportReaders {

    private final OfficeService offices;
    private final ResourceOfficeGuard guard;

    ReportReaders(OfficeService offices, ResourceOfficeGuard guard) {
        this.offices = offices;
        this.guard = guard;
    }

    /**
     * Passes when the signed-in user may see this office's reports; returns the positions they act in there today (none
     * for an administrator), which decide what the reports disclose.
     */
    public Set<String> requireReports(String officeCode) {
        AlurUser user = AlurUser.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (user.hasRole(Role.ADMIN)) {
            if (offices.findOffice(officeCode).isEmpty()) {
                throw new NotFoundException("No office " + officeCode, "report.office.notFound");
            }
            return ownPositions(officeCode);
        }
        guard.requireOwnOffice(officeCode, "reports of office " + officeCode);
        if (user.hasRole(Role.OFFICE_ADMIN) || offices.currentOfficerHeads(officeCode)) {
            return ownPositions(officeCode);
        }
        throw new AccessDeniedException("reports of " + officeCode + " are for its head and administrators");
    }

    /** Whether the signed-in user sees any report of their current office (the menu shows "Laporan"). */
    public boolean mayViewCurrentOffice() {
        AlurUser user = AlurUser.current().orElse(null);
        if (user == null || user.officeCode() == null) {
            return user != null && user.hasRole(Role.ADMIN);
        }
        return user.hasRole(Role.ADMIN)
                || user.hasRole(Role.OFFICE_ADMIN)
                || offices.currentOfficerHeads(user.officeCode());
    }

    private Set<String> ownPositions(String officeCode) {
        return offices.currentOfficer()
                .filter(o -> officeCode.equals(o.officeCode()))
                .map(CurrentOfficer::positionCodes)
                .orElse(Set.of());
    }
}
