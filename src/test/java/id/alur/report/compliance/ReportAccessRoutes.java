package id.alur.report.compliance;

import static id.alur.platform.AccessRule.Outcome.ALLOWED;
import static id.alur.platform.AccessRule.Outcome.FORBIDDEN;
import static id.alur.platform.AccessRule.Outcome.LOGIN;
import static id.alur.platform.AccessRule.Outcome.NOT_FOUND;

import id.alur.platform.AccessRoutes;
import id.alur.platform.AccessRule;
import id.alur.platform.AccessRule.Outcome;
import java.util.List;

/**
 * The report routes in the authorization matrix: the system administrator for any office, the office's administrator
 * and head (the matrix's OFFICER is a kepala, the highest position); another office's people 404, the outside party
 * 403.
 */
class ReportAccessRoutes implements AccessRoutes {

    /** ANONYMOUS, ADMIN, OFFICE_ADMIN, OFFICE_ADMIN_OTHER, OFFICER, OFFICER_OTHER, OUTSIDE_PARTY. */
    static final Outcome[] READERS = {LOGIN, ALLOWED, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND, FORBIDDEN};

    @Override
    public List<AccessRule> rules() {
        return List.of(
                AccessRule.get("/laporan/{office}/kepatuhan").expect(READERS),
                AccessRule.get("/laporan/{office}/kepatuhan/terlambat").expect(READERS));
    }
}
