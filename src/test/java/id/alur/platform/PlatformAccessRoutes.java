package id.alur.platform;

import static id.alur.platform.AccessRule.Outcome.ALLOWED;
import static id.alur.platform.AccessRule.Outcome.LOGIN;

import java.util.List;

/** The platform's pages in the authorization matrix. */
class PlatformAccessRoutes implements AccessRoutes {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                //                  ANONYMOUS ADMIN    OFFICE_ADMIN OFFICE_ADMIN_OTHER OFFICER  OFFICER_OTHER
                // OUTSIDE_PARTY
                AccessRule.get("/").expect(LOGIN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
                AccessRule.get("/profil").expect(LOGIN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
                AccessRule.get("/login").expect(ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED));
    }
}
