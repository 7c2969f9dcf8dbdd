package id.alur.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.alur.casework.Intake;
import id.alur.casework.PermohonanService;
import id.alur.casework.PermohonanView;
import id.alur.casework.Relationship;
import id.alur.casework.Sex;
import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.platform.AlurUser;
import id.alur.platform.AuditQuery;
import id.alur.platform.AuditRecord;
import id.alur.platform.AuditTrail;
import id.alur.registry.ImportMode;
import id.alur.registry.RegistryColumns;
import id.alur.registry.RegistryService;
import id.alur.sop.SopService;
import id.alur.workflow.Acting;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data subject's access (UU 27/2022 Pasal 32, issue 14 item 4): for a NIK the administrator downloads what
 * casework, letter and registry hold about the person (as applicant and as a household member) and every recorded
 * processing of it, as PDF and JSON; the download is itself recorded, without the NIK.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DataSubjectAccessIntegrationTests {

    static final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficeService offices;

    @Autowired
    SopService sops;

    @Autowired
    PermohonanService permohonan;

    @Autowired
    LetterIssuer issuer;

    @Autowired
    RegistryService registry;

    @Autowired
    AuditTrail audit;

    @Autowired
    UserDetailsService userDetails;

    OfficeTestData data;
    String office;
    String nik;
    String child;
    PermohonanView application;
    AlurUser admin;
    AlurUser kepala;

    @BeforeEach
    void aPersonWithAnApplicationALetterAndARegistryRow() throws Exception {
        data = new OfficeTestData(offices);
        office = data.office();
        String sop;
        try (InputStream in = getClass().getResourceAsStream("/id/alur/casework/CaseworkAccessRoutes.sop.yaml")) {
            sop = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ReadyToRun.prepare(context, office, sop);
        sops.publish(sops.createDraft(office, "subjek.sop.yaml", sop).id());
        // a woman born 17-08-1985 and her son born 02-02-2010, both registered in Kec. Sumber, Rembang
        nik = "331701570885%04d".formatted(ThreadLocalRandom.current().nextInt(1000, 9999));
        child = "331701020210%04d".formatted(ThreadLocalRandom.current().nextInt(1000, 9999));
        String petugas = data.user(office, OfficeTestData.PETUGAS);
        application = permohonan.submit(
                new Intake(
                        office,
                        "kis-uji-akses",
                        new Intake.Applicant(
                                nik,
                                "Siti Rahayu",
                                LocalDate.of(1985, 8, 17),
                                Sex.FEMALE,
                                "3317011203150007",
                                "Jl. Pemuda 12 RT 01 RW 02",
                                "33.17.01.2002",
                                "081234567890"),
                        List.of(new Intake.HouseholdMember(child, "Bima Saputra", Relationship.ANAK)),
                        List.of(new Intake.ChecklistEntry(0, true, null), new Intake.ChecklistEntry(1, true, null)),
                        Set.of()),
                Acting.self(petugas, "Petugas", OfficeTestData.PETUGAS),
                Instant.now());
        permohonan.addNote(
                application.id(),
                office,
                "Pemohon datang bersama anaknya",
                Acting.self(petugas, "Petugas", OfficeTestData.PETUGAS),
                Instant.now());
        issuer.issue(LetterIssuerIntegrationTests.order(
                application.workflowCaseId(),
                office,
                LetterIssuerIntegrationTests.setting(office, "470/{seq}/SUBJEK-{yyyy}"),
                Instant.parse("2026-03-02T02:00:00Z")));
        registry.importCsv(
                office,
                "dtsen-rembang.csv",
                RegistryColumns.dtsenDefaults(),
                new ByteArrayInputStream(("NIK,NO_KK,NAMA,DESIL,KODE_WILAYAH,STATUS\n" + nik
                                + ",3317011203150007,Siti Rahayu,2,33.17.01,AKTIF\n")
                        .getBytes(StandardCharsets.UTF_8)),
                ImportMode.ALL_OR_NOTHING,
                "admin");
        kepala = data.signedIn(userDetails, data.user(office, OfficeTestData.KEPALA));
        mvc.perform(get("/permohonan/{id}", application.id().value()).with(user(kepala)));
        admin = data.signedIn(userDetails, data.officeAdmin(office));
    }

    @Test
    void theJsonHoldsTheApplicationTheLetterTheRegistryRowAndTheProcessing() throws Exception {
        JsonNode report =
                json.readTree(download("/admin/subjek-data.json", nik).getContentAsString(StandardCharsets.UTF_8));

        assertThat(report.at("/nik").asString()).isEqualTo(nik);
        String text = report.at("/sections").toString();
        assertThat(text)
                .contains(application.trackingNumber(), "Siti Rahayu", "Pemohon", "Bima Saputra (Anak)")
                .contains("Pemohon datang bersama anaknya")
                .contains("470/")
                .contains("dtsen-rembang.csv", "Desil");
        assertThat(report.at("/processing")
                        .valueStream()
                        .map(r -> r.at("/action").asString()))
                .contains("permohonan.viewed");
        assertThat(report.at("/processing")
                        .valueStream()
                        .map(r -> r.at("/actor").asString()))
                .contains(kepala.username());
    }

    @Test
    void theRegistryLookUpsOfTheNikAreItsProcessingFoundOrNotAndTheTrailHoldsNoNik() throws Exception {
        registry.lookUp(office, nik);
        registry.lookUp(office, child);

        assertThat(lookUps(nik)).anySatisfy(detail -> assertThat(detail).startsWith("found in edition "));
        assertThat(lookUps(child))
                .anySatisfy(detail -> assertThat(detail).startsWith("not found in edition "))
                .noneSatisfy(detail -> assertThat(detail).startsWith("found"));
        assertThat(audit.find(AuditQuery.all(AuditQuery.MAX_LIMIT).inOffices(List.of(office))))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.objectId() + " " + r.detail()).doesNotContain(nik, child));
    }

    @Test
    void thePdfNamesALookUpAsAboutThePersonThemselves() throws Exception {
        registry.lookUp(office, nik);

        try (var pdf = Loader.loadPDF(download("/admin/subjek-data.pdf", nik).getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("NIK dicari di data registri", "pemilik data ini (menurut NIK)", "found in edition");
        }
    }

    @Test
    void aHouseholdMemberGetsTheirOwnRowNotTheApplicantsData() throws Exception {
        String text = download("/admin/subjek-data.json", child).getContentAsString(StandardCharsets.UTF_8);

        assertThat(text)
                .contains(application.trackingNumber(), "Anggota keluarga (Anak)", "Bima Saputra")
                .doesNotContain("081234567890", "Pemohon datang bersama anaknya", "Jl. Pemuda");
    }

    @Test
    void thePdfPrintsTheSameAndTheDownloadIsRecordedWithoutTheNik() throws Exception {
        MockHttpServletResponse response = download("/admin/subjek-data.pdf", nik);

        assertThat(response.getContentType()).isEqualTo("application/pdf");
        try (var pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Akses Subjek Data", nik, application.trackingNumber(), "Siti Rahayu")
                    .contains("Pemrosesan yang tercatat", "Halaman permohonan dibuka", kepala.username());
        }
        List<AuditRecord> recorded = audit.find(
                new AuditQuery(List.of(office), null, null, admin.username(), "data-subject.", null, null, null, 10));
        assertThat(recorded).singleElement().satisfies(r -> {
            assertThat(r.objectId()).isEqualTo("NIK-…" + nik.substring(12));
            assertThat(r.detail()).startsWith("pdf; ").doesNotContain(nik);
        });
    }

    @Test
    void aNikThatIsNotSixteenDigitsIsRefusedNamingTheField() throws Exception {
        var response = mvc.perform(post("/admin/subjek-data.pdf")
                        .param("nik", "3317-01")
                        .with(user(admin))
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("NIK: tulis 16 angka");
    }

    @Test
    void anotherOfficesAdministratorFindsNothingOfThePerson() throws Exception {
        String otherOffice = data.office();
        AlurUser otherAdmin = data.signedIn(userDetails, data.officeAdmin(otherOffice));
        String text = mvc.perform(post("/admin/subjek-data.json")
                        .param("nik", nik)
                        .with(user(otherAdmin))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(text)
                .doesNotContain(application.trackingNumber(), "Siti Rahayu", "dtsen-rembang.csv")
                .doesNotContain("registry.nik-looked-up");
    }

    /** The details of the registry look-ups in the person's JSON report. */
    private List<String> lookUps(String who) throws Exception {
        JsonNode report =
                json.readTree(download("/admin/subjek-data.json", who).getContentAsString(StandardCharsets.UTF_8));
        return report.at("/processing")
                .valueStream()
                .filter(r -> r.at("/action").asString().equals("registry.nik-looked-up"))
                .map(r -> r.at("/detail").asString())
                .toList();
    }

    private MockHttpServletResponse download(String path, String who) throws Exception {
        var response = mvc.perform(
                        post(path).param("nik", who).with(user(admin)).with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response;
    }
}
