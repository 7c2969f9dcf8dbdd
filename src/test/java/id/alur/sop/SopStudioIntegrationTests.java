package id.alur.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.letter.ReadyToRun;
import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.platform.AlurUser;
import id.alur.platform.AuditQuery;
import id.alur.platform.AuditRecord;
import id.alur.platform.AuditTrail;
import id.alur.workflow.Acting;
import id.alur.workflow.CaseView;
import id.alur.workflow.StepId;
import id.alur.workflow.WorkflowService;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The SOP section of an office as its administrator uses it: upload a file as a draft, publish it from a day on,
 * revise it with its inference marks kept, retire it; bad files and past dates answer 422 and write nothing; another
 * office's administrator finds neither the section nor its versions.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SopStudioIntegrationTests {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Autowired
    MockMvc mvc;

    @Autowired
    SopService sops;

    @Autowired
    OfficeService offices;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    AuditTrail audit;

    String office;
    AlurUser admin;

    @Autowired
    ApplicationContext context;

    /** A new office (real, so the layout finds the signed-in user) and its administrator, signed in. */
    void newOffice() {
        var fixture = new OfficeTestData(offices);
        office = fixture.office();
        ReadyToRun.prepare(context, office, SopFormat.seedSource("dinsos-kaltara"));
        admin = fixture.signedIn(userDetails, fixture.officeAdmin(office));
    }

    ResultActions as(AlurUser user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user(user)).with(csrf()));
    }

    String page(AlurUser user) throws Exception {
        return as(user, get("/admin/offices/" + office + "/sop"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    static MockMultipartFile kaltaraFile() {
        return new MockMultipartFile(
                "file",
                "003-dinsos-kaltara.sop.yaml",
                "application/yaml",
                SopFormat.seedSource("dinsos-kaltara").getBytes(StandardCharsets.UTF_8));
    }

    SopVersionView uploaded() throws Exception {
        as(admin, multipart("/admin/offices/" + office + "/sop/unggah").file(kaltaraFile()))
                .andExpect(redirectedUrl("/admin/offices/" + office + "/sop"));
        return sops.versions(office).getLast();
    }

    @Test
    void anUploadedFileBecomesADraftListedWithItsDocumentAndBpmn() throws Exception {
        newOffice();

        SopVersionView draft = uploaded();

        assertThat(draft.status()).isEqualTo(SopStatus.DRAFT);
        assertThat(draft.sourceText()).isEqualTo(SopFormat.seedSource("dinsos-kaltara"));
        assertThat(page(admin))
                .contains("Rekomendasi Berobat / Pendaftaran Peserta PBI/KIS")
                .contains("kis-rekomendasi-berobat")
                .contains("Draf")
                .contains("011/DS/KU/2025")
                .contains("href=\"/sop/versi/" + draft.id().value() + "\"")
                .contains("href=\"/sop/versi/" + draft.id().value() + ".bpmn\"")
                .contains("/admin/offices/" + office + "/sop/" + draft.id().value() + "/terbitkan")
                .contains(
                        "href=\"/admin/offices/" + office + "/sop/" + draft.id().value() + "/ubah\"")
                .contains("href=\"/admin/offices/" + office + "/sop/baru\"");
    }

    @Test
    void publishingWithBlockingGapsIs422WithEachItemOnItsOwnLineAndPublishesNothing() throws Exception {
        var fixture = new OfficeTestData(offices);
        office = fixture.office();
        admin = fixture.signedIn(userDetails, fixture.officeAdmin(office));
        SopVersionView draft = uploaded();

        String html = as(
                        admin,
                        post("/admin/offices/" + office + "/sop/" + draft.id().value() + "/terbitkan")
                                .param("effectiveOn", LocalDate.now(WIB).toString()))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(html)
                // Seed 003 names the Surat Rekomendasi first at step 4 (the draft with its papers; LetterOutputs).
                .contains("<span class=\"d-block\">Langkah 4 menghasilkan Surat Rekomendasi dari Dinas Sosial Provinsi")
                .contains("<span class=\"d-block\">Kop surat kantor belum diisi");
        assertThat(sops.get(draft.id()).status()).isEqualTo(SopStatus.DRAFT);
    }

    @Test
    void aBrokenFileIsRefusedNamingItsLineAndNothingIsWritten() throws Exception {
        newOffice();
        String broken = SopFormat.seedSource("dinsos-kaltara").replace("pelaksana: kepala-dinas", "pelaksana: lurah");
        var file = new MockMultipartFile(
                "file", "rusak.sop.yaml", "application/yaml", broken.getBytes(StandardCharsets.UTF_8));

        String html = as(
                        admin,
                        multipart("/admin/offices/" + office + "/sop/unggah").file(file))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(html)
                .contains("Berkas SOP tidak valid")
                .containsPattern("Baris \\d+, kegiatan\\[\\d+\\]\\.pelaksana");
        assertThat(html).contains("pelaksana lurah tidak ada dalam daftar pelaksana");
        assertThat(sops.versions(office)).isEmpty();

        as(admin, multipart("/admin/offices/" + office + "/sop/unggah"))
                .andExpect(status().is(422))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("Pilih berkas *.sop.yaml"));
    }

    @Test
    void aDraftPublishedForALaterDayComesIntoForceThatDayAndAPastDayIsRefused() throws Exception {
        newOffice();
        SopVersionView draft = uploaded();
        LocalDate today = LocalDate.now(WIB);
        String publish = "/admin/offices/" + office + "/sop/" + draft.id().value() + "/terbitkan";

        String refused = as(
                        admin,
                        post(publish).param("effectiveOn", today.minusDays(2).toString()))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Tanggal efektif " + today.minusDays(2) + " sudah lewat");
        assertThat(sops.get(draft.id()).status()).isEqualTo(SopStatus.DRAFT);

        LocalDate later = today.plusDays(10);
        as(admin, post(publish).param("effectiveOn", later.toString()))
                .andExpect(redirectedUrl("/admin/offices/" + office + "/sop"));

        assertThat(sops.get(draft.id()).effectiveOn()).isEqualTo(later);
        assertThat(sops.inForce(office, draft.code(), later.minusDays(1))).isEmpty();
        assertThat(sops.inForce(office, draft.code(), later))
                .map(SopVersionView::id)
                .contains(draft.id());
        assertThat(sops.history(draft.id()).publishedBy()).isEqualTo(admin.username());
        assertThat(page(admin)).contains("Terbit", "Terjadwal", admin.username());
    }

    @Test
    void aRevisionIsANewDraftOfThePublishedFileWithItsInferenceMarksAndRetiringKeepsItsRow() throws Exception {
        newOffice();
        SopVersionView first = uploaded();
        sops.publish(first.id(), LocalDate.now(WIB));

        as(admin, post("/admin/offices/" + office + "/sop/" + first.id().value() + "/revisi"))
                .andExpect(redirectedUrl("/admin/offices/" + office + "/sop"));
        SopVersionView revision = sops.versions(office).getLast();
        assertThat(revision.version()).isEqualTo(2);
        assertThat(revision.status()).isEqualTo(SopStatus.DRAFT);
        assertThat(revision.sourceText()).isEqualTo(first.sourceText()).contains("# inferred:");

        as(admin, post("/admin/offices/" + office + "/sop/" + first.id().value() + "/cabut"))
                .andExpect(redirectedUrl("/admin/offices/" + office + "/sop"));
        assertThat(sops.get(first.id()).status()).isEqualTo(SopStatus.RETIRED);
        assertThat(sops.history(first.id()).retiredBy()).isEqualTo(admin.username());
        assertThat(page(admin)).contains("Dicabut");
    }

    /**
     * Issue 14 follow-up: an SOP version id that is nobody's answers 404 like another office's version, and each asking
     * — the document, the studio's actions, the editor — is a probe on record with no office, which the prober's
     * office administrators read.
     */
    @Test
    void aVersionIdThatIsNobodysIsAProbeOnRecordLikeAnotherOfficesVersion() throws Exception {
        newOffice();
        long none = 7_000_000_000L
                + java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000L);

        as(admin, get("/sop/versi/" + none)).andExpect(status().isNotFound());
        as(admin, post("/admin/offices/" + office + "/sop/" + none + "/cabut")).andExpect(status().isNotFound());
        as(admin, get("/admin/offices/" + office + "/sop/" + none + "/ubah")).andExpect(status().isNotFound());

        assertThat(audit.find(AuditQuery.about("sop-version", String.valueOf(none), 10)
                        .inOffices(java.util.List.of(office))))
                .extracting(AuditRecord::actor, AuditRecord::action, AuditRecord::outcome, AuditRecord::officeCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                admin.username(), "access.cross-office", id.alur.platform.AuditOutcome.NOT_FOUND, null),
                        org.assertj.core.groups.Tuple.tuple(
                                admin.username(), "access.cross-office", id.alur.platform.AuditOutcome.NOT_FOUND, null),
                        org.assertj.core.groups.Tuple.tuple(
                                admin.username(),
                                "access.cross-office",
                                id.alur.platform.AuditOutcome.NOT_FOUND,
                                null));
    }

    /** Issue 14 item 4: uploading, publishing and retiring an SOP are admin actions on the audit trail. */
    @Test
    void uploadPublishAndRetireAreOnTheAuditTrailUnderTheOffice() throws Exception {
        newOffice();
        SopVersionView draft = uploaded();
        LocalDate today = LocalDate.now(WIB);
        as(
                        admin,
                        post("/admin/offices/" + office + "/sop/" + draft.id().value() + "/terbitkan")
                                .param("effectiveOn", today.toString()))
                .andExpect(redirectedUrl("/admin/offices/" + office + "/sop"));
        as(admin, post("/admin/offices/" + office + "/sop/" + draft.id().value() + "/cabut"))
                .andExpect(redirectedUrl("/admin/offices/" + office + "/sop"));

        String code = draft.code() + " v" + draft.version();
        assertThat(audit.find(AuditQuery.about(
                                "sop-version", String.valueOf(draft.id().value()), 10)
                        .inOffices(java.util.List.of(office))))
                .extracting(AuditRecord::actor, AuditRecord::action, AuditRecord::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(admin.username(), "sop.retired", code),
                        org.assertj.core.groups.Tuple.tuple(admin.username(), "sop.published", code + " from " + today),
                        org.assertj.core.groups.Tuple.tuple(
                                admin.username(), "sop.draft-created", code + " from 003-dinsos-kaltara.sop.yaml"));
    }

    @Test
    void anotherOfficesAdministratorFindsNeitherTheSectionNorItsVersions() throws Exception {
        newOffice();
        SopVersionView draft = uploaded();
        String own = office;
        AlurUser ownAdmin = admin;
        newOffice();
        AlurUser otherAdmin = admin;

        as(otherAdmin, get("/admin/offices/" + own + "/sop")).andExpect(status().isNotFound());
        as(
                        otherAdmin,
                        post("/admin/offices/" + own + "/sop/" + draft.id().value() + "/terbitkan")
                                .param("effectiveOn", LocalDate.now(WIB).toString()))
                .andExpect(status().isNotFound());
        // Its own section's path with the other office's version: as if there were none.
        as(
                        otherAdmin,
                        post("/admin/offices/" + office + "/sop/" + draft.id().value() + "/terbitkan")
                                .param("effectiveOn", LocalDate.now(WIB).toString()))
                .andExpect(status().isNotFound());
        as(otherAdmin, get("/sop/versi/" + draft.id().value())).andExpect(status().isNotFound());

        assertThat(sops.get(draft.id()).status()).isEqualTo(SopStatus.DRAFT);
        as(ownAdmin, get("/sop/versi/" + draft.id().value())).andExpect(status().isOk());
    }

    @Autowired
    WorkflowService workflow;

    @Test
    void aRevisionPublishedForALaterDayLeavesRunningCasesOnTheirVersionAndNewCasesTakeItFromThatDay() throws Exception {
        newOffice();
        ReadyToRun.prepare(context, office, SopFormat.seedSource("dinsosppkb-rembang"));
        var file = new MockMultipartFile(
                "file",
                "000-dinsosppkb-rembang.sop.yaml",
                "application/yaml",
                SopFormat.seedSource("dinsosppkb-rembang").getBytes(StandardCharsets.UTF_8));
        as(admin, multipart("/admin/offices/" + office + "/sop/unggah").file(file));
        SopVersionView first = sops.versions(office).getLast();
        LocalDate today = LocalDate.now(WIB);
        as(
                        admin,
                        post("/admin/offices/" + office + "/sop/" + first.id().value() + "/terbitkan")
                                .param("effectiveOn", today.toString()))
                .andExpect(redirectedUrl("/admin/offices/" + office + "/sop"));
        Acting desk = Acting.self("petugas-1", "Petugas", "petugas-pelayanan");
        Instant now = Instant.now();
        CaseView running = workflow.start(office, first.code(), "PMH-LAMA", desk, now);

        as(admin, post("/admin/offices/" + office + "/sop/" + first.id().value() + "/revisi"));
        SopVersionView revision = sops.versions(office).getLast();
        LocalDate effective = today.plusDays(7);
        as(
                        admin,
                        post("/admin/offices/" + office + "/sop/"
                                        + revision.id().value() + "/terbitkan")
                                .param("effectiveOn", effective.toString()))
                .andExpect(redirectedUrl("/admin/offices/" + office + "/sop"));

        CaseView sameDay = workflow.start(office, first.code(), "PMH-HARI-INI", desk, now.plusSeconds(60));
        CaseView onTheDay = workflow.start(
                office,
                first.code(),
                "PMH-BARU",
                desk,
                effective.atTime(8, 0).atZone(WIB).toInstant());
        assertThat(sameDay.sopVersionId()).isEqualTo(first.id().value());
        assertThat(onTheDay.sopVersionId()).isEqualTo(revision.id().value());

        StepId step =
                workflow.caseView(running.id()).currentStep().orElseThrow().id();
        workflow.claim(step, desk, now.plusSeconds(120));
        workflow.complete(step, null, null, desk, now.plusSeconds(180));
        assertThat(workflow.caseView(running.id()).sopVersionId())
                .isEqualTo(first.id().value());
        assertThat(workflow.caseView(running.id()).currentStep().orElseThrow().activityNumber())
                .isGreaterThan(1);

        String page = page(admin);
        assertThat(page).contains("<td class=\"running-cases\">2</td>", "<td class=\"running-cases\">1</td>");
    }
}
