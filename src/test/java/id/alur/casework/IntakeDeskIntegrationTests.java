package id.alur.casework;

import static id.alur.casework.PermohonanApiIntegrationTests.postJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.alur.letter.LetterService;
import id.alur.letter.ReadyToRun;
import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.platform.AlurUser;
import id.alur.sop.SopService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The position flag "Petugas loket" decides who may take an intake (issue 12 item 9): the intake page and the API
 * refuse an officer who acts in no position the office marked so, with 403 and a message saying why; nothing is
 * written. The test office's Petugas Pelayanan is marked; its Kepala Bidang is not.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IntakeDeskIntegrationTests {

    static final String BY_PETUGAS = "kis-uji-akses";
    static final String BY_KABID = "kis-uji-kabid";

    @Autowired
    LetterService letters;

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficeService offices;

    @Autowired
    UserDetailsService users;

    @Autowired
    SopService sops;

    @Autowired
    JdbcClient jdbc;

    String office;
    String petugas;
    String kabid;

    /** Two services: one taken in by the Petugas Pelayanan, one whose first office row is the Kepala Bidang's. */
    @BeforeEach
    void anOfficeWithTwoServices() {
        var data = new OfficeTestData(offices);
        office = data.office();
        petugas = data.user(office, OfficeTestData.PETUGAS);
        kabid = data.user(office, OfficeTestData.KABID);
        data.user(office, OfficeTestData.KEPALA);
        data.user(office, OfficeTestData.BPJS);
        ReadyToRun.letterhead(letters, office);
        String sop = CaseworkAccessRoutes.sopText();
        sops.publish(sops.createDraft(office, "IntakeDeskIntegrationTests.sop.yaml", sop)
                .id());
        String kabidFirst = sop.replace("kode: " + BY_PETUGAS, "kode: " + BY_KABID)
                .replace(
                        "uraian: Menerima permohonan\n    pelaksana: petugas",
                        "uraian: Menerima permohonan\n    pelaksana: kabid");
        sops.publish(sops.createDraft(office, "IntakeDeskIntegrationTests.kabid.sop.yaml", kabidFirst)
                .id());
    }

    @Test
    void refusesAnIntakeByAPositionNotMarkedPetugasLoketWith403AndWritesNothing() throws Exception {
        var refused = call(postJson("/api/permohonan", intake(BY_KABID)), kabid);

        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("Hanya petugas loket yang dapat menerima permohonan");
        assertThat(permohonanCount()).isZero();
    }

    @Test
    void refusesTheIntakePageToAnOfficerWithoutAPetugasLoketPosition() throws Exception {
        var page = mvc.perform(get("/permohonan/baru")
                        .with(user((AlurUser) users.loadUserByUsername(kabid)))
                        .locale(java.util.Locale.forLanguageTag("id")))
                .andReturn()
                .getResponse();

        assertThat(page.getStatus()).isEqualTo(403);
        assertThat(page.getContentAsString()).contains("Hanya petugas loket yang dapat menerima permohonan");
    }

    @Test
    void takesTheIntakeAtThePetugasLoket() throws Exception {
        var taken = call(postJson("/api/permohonan", intake(BY_PETUGAS)), petugas);

        assertThat(taken.getStatus()).as(taken.getContentAsString()).isEqualTo(201);
        assertThat(permohonanCount()).isOne();
    }

    private Map<String, Object> intake(String sopCode) {
        LocalDate birth = Applicants.someBirthDate();
        return Map.of(
                "sopCode",
                sopCode,
                "applicant",
                Map.of(
                        "nik", Applicants.nik(birth, Sex.FEMALE),
                        "name", "Sri Wahyuni",
                        "birthDate", birth.toString(),
                        "sex", "FEMALE",
                        "familyCardNumber", "3317011203150007",
                        "address", "Jl. Loket 1",
                        "villageCode", "33.17.01.2002",
                        "phone", "081234567890"),
                "householdMembers",
                List.of(),
                "checklist",
                List.of(Map.of("position", 0, "present", true), Map.of("position", 1, "present", true)),
                "acknowledgedWarnings",
                List.of());
    }

    private int permohonanCount() {
        return jdbc.sql("select count(*) from permohonan where office_code = ?")
                .param(office)
                .query(Integer.class)
                .single();
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String username) throws Exception {
        String token = offices.issueApiToken(username, "intake-desk-test").token();
        return mvc.perform(request.header("Authorization", "Bearer " + token).header("Accept-Language", "id"))
                .andReturn()
                .getResponse();
    }
}
