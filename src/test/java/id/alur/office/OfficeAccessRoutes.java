package id.alur.office;

import static id.alur.platform.AccessRule.Outcome.ALLOWED;
import static id.alur.platform.AccessRule.Outcome.FORBIDDEN;
import static id.alur.platform.AccessRule.Outcome.LOGIN;
import static id.alur.platform.AccessRule.Outcome.NOT_FOUND;
import static id.alur.platform.AccessRule.Outcome.UNAUTHORIZED;

import id.alur.platform.AccessFixture;
import id.alur.platform.AccessRoutes;
import id.alur.platform.AccessRule;
import id.alur.platform.AccessRule.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * The office module's routes in the authorization matrix. Administration of an office: the system administrator
 * and that office's administrator; another office's administrator gets 404 (isolation), everyone else 403.
 */
class OfficeAccessRoutes implements AccessRoutes {

    /** ANONYMOUS, ADMIN, OFFICE_ADMIN, OFFICE_ADMIN_OTHER, OFFICER, OFFICER_OTHER, OUTSIDE_PARTY. */
    private static final Outcome[] OWN_OFFICE_ADMINS = {
        LOGIN, ALLOWED, ALLOWED, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN
    };

    private static final Outcome[] ANY_ADMIN = {LOGIN, ALLOWED, ALLOWED, ALLOWED, FORBIDDEN, FORBIDDEN, FORBIDDEN};
    private static final Outcome[] SYSTEM_ADMIN = {LOGIN, ALLOWED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN
    };

    @Override
    public Map<String, String> prepare(AccessFixture fixture, ApplicationContext context) {
        OfficeService offices = context.getBean(OfficeService.class);
        String member = fixture.data().user(fixture.office(), OfficeTestData.KABID);
        var today = offices.today(fixture.office());
        var delegation = offices.delegate(new NewDelegation(
                fixture.office(),
                OfficeTestData.KEPALA,
                fixture.officer(),
                member,
                DelegationKind.PLH,
                today.plusDays(1),
                today.plusDays(3),
                "Cuti tahunan"));
        long token = offices.issueApiToken(member, "matrix").id();
        return Map.of(
                "member",
                member,
                "position",
                OfficeTestData.KABID,
                "delegation",
                Long.toString(delegation.id().value()),
                "token",
                Long.toString(token));
    }

