package id.alur.letter;

import static id.alur.platform.AccessRule.Outcome.ALLOWED;
import static id.alur.platform.AccessRule.Outcome.FORBIDDEN;
import static id.alur.platform.AccessRule.Outcome.LOGIN;
import static id.alur.platform.AccessRule.Outcome.NOT_FOUND;
import static id.alur.platform.AccessRule.Outcome.UNAUTHORIZED;

import id.alur.platform.AccessFixture;
import id.alur.platform.AccessRoutes;
import id.alur.platform.AccessRule;
import id.alur.platform.AccessRule.Outcome;
import id.alur.sop.SopFormat;
import id.alur.sop.SopService;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * The letter routes in the authorization matrix: the public verification page for everyone; the letter
 * administration for the system administrator and the office's administrator (another office's: 404, others: 403);
 * a letter's PDF for the issuing office's people, the office copy not for an outside party.
 */
class LetterAccessRoutes implements AccessRoutes {

    /** ANONYMOUS, ADMIN, OFFICE_ADMIN, OFFICE_ADMIN_OTHER, OFFICER, OFFICER_OTHER, OUTSIDE_PARTY. */
    private static final Outcome[] EVERYONE = {ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED};

    private static final Outcome[] OWN_OFFICE_ADMINS = {
        LOGIN, ALLOWED, ALLOWED, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN
    };

    /** An outside party gets letters only of cases that reached its lane; the fixture's case never did. */
    private static final Outcome[] OWN_OFFICE_OUTSIDE_LANE = {
        LOGIN, NOT_FOUND, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND, NOT_FOUND
    };

    private static final Outcome[] OWN_OFFICE_INSIDE = {
        LOGIN, NOT_FOUND, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND, FORBIDDEN
    };

    private static final Outcome[] API_OWN_OFFICE_ADMINS = {
        UNAUTHORIZED, ALLOWED, ALLOWED, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN
    };

