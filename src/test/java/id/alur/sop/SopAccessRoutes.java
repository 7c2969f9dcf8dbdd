package id.alur.sop;

import static id.alur.platform.AccessRule.Outcome.ALLOWED;
import static id.alur.platform.AccessRule.Outcome.FORBIDDEN;
import static id.alur.platform.AccessRule.Outcome.LOGIN;
import static id.alur.platform.AccessRule.Outcome.NOT_FOUND;
import static id.alur.platform.AccessRule.Outcome.UNAUTHORIZED;

import id.alur.letter.LetterKind;
import id.alur.letter.LetterService;
import id.alur.letter.LetterSettingView;
import id.alur.letter.ReadyToRun;
import id.alur.office.OfficeTestData;
import id.alur.platform.AccessFixture;
import id.alur.platform.AccessRoutes;
import id.alur.platform.AccessRule;
import id.alur.platform.AccessRule.Outcome;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * The SOP document pages in the authorization matrix: the people of the version's office (officers, outside parties,
 * its administrator) and the system administrator read it, drafts too; for another office's people it does not exist.
 * The read-only SOP section of an office likewise.
 * The SOP section of an office, its editor, the comparison of two versions and the API: its administrator and the
 * system administrator; another office's administrator 404.
 * The readiness of a version is for its office's administrators only (their token; the system administrator has no
 * office); another office's version is 404.
 */
class SopAccessRoutes implements AccessRoutes {

    private static final String EDITOR = "/admin/offices/{office}/sop";

    /** ANONYMOUS, ADMIN, OFFICE_ADMIN, OFFICE_ADMIN_OTHER, OFFICER, OFFICER_OTHER, OUTSIDE_PARTY. */
    /**
     * The report module's evaluation of a published version (linked from its page), here for the published version
     * this table prepares: the office's reports' readers (the matrix's OFFICER is a kepala), the outside party 403.
     */
    private static final Outcome[] REPORT_READERS = {LOGIN, ALLOWED, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND, FORBIDDEN};

    private static final Outcome[] OWN_OFFICE = {LOGIN, ALLOWED, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND, ALLOWED};

    private static final Outcome[] OWN_OFFICE_ADMINS = {
        LOGIN, ALLOWED, ALLOWED, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN
    };

    private static final Outcome[] API_OWN_OFFICE_ADMINS = {
        UNAUTHORIZED, ALLOWED, ALLOWED, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN
    };

    @Override
    public Map<String, String> prepare(AccessFixture fixture, ApplicationContext context) {
        var sops = context.getBean(SopService.class);
        long draft = sops.createDraft(
                        fixture.office(), "003-dinsos-kaltara.sop.yaml", SopFormat.seedSource("dinsos-kaltara"))
                .id()
                .value();
        // Ready to run in the fixture's office (every lane held, a Tanda Terima setting, a kop surat), so it may be
        // published.
        fixture.data().user(fixture.office(), OfficeTestData.KABID);
        fixture.data().user(fixture.office(), OfficeTestData.PETUGAS);
        context.getBean(LetterService.class)
                .saveSetting(
                        new LetterSettingView(
                                null,
                                fixture.office(),
                                "kis-uji-terbit",
                                LetterKind.TANDA_TERIMA,
                                1,
                                1,
                                List.of(),
                                "TT/{seq}/{yyyy}",
                                null,
                                null,
                                null,
                                null,
                                null,
                                0),
                        "test");
        ReadyToRun.letterhead(context.getBean(LetterService.class), fixture.office());
        var published = sops.createDraft(fixture.office(), "kis-uji-terbit.sop.yaml", readySopText());
        sops.publish(published.id());
        long apiDraft = sops.createDraft(
                        fixture.office(), "000-dinsosppkb-rembang.sop.yaml", SopFormat.seedSource("dinsosppkb-rembang"))
                .id()
                .value();
        long editorDraft = sops.createDraft(
                        fixture.office(), "003-dinsos-kaltara.sop.yaml", SopFormat.seedSource("dinsos-kaltara"))
                .id()
                .value();
        return Map.of(
                "editorDraft",
                Long.toString(editorDraft),
                "sopVersion",
                Long.toString(draft),
                "apiDraft",
                Long.toString(apiDraft),
                "publishedSopVersion",
                Long.toString(published.id().value()),
                "font",
                "DejaVuSans.ttf");
    }

