package id.alur.casework;

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
import id.alur.sop.SopService;
import id.alur.workflow.Acting;
import id.alur.workflow.CaseId;
import id.alur.workflow.Verdict;
import id.alur.workflow.WorkflowService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/**
 * The casework routes in the authorization matrix. The fixture's office gets the SOP
 * {@code CaseworkAccessRoutes.sop.yaml} (lanes kepala, kabid, petugas = front desk, bpjs) and one permohonan whose
 * open step is the kepala's check — the matrix's OFFICER is a kepala. Case data: officers and the outside party of
 * the office; another office's users get 404; administrators without a position 403.
 */
class CaseworkAccessRoutes implements AccessRoutes {

    /**
     * ANONYMOUS, ADMIN, OFFICE_ADMIN, OFFICE_ADMIN_OTHER, OFFICER, OFFICER_OTHER, OUTSIDE_PARTY. The case has not
     * reached the outside party's lane: to them it does not exist (issue 14).
     */
    static final Outcome[] CASE = {LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, NOT_FOUND, NOT_FOUND};

    /** A case at the outside party's step: theirs to see as well. */
    static final Outcome[] REACHED = {LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, NOT_FOUND, ALLOWED};

    /** The step's own lane (the kepala) only; the outside party does not see the case. */
    static final Outcome[] CASE_STEP = {LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, NOT_FOUND, NOT_FOUND};

    /** The receipt is the front desk's paper: the office's officers, not the outside party. */
    static final Outcome[] RECEIPT = {LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, NOT_FOUND, FORBIDDEN};

    /** A case the outside party sees, asked for what only the office's officers may have (the whole phone): 403. */
    static final Outcome[] REACHED_OFFICERS = {LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, NOT_FOUND, FORBIDDEN};

    /** Only the front desk resumes a returned case; the kepala is not it. */
    static final Outcome[] FRONT_DESK = {LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND};

    /** Cancelling: any office position of the SOP (the kepala here); the outside party does not see the case. */
    static final Outcome[] OFFICE_LANE = {LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, NOT_FOUND, NOT_FOUND};

    static final Outcome[] OFFICERS = {LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, FORBIDDEN};

    /**
     * The intake page and its form: only a position marked "Petugas loket" (issue 12 item 9); the officers of the
     * matrix are kepala, not the front desk (IntakeDeskIntegrationTests shows the front desk allowed).
     */
    static final Outcome[] INTAKE_DESK = {LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN};

    static final Outcome[] WORKERS = {LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, ALLOWED};

    static final Outcome[] API_CASE = {UNAUTHORIZED, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, NOT_FOUND, NOT_FOUND};
    static final Outcome[] API_REACHED = {UNAUTHORIZED, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, NOT_FOUND, ALLOWED};
    static final Outcome[] API_CASE_STEP = {UNAUTHORIZED, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, NOT_FOUND, NOT_FOUND
    };
    static final Outcome[] API_FRONT_DESK = {
        UNAUTHORIZED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND
    };
    static final Outcome[] API_OFFICE_LANE = {
        UNAUTHORIZED, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, NOT_FOUND, NOT_FOUND
    };
    static final Outcome[] API_OFFICERS = {UNAUTHORIZED, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, FORBIDDEN};