    @Override
    public List<AccessRule> rules() {
        var rules = new ArrayList<AccessRule>();
        rules.add(AccessRule.post("/office/switch")
                .param("officeCode", "{office}")
                //       ANONYMOUS ADMIN  OFFICE_ADMIN OFFICE_ADMIN_OTHER OFFICER OFFICER_OTHER OUTSIDE_PARTY
                .expect(LOGIN, ALLOWED, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND, ALLOWED));

        // The own password (profile page): every signed-in user; the empty form answers 422 (ALLOWED).
        rules.add(AccessRule.post("/profil/password")
                .expect(LOGIN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED));
        rules.add(AccessRule.get("/admin").expect(ANY_ADMIN));
        rules.add(AccessRule.get("/admin/offices").expect(ANY_ADMIN));
        rules.add(AccessRule.get("/admin/offices/new").expect(SYSTEM_ADMIN));
        rules.add(AccessRule.post("/admin/offices").expect(SYSTEM_ADMIN));
        rules.add(AccessRule.get("/admin/offices/{office}").expect(OWN_OFFICE_ADMINS));
        rules.add(AccessRule.post("/admin/offices/{office}").expect(OWN_OFFICE_ADMINS));
        rules.add(AccessRule.get("/admin/offices/{office}/positions/new").expect(OWN_OFFICE_ADMINS));
        rules.add(AccessRule.post("/admin/offices/{office}/positions").expect(OWN_OFFICE_ADMINS));
        rules.add(AccessRule.get("/admin/offices/{office}/positions/{position}").expect(OWN_OFFICE_ADMINS));
        rules.add(
                AccessRule.post("/admin/offices/{office}/positions/{position}").expect(OWN_OFFICE_ADMINS));
        rules.add(AccessRule.get("/admin/offices/{office}/delegations").expect(OWN_OFFICE_ADMINS));
        rules.add(AccessRule.post("/admin/offices/{office}/delegations").expect(OWN_OFFICE_ADMINS));
        rules.add(AccessRule.post("/admin/offices/{office}/delegations/{delegation}/end")
                .expect(OWN_OFFICE_ADMINS));

        rules.add(AccessRule.get("/admin/users").expect(ANY_ADMIN));
        rules.add(AccessRule.get("/admin/users/new").expect(ANY_ADMIN));
        rules.add(AccessRule.post("/admin/users").expect(ANY_ADMIN));
        rules.add(AccessRule.get("/admin/users/{member}").expect(OWN_OFFICE_ADMINS));
        rules.add(AccessRule.post("/admin/users/{member}").expect(OWN_OFFICE_ADMINS));
        rules.add(AccessRule.post("/admin/users/{member}/password").expect(OWN_OFFICE_ADMINS));
        rules.add(AccessRule.post("/admin/users/{member}/login-throttle/lift").expect(OWN_OFFICE_ADMINS));
        rules.add(AccessRule.post("/admin/users/{member}/enabled")
                .param("enabled", "true")
                .expect(OWN_OFFICE_ADMINS));
        rules.add(AccessRule.post("/admin/users/{member}/memberships")
                .param("officeCode", "{office}")
                .param("positionCode", "{position}")
                .expect(OWN_OFFICE_ADMINS));
        rules.add(AccessRule.post("/admin/users/{member}/memberships/remove")
                .param("officeCode", "{office}")
                .param("positionCode", "{position}")
                .expect(OWN_OFFICE_ADMINS));
        rules.add(AccessRule.post("/admin/users/{member}/office-admin")
                .param("officeCode", "{office}")
                .param("grant", "true")
                .expect(SYSTEM_ADMIN));
        rules.add(AccessRule.post("/admin/users/{member}/system-admin")
                .param("admin", "false")
                .expect(SYSTEM_ADMIN));
        rules.add(AccessRule.post("/admin/users/{member}/tokens")
                .param("name", "integrasi")
                .expect(SYSTEM_ADMIN));
        rules.add(AccessRule.post("/admin/users/{member}/tokens/{token}/revoke").expect(SYSTEM_ADMIN));

        // The audit trail (issue 14 item 4): every administrator reads it, an office administrator only the offices
        // they administer (another office answers 404, a probe on record).
        rules.add(AccessRule.get("/admin/audit").expect(ANY_ADMIN));
        rules.add(AccessRule.get("/admin/audit").param("office", "{office}").expect(OWN_OFFICE_ADMINS));
        rules.add(
                AccessRule.get("/admin/audit.xlsx").param("office", "{office}").expect(OWN_OFFICE_ADMINS));
        // The data subject's access (UU 27/2022 Pasal 32): every administrator, for the offices they may read.
        rules.add(AccessRule.get("/admin/subjek-data").expect(ANY_ADMIN));
        rules.add(AccessRule.post("/admin/subjek-data.pdf")
                .param("nik", "3317015708850002")
                .expect(ANY_ADMIN));
        rules.add(AccessRule.post("/admin/subjek-data.json")
                .param("nik", "3317015708850002")
                .expect(ANY_ADMIN));
        // The register of data-subject requests: filed under an office the administrator reads; another is 404.
        rules.add(AccessRule.post("/admin/subjek-data/permintaan")
                .param("officeCode", "{office}")
                .param("requester", "Siti Aminah")
                .param("nik", "3317015708850002")
                .param("channel", "LOKET")
                .expect(OWN_OFFICE_ADMINS));
        rules.add(AccessRule.get("/api/audit")
                .expect(UNAUTHORIZED, ALLOWED, ALLOWED, ALLOWED, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        rules.add(AccessRule.get("/api/audit")
                .param("office", "{office}")
                .expect(UNAUTHORIZED, ALLOWED, ALLOWED, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN));

        // The register of data-subject requests through the API: as the page, another office 404 (a probe on record).
        rules.add(AccessRule.get("/api/data-subject-requests")
                .expect(UNAUTHORIZED, ALLOWED, ALLOWED, ALLOWED, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        rules.add(AccessRule.get("/api/data-subject-requests")
                .param("office", "{office}")
                .expect(UNAUTHORIZED, ALLOWED, ALLOWED, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN));

        //                                                   ANONYMOUS   ADMIN  OFFICE_ADMIN ..._OTHER OFFICER ..._OTHER
        // OUTSIDE_PARTY
        rules.add(AccessRule.get("/api/me").expect(UNAUTHORIZED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED));
        rules.add(AccessRule.get("/api/offices")
                .expect(UNAUTHORIZED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED));
        rules.add(AccessRule.get("/api/offices/{office}")
                .expect(UNAUTHORIZED, ALLOWED, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND, ALLOWED));
        return rules;
    }
}
