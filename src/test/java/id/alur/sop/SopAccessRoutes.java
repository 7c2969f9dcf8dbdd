package id.alur.sop;

import static id.alur.platform.AccessRule.Outcome.ALLOWED;
import static id.alur.platform.AccessRule.Outcome.FORBIDDEN;
import static id.alur.platform.AccessRule.Outcome.LOGIN;
import static id.alur.platform.AccessRule.Outcome.NOT_FOUND;

import id.alur.platform.AccessFixture;
import id.alur.platform.AccessRoutes;
import id.alur.platform.AccessRule;
import id.alur.platform.AccessRule.Outcome;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/**
 * The SOP document pages in the authorization matrix: any signed-in user may read any office's SOP (SOPs are
 * public documents of the office; the page carries no personal data). The SOP editor: the system administrator and
 * the office's own administrator (another office's: 404).
 */
class SopAccessRoutes implements AccessRoutes {

    private static final String EDITOR = "/admin/offices/{office}/sop";

    /** ANONYMOUS, ADMIN, OFFICE_ADMIN, OFFICE_ADMIN_OTHER, OFFICER, OFFICER_OTHER, OUTSIDE_PARTY. */
    private static final Outcome[] OWN_OFFICE_ADMINS = {
        LOGIN, ALLOWED, ALLOWED, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN
    };

    @Override
    public Map<String, String> prepare(AccessFixture fixture, ApplicationContext context) {
        long id = context.getBean(SopService.class)
                .createDraft(
                        "uji-akses-" + UUID.randomUUID(),
                        "003-dinsos-kaltara.sop.yaml",
                        SopFormat.seedSource("dinsos-kaltara"))
                .id()
                .value();
        long draft = context.getBean(SopService.class)
                .createDraft(fixture.office(), "003-dinsos-kaltara.sop.yaml", SopFormat.seedSource("dinsos-kaltara"))
                .id()
                .value();
        return Map.of("sopVersion", Long.toString(id), "font", "DejaVuSans.ttf", "editorDraft", Long.toString(draft));
    }

    @Override
    public List<AccessRule> rules() {
        //                                   ANONYMOUS ADMIN  OFFICE_ADMIN OFFICE_ADMIN_OTHER OFFICER OFFICER_OTHER
        // OUTSIDE_PARTY
        return List.of(
                AccessRule.get("/sop/versi/{sopVersion}")
                        .expect(LOGIN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
                AccessRule.get("/sop/versi/{sopVersion}.pdf")
                        .expect(LOGIN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
                AccessRule.get("/sop/versi/{sopVersion}.bpmn")
                        .expect(LOGIN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
                AccessRule.get("/sop/dokumen/font/{font}")
                        .expect(LOGIN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
                AccessRule.get(EDITOR + "/baru").expect(OWN_OFFICE_ADMINS),
                AccessRule.post(EDITOR + "/baru").expect(OWN_OFFICE_ADMINS),
                AccessRule.post(EDITOR + "/pratinjau").expect(OWN_OFFICE_ADMINS),
                AccessRule.get(EDITOR + "/{editorDraft}/ubah").expect(OWN_OFFICE_ADMINS),
                AccessRule.post(EDITOR + "/{editorDraft}/ubah").expect(OWN_OFFICE_ADMINS));
    }
}