    @Override
    public Map<String, String> prepare(AccessFixture fixture, ApplicationContext context) {
        var sops = context.getBean(SopService.class);
        var permohonan = context.getBean(PermohonanService.class);
        var workflow = context.getBean(WorkflowService.class);
        String office = fixture.office();
        String frontDesk = fixture.data().user(office, OfficeTestData.PETUGAS);
        fixture.data().user(office, OfficeTestData.KABID);
        receiptSetting(context.getBean(LetterService.class), office);
        var draft = sops.createDraft(office, "CaseworkAccessRoutes.sop.yaml", sopText());
        sops.publish(draft.id());
        var applicant = Applicants.woman("Matriks");
        var view = submit(permohonan, office, draft.code(), frontDesk, applicant);
        var step = workflow.caseView(new CaseId(view.workflowCaseId()))
                .currentStep()
                .orElseThrow();
        // A second permohonan checked by the kepala (Ya), so that it stands at the outside party's step.
        var reached = submit(permohonan, office, draft.code(), frontDesk, Applicants.woman("Matriks Dua"));
        var kepala = Acting.self(fixture.data().user(office, OfficeTestData.KEPALA), "Kepala", OfficeTestData.KEPALA);
        var check = workflow.caseView(new CaseId(reached.workflowCaseId()))
                .currentStep()
                .orElseThrow();
        workflow.claim(check.id(), kepala, Instant.now());
        workflow.decide(check.id(), Verdict.YA, null, kepala, Instant.now());
        return Map.of(
                "permohonan", view.id().toString(),
                "document", view.documents().getFirst().id().toString(),
                "reached", reached.id().toString(),
                "reachedDocument", reached.documents().getFirst().id().toString(),
                "step", step.id().toString(),
                "tracking", view.trackingNumber(),
                "nik4", applicant.nik().substring(12),
                "nik16", applicant.nik(),
                "action", "ambil");
    }

    private static PermohonanView submit(
            PermohonanService permohonan, String office, String sopCode, String frontDesk, Intake.Applicant applicant) {
        return permohonan.submit(
                new Intake(
                        office,
                        sopCode,
                        applicant,
                        List.of(),
                        List.of(
                                new Intake.ChecklistEntry(
                                        0, true, new Intake.Upload("ktp.pdf", SampleScans.pdf("KTP"))),
                                new Intake.ChecklistEntry(1, true, null)),
                        Set.of()),
                Acting.self(frontDesk, "Petugas", OfficeTestData.PETUGAS),
                Instant.now());
    }

    /**
     * The Tanda Terima setting of the SOP's office and the office's kop surat, which publishing asks for (the letter
     * module's readiness).
     */
    static void receiptSetting(LetterService letters, String office) {
        receiptSetting(letters, office, "kis-uji-akses");
    }