    @Override
    public Map<String, String> prepare(AccessFixture fixture, ApplicationContext context) {
        var letters = context.getBean(LetterService.class);
        var issuer = context.getBean(LetterIssuer.class);
        String office = fixture.office();
        letters.saveLetterhead(
                new LetterheadView(office, "Pemerintah Kabupaten Uji", "Dinas Sosial", null, null, "Uji", false, 0),
                "matrix");
        try {
            letters.uploadLogo(office, LetterServiceIntegrationTests.png(40, 40), "matrix");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        var setting = letters.saveSetting(
                new LetterSettingView(
                        null,
                        office,
                        "kis-surat-pengantar",
                        LetterKind.SURAT_PENGANTAR,
                        4,
                        4,
                        List.of(3),
                        "{seq}/{yyyy}",
                        null,
                        null,
                        null,
                        null,
                        null,
                        0),
                "matrix");
        long caseId = LetterIssuerIntegrationTests.CASES.incrementAndGet();
        var letter = issuer.issue(LetterIssuerIntegrationTests.order(
                caseId,
                office,
                LetterIssuerIntegrationTests.setting(office, "{seq}/{yyyy}"),
                Instant.parse("2025-08-12T02:00:00Z")));
        var sopVersion = context.getBean(SopService.class)
                .createDraft(office, "letter-outputs.sop.yaml", SopFormat.seedSource("dinsos-kaltara"));
        return Map.of(
                "outputVersion", Long.toString(sopVersion.id().value()),
                "sop", sopVersion.code(),
                "setting", Long.toString(setting.id()),
                "letter", Long.toString(letter.view().id().value()),
                "code", letter.view().verificationCode(),
                "case", Long.toString(caseId),
                "kind", LetterKind.TANDA_TERIMA.slug());
    }

    @Override
    public List<AccessRule> rules() {
        String admin = "/admin/offices/{office}/letters";
        return List.of(
                AccessRule.get("/publik/verifikasi").expect(EVERYONE),
                AccessRule.get("/publik/verifikasi/{code}").expect(EVERYONE),
                AccessRule.post("/publik/verifikasi/{code}").expect(EVERYONE),
                AccessRule.get(admin).expect(OWN_OFFICE_ADMINS),
                AccessRule.get(admin + "/settings/new").expect(OWN_OFFICE_ADMINS),
                AccessRule.get(admin + "/settings/{setting}").expect(OWN_OFFICE_ADMINS),
                AccessRule.post(admin + "/settings").expect(OWN_OFFICE_ADMINS),
                // The setting has a letter issued under it: an allowed removal is refused (422) and the setting stays.
                AccessRule.get(admin + "/settings/{setting}/remove").expect(OWN_OFFICE_ADMINS),
                AccessRule.post(admin + "/settings/{setting}/remove").expect(OWN_OFFICE_ADMINS),
                AccessRule.get("/api/offices/{office}/letter-settings").expect(API_OWN_OFFICE_ADMINS),
                AccessRule.delete("/api/offices/{office}/letter-settings/{setting}")
                        .expect(API_OWN_OFFICE_ADMINS),
                AccessRule.get(admin + "/outputs").expect(OWN_OFFICE_ADMINS),
                AccessRule.get(admin + "/outputs/{outputVersion}").expect(OWN_OFFICE_ADMINS),
                AccessRule.post(admin + "/outputs/{outputVersion}").expect(OWN_OFFICE_ADMINS),
                AccessRule.get("/api/offices/{office}/letter-outputs/{outputVersion}")
                        .expect(API_OWN_OFFICE_ADMINS),
                AccessRule.put("/api/offices/{office}/letter-outputs/{outputVersion}")
                        .expect(API_OWN_OFFICE_ADMINS),
                AccessRule.get(admin + "/letterhead").expect(OWN_OFFICE_ADMINS),
                AccessRule.post(admin + "/letterhead").expect(OWN_OFFICE_ADMINS),
                AccessRule.get(admin + "/letterhead/logo").expect(OWN_OFFICE_ADMINS),
                AccessRule.post(admin + "/letterhead/logo").expect(OWN_OFFICE_ADMINS),
                AccessRule.get(admin + "/templates/{kind}").expect(OWN_OFFICE_ADMINS),
                AccessRule.post(admin + "/templates/{kind}").expect(OWN_OFFICE_ADMINS),
                AccessRule.post(admin + "/templates/{kind}/preview").expect(OWN_OFFICE_ADMINS),
                // An SOP's own body: none is stored, so an allowed save or preview without a body is 422, a removal
                // 409.
                AccessRule.get(admin + "/templates/{kind}/sop/{sop}").expect(OWN_OFFICE_ADMINS),
                AccessRule.post(admin + "/templates/{kind}/sop/{sop}").expect(OWN_OFFICE_ADMINS),
                AccessRule.post(admin + "/templates/{kind}/sop/{sop}/preview").expect(OWN_OFFICE_ADMINS),
                AccessRule.post(admin + "/templates/{kind}/sop/{sop}/remove").expect(OWN_OFFICE_ADMINS),
                AccessRule.get("/api/offices/{office}/letter-templates/{kind}/sop/{sop}")
                        .expect(API_OWN_OFFICE_ADMINS),
                AccessRule.put("/api/offices/{office}/letter-templates/{kind}/sop/{sop}")
                        .expect(API_OWN_OFFICE_ADMINS),
                AccessRule.delete("/api/offices/{office}/letter-templates/{kind}/sop/{sop}")
                        .param("version", "0")
                        .expect(API_OWN_OFFICE_ADMINS),
                AccessRule.get("/api/offices/{office}/letter-templates").expect(API_OWN_OFFICE_ADMINS),
                AccessRule.get("/api/offices/{office}/letter-templates/{kind}").expect(API_OWN_OFFICE_ADMINS),
                AccessRule.put("/api/offices/{office}/letter-templates/{kind}").expect(API_OWN_OFFICE_ADMINS),
                AccessRule.get(admin + "/register").expect(OWN_OFFICE_ADMINS),
                AccessRule.get(admin + "/register.xlsx").expect(OWN_OFFICE_ADMINS),
                AccessRule.get(admin + "/{letter}").expect(OWN_OFFICE_ADMINS),
                AccessRule.post(admin + "/{letter}/revoke").expect(OWN_OFFICE_ADMINS),
                AccessRule.get("/letters/case/{case}").expect(OWN_OFFICE_OUTSIDE_LANE),
                AccessRule.get("/letters/{letter}/letter.pdf").expect(OWN_OFFICE_OUTSIDE_LANE),
                AccessRule.get("/letters/{letter}/office-copy.pdf").expect(OWN_OFFICE_INSIDE));
    }
}
