package id.alur.report;

import static id.alur.platform.AccessRule.Outcome.ALLOWED;
import static id.alur.platform.AccessRule.Outcome.FORBIDDEN;
import static id.alur.platform.AccessRule.Outcome.LOGIN;
import static id.alur.platform.AccessRule.Outcome.NOT_FOUND;

import id.alur.platform.AccessRoutes;
import id.alur.platform.AccessRule;
import id.alur.platform.AccessRule.Outcome;
import java.util.ArrayList;
import java.util.List;

/**
 * The report routes in the authorization matrix: an office's reports are for the system administrator, the office's
 * administrators and its head (the matrix's OFFICER is a kepala, the office's first rank); the outside party is
 * refused; another office's users get 404.
 */
class ReportAccessRoutes implements AccessRoutes {

    /** ANONYMOUS, ADMIN, OFFICE_ADMIN, OFFICE_ADMIN_OTHER, OFFICER, OFFICER_OTHER, OUTSIDE_PARTY. */
    static final Outcome[] OFFICE_REPORTS = {LOGIN, ALLOWED, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND, FORBIDDEN};

    /** The menu of one's own office: the other office's admin and head see their own office's. */
    static final Outcome[] MENU = {LOGIN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, FORBIDDEN};

    @Override
    public List<AccessRule> rules() {
        var rules = new ArrayList<AccessRule>();
        rules.add(AccessRule.get("/laporan").expect(MENU));
        rules.add(AccessRule.get("/laporan/{office}/dasbor").expect(OFFICE_REPORTS));
        for (String suffix : List.of("", ".pdf", ".xlsx")) {
            rules.add(AccessRule.get("/laporan/{office}/bulanan" + suffix).expect(OFFICE_REPORTS));
        }
        for (String suffix : List.of("", ".pdf", ".xlsx", ".csv")) {
            rules.add(AccessRule.get("/laporan/{office}/buku-kendali" + suffix).expect(OFFICE_REPORTS));
        }
        for (String suffix : List.of("", ".xlsx")) {
            rules.add(AccessRule.get("/laporan/{office}/agenda-surat" + suffix).expect(OFFICE_REPORTS));
        }
        return rules;
    }
}