    static void receiptSetting(LetterService letters, String office, String sopCode) {
        letters.saveSetting(
                new LetterSettingView(
                        null,
                        office,
                        sopCode,
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
        ReadyToRun.letterhead(letters, office);
    }

    static String sopText() {
        try (var in = CaseworkAccessRoutes.class.getResourceAsStream("CaseworkAccessRoutes.sop.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<AccessRule> rules() {
        var rules = new ArrayList<AccessRule>();
        rules.add(AccessRule.get("/permohonan/baru").expect(INTAKE_DESK));
        rules.add(AccessRule.get("/permohonan/baru/kelengkapan")
                .param("sopCode", "kis-uji-akses")
                .expect(OFFICERS));
        rules.add(AccessRule.get("/permohonan/baru/anggota").param("index", "1").expect(OFFICERS));
        // the DTSEN look-up at intake: any officer, in their own office's registry only
        rules.add(AccessRule.post("/permohonan/baru/registri")
                .param("nik", "{nik16}")
                .expect(OFFICERS));
        rules.add(AccessRule.post("/permohonan").expect(INTAKE_DESK));
        rules.add(AccessRule.get("/wilayah/pilih").param("code", "33.17").expect(OFFICERS));
        rules.add(AccessRule.get("/wilayah/cari").param("q", "Logede").expect(OFFICERS));
        rules.add(AccessRule.get("/inbox").expect(WORKERS));
        // the search: every officer searches their own office (another office's officer finds nothing there)
        rules.add(AccessRule.get("/permohonan").expect(OFFICERS));
        rules.add(AccessRule.get("/permohonan").param("q", "{tracking}").expect(OFFICERS));

        rules.add(AccessRule.get("/permohonan/{permohonan}").expect(CASE));
        rules.add(AccessRule.get("/permohonan/{reached}").expect(REACHED));
        rules.add(
                AccessRule.get("/permohonan/{reached}/berkas/{reachedDocument}").expect(REACHED));
        rules.add(AccessRule.get("/permohonan/{permohonan}/tanda-terima").expect(RECEIPT));
        rules.add(AccessRule.get("/permohonan/{permohonan}/berkas/{document}").expect(CASE));
        rules.add(AccessRule.post("/permohonan/{permohonan}/berkas").expect(CASE));
        // the applicant's phone shown whole on request (on the audit trail): whoever sees the case page
        rules.add(AccessRule.post("/permohonan/{permohonan}/telepon").expect(CASE));
        // not for an outside party, which does not contact the applicant (issue 15 follow-up): 403, on record
        rules.add(AccessRule.post("/permohonan/{reached}/telepon").expect(REACHED_OFFICERS));
        rules.add(AccessRule.post("/permohonan/{permohonan}/catatan")
                .param("body", "Catatan")
                .expect(CASE));
        rules.add(AccessRule.post("/permohonan/{permohonan}/monev")
                .param("langkah", "1")
                .param("jenis", "HAMBATAN")
                .param("uraian", "Hambatan")
                .expect(CASE));
        rules.add(AccessRule.post("/permohonan/{permohonan}/lanjutkan").expect(FRONT_DESK));
        // Without a reason: refused (422) where allowed, so the fixture's case stays open for the other rules.
        rules.add(AccessRule.post("/permohonan/{permohonan}/batalkan").expect(OFFICE_LANE));
        rules.add(AccessRule.post("/permohonan/{permohonan}/tarik").expect(FRONT_DESK));
        // One route serves every step action ({action} is ambil here); each action is also checked by name.
        rules.add(AccessRule.post("/permohonan/{permohonan}/langkah/{step}/{action}")
                .expect(CASE_STEP));
        for (String action :
                List.of("ambil", "lepas", "selesai", "putusan", "kembalikan", "hasil-luar", "serah-terima")) {
            rules.add(AccessRule.post("/permohonan/{permohonan}/langkah/{step}/" + action)
                    .expect(CASE_STEP));
        }

        rules.add(AccessRule.post("/api/permohonan").expect(API_OFFICERS));
        rules.add(AccessRule.get("/api/permohonan")
                .param("trackingNumber", "{tracking}")
                .param("nikLast4", "{nik4}")
                .expect(API_CASE));
        rules.add(AccessRule.get("/api/permohonan").param("q", "{tracking}").expect(API_OFFICERS));
        rules.add(AccessRule.get("/api/permohonan").param("status", "proses").expect(API_OFFICERS));
        rules.add(AccessRule.get("/api/permohonan/{permohonan}").expect(API_CASE));
        rules.add(AccessRule.get("/api/permohonan/{permohonan}/riwayat").expect(API_CASE));
        rules.add(AccessRule.get("/api/permohonan/{reached}").expect(API_REACHED));
        rules.add(AccessRule.get("/api/permohonan/{reached}/riwayat").expect(API_REACHED));
        rules.add(AccessRule.get("/api/permohonan/{reached}/berkas/{reachedDocument}")
                .expect(API_REACHED));
        rules.add(AccessRule.post("/api/permohonan/{permohonan}/berkas").expect(API_CASE));
        rules.add(
                AccessRule.get("/api/permohonan/{permohonan}/berkas/{document}").expect(API_CASE));
        rules.add(AccessRule.post("/api/permohonan/{permohonan}/catatan").expect(API_CASE));
        rules.add(AccessRule.post("/api/permohonan/{permohonan}/lanjutkan").expect(API_FRONT_DESK));
        rules.add(AccessRule.post("/api/permohonan/{permohonan}/batalkan").expect(API_OFFICE_LANE));
        rules.add(AccessRule.post("/api/permohonan/{permohonan}/tarik").expect(API_FRONT_DESK));
        rules.add(AccessRule.post("/api/permohonan/{permohonan}/langkah/{step}/{action}")
                .expect(API_CASE_STEP));
        return rules;
    }
}
