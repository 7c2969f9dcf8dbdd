package id.alur.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.alur.platform.AlurUser;
import id.alur.workflow.Acting;
import id.alur.workflow.CaseId;
import id.alur.workflow.StepId;
import id.alur.workflow.WorkflowService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/** The intake form and the case page with bad input, as the browser posts them: every answer names what is wrong. */
@SpringBootTest
@AutoConfigureMockMvc
class IntakePageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PermohonanService permohonan;

    @Autowired
    CaseActions actions;

    @Autowired
    WorkflowService workflow;

    @Autowired
    JdbcClient jdbc;

    AlurUser signedIn(String username) {
        return (AlurUser) users.loadUserByUsername(username);
    }

    /** A complete Rembang intake form; tests change one thing. */
    MockMultipartHttpServletRequestBuilder form(String nik, String name, LocalDate birthDate, Sex sex) {
        var request = multipart("/permohonan");
        request.file(
                new MockMultipartFile("checklist[0].scan", "sktm.pdf", "application/pdf", SampleScans.pdf("SKTM")));
        for (int i = 0; i < 5; i++) {
            request.param("checklist[" + i + "].present", "true");
        }
        return request.param("sopCode", "kis-surat-pengantar")
                .param("nik", nik)
                .param("name", name)
                .param("birthDate", birthDate.toString())
                .param("sex", sex.name())
                .param("familyCardNumber", "3317011203150007")
                .param("address", "Jl. Pemuda 1")
                .param("villageCode", "33.17.01.2002")
                .param("phone", "081234567890");
    }

    MockHttpServletResponse submit(MockMultipartHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(signedIn("rembang.petugas-pelayanan")))
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }

    static String errorOf(String html, String field) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(field) + "-error\"[^>]*>([^<]*)<")
                .matcher(html);
        return m.find() ? m.group(1).strip() : null;
    }

    @Test
    void namesANikThatIsTooShortOnTheField() throws Exception {
        var response = submit(form("331701570885", "Siti", LocalDate.of(1985, 8, 17), Sex.FEMALE));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(errorOf(response.getContentAsString(), "nik"))
                .isEqualTo("NIK harus 16 angka (yang diisi 12 angka).");
    }

    @Test
    void namesAnImpossibleDateInTheNikOnTheField() throws Exception {
        var response = submit(form("3317013102900001", "Siti", LocalDate.of(1990, 2, 28), Sex.MALE));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(errorOf(response.getContentAsString(), "nik"))
                .isEqualTo("Tanggal lahir dalam NIK (310290) bukan tanggal yang mungkin.");
    }

    @Test
    void namesASexThatDisagreesWithTheNikOnTheField() throws Exception {
        LocalDate birth = LocalDate.of(1985, 8, 17);
        var response = submit(form(Applicants.nik(birth, Sex.FEMALE), "Siti", birth, Sex.MALE));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(errorOf(response.getContentAsString(), "nik"))
                .isEqualTo("Jenis kelamin dalam NIK tidak sama dengan jenis kelamin yang diisi.");
    }

    @Test
    void refusesATwentyMegabyteScanNamingItsRow() throws Exception {
        LocalDate birth = Applicants.someBirthDate();
        byte[] big = new byte[20 * 1024 * 1024];
        System.arraycopy(SampleScans.pdf("besar"), 0, big, 0, 100);
        var request = form(Applicants.nik(birth, Sex.MALE), "Budi", birth, Sex.MALE);
        request.file(new MockMultipartFile("checklist[1].scan", "kk.pdf", "application/pdf", big));

        var response = submit(request);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(errorOf(response.getContentAsString(), "checklist-1-scan"))
                .isEqualTo("Berkas terlalu besar (20.0 MB); paling besar 5.0 MB.");
    }

    @Test
    void refusesAnExecutableRenamedPdfNamingItsRow() throws Exception {
        LocalDate birth = Applicants.someBirthDate();
        var request = form(Applicants.nik(birth, Sex.MALE), "Budi", birth, Sex.MALE);
        request.file(
                new MockMultipartFile("checklist[2].scan", "ktp.pdf", "application/pdf", SampleScans.executable()));

        var response = submit(request);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(errorOf(response.getContentAsString(), "checklist-2-scan"))
                .startsWith("Berkas bukan PDF, JPEG, atau PNG");
    }

    @Test
    void refusesScansWithDataBehindTheirEndOrInflatingPastTheBoundAndStoresNothing() throws Exception {
        LocalDate birth = Applicants.someBirthDate();
        String nik = Applicants.nik(birth, Sex.MALE);
        var request = form(nik, "Budi", birth, Sex.MALE);
        request.file(new MockMultipartFile(
                "checklist[1].scan",
                "kk.pdf",
                "application/pdf",
                SampleScans.withTrailing(SampleScans.pdf("KK"), "PK\u0003\u0004 second file")));
        request.file(new MockMultipartFile(
                "checklist[2].scan", "ktp.png", "image/png", SampleScans.withTrailing(SampleScans.png(), "<?php ?>")));
        request.file(new MockMultipartFile(
                "checklist[3].scan",
                "akta.pdf",
                "application/pdf",
                SampleScans.pdfInflatingTo(DocumentContent.MAX_INFLATED_BYTES + (1 << 20))));
        long documentsBefore = documents();

        var response = submit(request);

        assertThat(response.getStatus()).isEqualTo(422);
        String html = response.getContentAsString();
        assertThat(errorOf(html, "checklist-1-scan")).startsWith("Berkas PDF berisi data tambahan di belakang akhir");
        assertThat(errorOf(html, "checklist-2-scan")).startsWith("Berkas PNG berisi data tambahan di belakang akhir");
        assertThat(errorOf(html, "checklist-3-scan"))
                .startsWith("Isi berkas PDF mengembang menjadi lebih dari 50.0 MB saat dibuka");
        assertThat(documents()).isEqualTo(documentsBefore);
        assertThat(jdbc.sql("select count(*) from permohonan where nik = ?")
                        .param(nik)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void keepsTheApplicantsEMailAndConsentToMessagesOnThePermohonan() throws Exception {
        LocalDate birth = Applicants.someBirthDate();
        var consenting = submit(form(Applicants.nik(birth, Sex.FEMALE), "Ani", birth, Sex.FEMALE)
                .param("email", " ani@contoh.id ")
                .param("notifyConsent", "true"));
        assertThat(consenting.getStatus()).isEqualTo(302);
        var id = idOf(consenting.getRedirectedUrl());
        assertThat(permohonan.applicantContact(id)).contains(new ApplicantContact("ani@contoh.id", "081234567890"));

        // An address without the applicant's consent: nothing may be sent, so there is no contact to send to.
        LocalDate other = Applicants.someBirthDate();
        var silent = submit(form(Applicants.nik(other, Sex.FEMALE), "Ina", other, Sex.FEMALE)
                .param("email", "ina@contoh.id"));
        assertThat(silent.getStatus()).isEqualTo(302);
        assertThat(permohonan.applicantContact(idOf(silent.getRedirectedUrl()))).isEmpty();
    }

    @Test
    void namesABadEMailAddressOnTheFieldAndTakesNothingIn() throws Exception {
        LocalDate birth = Applicants.someBirthDate();
        String nik = Applicants.nik(birth, Sex.FEMALE);
        var response = submit(
                form(nik, "Ani", birth, Sex.FEMALE).param("email", "ani@contoh").param("notifyConsent", "true"));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(errorOf(response.getContentAsString(), "email"))
                .isEqualTo("Alamat e-mail tidak sah: tulis satu alamat seperti nama@contoh.id, paling panjang 200"
                        + " karakter.");
        assertThat(jdbc.sql("select count(*) from permohonan where nik = ?")
                        .param(nik)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    long documents() {
        return jdbc.sql("select count(*) from permohonan_document")
                .query(Long.class)
                .single();
    }

    static PermohonanId idOf(String redirect) {
        Matcher m = Pattern.compile("/permohonan/(\\d+)/").matcher(redirect);
        assertThat(m.find()).as(redirect).isTrue();
        return new PermohonanId(Long.parseLong(m.group(1)));
    }

    @Test
    void asksForConfirmationOfASecondOpenApplicationAndTakesItWhenConfirmed() throws Exception {
        LocalDate birth = Applicants.someBirthDate();
        String nik = Applicants.nik(birth, Sex.FEMALE);
        var first = submit(form(nik, "Ani", birth, Sex.FEMALE));
        assertThat(first.getStatus()).isEqualTo(302);

        var second = submit(form(nik, "Ani", birth, Sex.FEMALE));

        assertThat(second.getStatus()).isEqualTo(422);
        String html = second.getContentAsString();
        assertThat(html).contains("id=\"intake-warnings\"").contains("Sudah ada permohonan terbuka untuk NIK ini");
        Matcher token = Pattern.compile("name=\"acknowledgedWarnings\"[^>]*value=\"([^\"]+)\"")
                .matcher(html);
        assertThat(token.find()).isTrue();
        var confirmed = submit(form(nik, "Ani", birth, Sex.FEMALE)
                .param("acknowledgedWarnings", HtmlUtils.htmlUnescape(token.group(1))));
        assertThat(confirmed.getStatus()).isEqualTo(302);
        assertThat(confirmed.getRedirectedUrl()).matches("/permohonan/\\d+/tanda-terima");
    }

    @Test
    void refusesMarkupInANameOnTheFieldAndShowsWhatWasTypedAsInertText() throws Exception {
        LocalDate birth = Applicants.someBirthDate();
        String name = "<script>alert('x')</script> Siti";

        var response = submit(form(Applicants.nik(birth, Sex.FEMALE), name, birth, Sex.FEMALE));

        assertThat(response.getStatus()).isEqualTo(422);
        String html = response.getContentAsString();
        assertThat(errorOf(html, "name"))
                .isEqualTo(
                        "Nama hanya boleh berisi huruf, spasi, titik, koma, tanda petik (&#39;) dan tanda hubung (-);"
                                + " &quot;&lt;&quot; tidak boleh ada dalam nama.");
        assertThat(html)
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Siti")
                .doesNotContain("<script>alert(");
    }

    @Test
    void tellsWhoTookTheStepWhenTheFormWasStale() throws Exception {
        var view = permohonan.submit(
                new Intake(
                        "dinsosppkb-rembang",
                        "kis-surat-pengantar",
                        Applicants.woman("Tari"),
                        List.of(),
                        Applicants.allPapers(5),
                        Set.of()),
                Acting.self("rembang.petugas-pelayanan", "Dewi Anggraini", "petugas-pelayanan"),
                Instant.now());
        StepId step = workflow.caseView(new CaseId(view.workflowCaseId()))
                .currentStep()
                .orElseThrow()
                .id();
        // Another officer in the same position (a Plh) takes the step while the kasi's page still offers it.
        actions.act(
                view.id(),
                view.officeCode(),
                StepAction.AMBIL,
                step,
                StepInput.NONE,
                Acting.self("plh.kasi", "Rudi Hartono", "kasi-rehabsos"),
                Instant.now());

        var response = mvc.perform(post("/permohonan/" + view.id() + "/langkah/" + step + "/ambil")
                        .with(user(signedIn("rembang.kasi-rehabsos")))
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(409);
        String html = response.getContentAsString();
        assertThat(html).contains("Langkah ini sudah diambil atau dikerjakan oleh Rudi Hartono");
        assertThat(html).contains("id=\"taken-by\"").doesNotContain("id=\"action-take\"");
    }

    @Test
    void showsTheWholeNikOnlyToTheFrontDeskAndTheCheckersOfThePapers() throws Exception {
        var applicant = Applicants.woman("Nia");
        var view = permohonan.submit(
                new Intake(
                        "dinsosppkb-rembang",
                        "kis-surat-pengantar",
                        applicant,
                        List.of(),
                        Applicants.allPapers(5),
                        Set.of()),
                Acting.self("rembang.petugas-pelayanan", "Dewi Anggraini", "petugas-pelayanan"),
                Instant.now());
        String masked = ApplicantView.mask(applicant.nik());

        for (String who : new String[] {"rembang.petugas-pelayanan", "rembang.kasi-rehabsos"}) {
            String html = page("/permohonan/" + view.id(), who);
            assertThat(html).as(who).contains(applicant.nik());
        }
        for (String who : new String[] {"rembang.kepala-dinas", "rembang.kabid-rehabilitasi-jamsos"}) {
            String html = page("/permohonan/" + view.id(), who);
            assertThat(html).as(who).doesNotContain(applicant.nik()).contains(masked);
        }
    }

    @Test
    void servesAScanInlineWithTheTypeFoundInItsBytes() throws Exception {
        var view = permohonan.submit(
                new Intake(
                        "dinsosppkb-rembang",
                        "kis-surat-pengantar",
                        Applicants.woman("Rina"),
                        List.of(),
                        List.of(
                                new Intake.ChecklistEntry(0, true, new Intake.Upload("foto.pdf", SampleScans.png())),
                                new Intake.ChecklistEntry(1, true, null),
                                new Intake.ChecklistEntry(2, true, null),
                                new Intake.ChecklistEntry(3, true, null),
                                new Intake.ChecklistEntry(4, true, null)),
                        Set.of()),
                Acting.self("rembang.petugas-pelayanan", "Dewi Anggraini", "petugas-pelayanan"),
                Instant.now());
        var document = view.documents().getFirst();

        var response = mvc.perform(get("/permohonan/" + view.id() + "/berkas/" + document.id())
                        .with(user(signedIn("rembang.kepala-dinas"))))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("image/png");
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("inline")
                .contains("foto.png");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(DocumentContent.sha256(response.getContentAsByteArray())).isEqualTo(document.sha256());
    }

    String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(user(signedIn(username))))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
