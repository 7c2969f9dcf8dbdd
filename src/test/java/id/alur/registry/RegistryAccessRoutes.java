package id.alur.registry;

import static id.alur.platform.AccessRule.Outcome.ALLOWED;
import static id.alur.platform.AccessRule.Outcome.FORBIDDEN;
import static id.alur.platform.AccessRule.Outcome.LOGIN;
import static id.alur.platform.AccessRule.Outcome.NOT_FOUND;

import id.alur.platform.AccessFixture;
import id.alur.platform.AccessRoutes;
import id.alur.platform.AccessRule;
import id.alur.platform.AccessRule.Outcome;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * The registry page and its imports: personal data of the whole region, so the system administrator and the office's
 * own administrator only (another office's: 404); officers and outside parties are kept out of {@code /admin/**}.
 */
class RegistryAccessRoutes implements AccessRoutes {

    /** ANONYMOUS, ADMIN, OFFICE_ADMIN, OFFICE_ADMIN_OTHER, OFFICER, OFFICER_OTHER, OUTSIDE_PARTY. */
    private static final Outcome[] OWN_OFFICE_ADMINS = {
        LOGIN, ALLOWED, ALLOWED, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN
    };

    @Override
    public Map<String, String> prepare(AccessFixture fixture, ApplicationContext context) {
        // a file with a bad row: committing it all-or-nothing is refused, so the matrix never imports it
        var csv = "NIK,NAMA,DESIL\n3317015708850002,Siti,3\n3317010101900001,Budi,11\n";
        var job = context.getBean(RegistryImports.class)
                .upload(
                        fixture.office(),
                        "DTSEN-matriks",
                        "matriks.csv",
                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                        "admin");
        return Map.of("job", job.id().toString());
    }

    @Override
    public List<AccessRule> rules() {
        String page = "/admin/offices/{office}/registri";
        return List.of(
                AccessRule.get(page).expect(OWN_OFFICE_ADMINS),
                AccessRule.post(page + "/sumber").expect(OWN_OFFICE_ADMINS),
                AccessRule.post(page + "/retensi").expect(OWN_OFFICE_ADMINS),
                AccessRule.get(page + "/kelayakan").expect(OWN_OFFICE_ADMINS),
                AccessRule.post(page + "/kelayakan").expect(OWN_OFFICE_ADMINS),
                AccessRule.post(page + "/impor").expect(OWN_OFFICE_ADMINS),
                AccessRule.get(page + "/impor/{job}").expect(OWN_OFFICE_ADMINS),
                AccessRule.get(page + "/impor/{job}/status").expect(OWN_OFFICE_ADMINS),
                AccessRule.post(page + "/impor/{job}/terapkan")
                        .param("mode", "ALL_OR_NOTHING")
                        .expect(OWN_OFFICE_ADMINS),
                AccessRule.get(page + "/impor/{job}/laporan.csv").expect(OWN_OFFICE_ADMINS));
    }
}
