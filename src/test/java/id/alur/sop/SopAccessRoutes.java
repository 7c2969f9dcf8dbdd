package id.alur.sop;

import static id.alur.platform.AccessRule.Outcome.ALLOWED;
import static id.alur.platform.AccessRule.Outcome.LOGIN;

import id.alur.platform.AccessFixture;
import id.alur.platform.AccessRoutes;
import id.alur.platform.AccessRule;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/**
 * The SOP document pages in the authorization matrix: any signed-in user may read any office's SOP (SOPs are
 * public documents of the office; the page carries no personal data).
 */
class SopAccessRoutes implements AccessRoutes {

    @Override
    public Map<String, String> prepare(AccessFixture fixture, ApplicationContext context) {
        long id = context.getBean(SopService.class)
                .createDraft(
                        "uji-akses-" + UUID.randomUUID(),
                        "003-dinsos-kaltara.sop.yaml",
                        SopFormat.seedSource("dinsos-kaltara"))
                .id()
                .value();
        return Map.of("sopVersion", Long.toString(id), "font", "DejaVuSans.ttf");
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
                        .expect(LOGIN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED));
    }
}