    /** The authorization matrix's casework SOP (lanes kepala, kabid, petugas, bpjs of OfficeTestData) as its own code. */
    private static String readySopText() {
        try (var in = SopAccessRoutes.class.getResourceAsStream("/id/alur/casework/CaseworkAccessRoutes.sop.yaml")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("kode: kis-uji-akses", "kode: kis-uji-terbit");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public List<AccessRule> rules() {
        String section = "/admin/offices/{office}/sop";
        return List.of(
                AccessRule.get("/sop/versi/{sopVersion}").expect(OWN_OFFICE),
                AccessRule.get("/laporan/{office}/evaluasi/{publishedSopVersion}")
                        .expect(REPORT_READERS),
                AccessRule.get("/sop/versi/{sopVersion}.pdf").expect(OWN_OFFICE),
                AccessRule.get("/sop/versi/{sopVersion}.bpmn").expect(OWN_OFFICE),
                AccessRule.get("/sop/dokumen/font/{font}")
                        .expect(LOGIN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
                AccessRule.get("/sop/kantor/{office}").expect(OWN_OFFICE),
                AccessRule.get("/sop/kantor/{office}/{sopVersion}/bandingkan")
                        .param("dengan", "{editorDraft}")
                        .expect(OWN_OFFICE),
                AccessRule.get("/sop/kantor/{office}/bandingkan")
                        .param("versi", "{sopVersion}")
                        .param("dengan", "{editorDraft}")
                        .expect(OWN_OFFICE),
                AccessRule.get(EDITOR + "/baru").expect(OWN_OFFICE_ADMINS),
                AccessRule.post(EDITOR + "/baru").expect(OWN_OFFICE_ADMINS),
                AccessRule.post(EDITOR + "/pratinjau").expect(OWN_OFFICE_ADMINS),
                AccessRule.get(EDITOR + "/{editorDraft}/ubah").expect(OWN_OFFICE_ADMINS),
                AccessRule.post(EDITOR + "/{editorDraft}/ubah").expect(OWN_OFFICE_ADMINS),
                AccessRule.get(section).expect(OWN_OFFICE_ADMINS),
                AccessRule.post(section + "/unggah").expect(OWN_OFFICE_ADMINS),
                // A past date: refused (422) for whoever may, so the draft stays a draft for every row.
                AccessRule.post(section + "/{sopVersion}/terbitkan")
                        .param("effectiveOn", "2000-01-01")
                        .expect(OWN_OFFICE_ADMINS),
                AccessRule.post(section + "/{publishedSopVersion}/revisi").expect(OWN_OFFICE_ADMINS),
                AccessRule.post(section + "/{publishedSopVersion}/cabut").expect(OWN_OFFICE_ADMINS),
                AccessRule.get(section + "/{sopVersion}/bandingkan")
                        .param("dengan", "{editorDraft}")
                        .expect(OWN_OFFICE_ADMINS),
                AccessRule.get(section + "/bandingkan")
                        .param("versi", "{sopVersion}")
                        .param("dengan", "{editorDraft}")
                        .expect(OWN_OFFICE_ADMINS),
                AccessRule.get("/api/sop/{sopVersion}/compare")
                        .param("with", "{editorDraft}")
                        .expect(API_OWN_OFFICE_ADMINS),
                AccessRule.get("/api/offices/{office}/sop").expect(API_OWN_OFFICE_ADMINS),
                AccessRule.post("/api/offices/{office}/sop").expect(API_OWN_OFFICE_ADMINS),
                AccessRule.get("/api/sop/{sopVersion}").expect(API_OWN_OFFICE_ADMINS),
                // The first who may publishes it (today); the next are told it is no draft any more (409).
                AccessRule.post("/api/sop/{apiDraft}/publish").expect(API_OWN_OFFICE_ADMINS),
                AccessRule.post("/api/sop/{publishedSopVersion}/retire").expect(API_OWN_OFFICE_ADMINS),
                AccessRule.get("/api/sop/{sopVersion}/readiness")
                        .expect(UNAUTHORIZED, FORBIDDEN, ALLOWED, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN));
    }
}
