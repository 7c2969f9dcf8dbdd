package id.alur.portal;

import static id.alur.platform.AccessRule.Outcome.ALLOWED;
import static id.alur.platform.AccessRule.Outcome.NOT_FOUND;

import id.alur.platform.AccessRoutes;
import id.alur.platform.AccessRule;
import java.util.List;

/** The public status page: everyone, signed in or not; a number that does not exist answers 404 to all alike. */
class PortalAccessRoutes implements AccessRoutes {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                AccessRule.get("/publik/status").expect(ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
                AccessRule.post("/publik/status")
                        .param("trackingNumber", "ALR-2026-0000AA")
                        .param("nikLast4", "0000")
                        .expect(NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND));
    }
}
