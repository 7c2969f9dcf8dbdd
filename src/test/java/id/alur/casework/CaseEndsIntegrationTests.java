package id.alur.casework;

import static id.alur.casework.PermohonanApiIntegrationTests.allPapers;
import static id.alur.casework.PermohonanApiIntegrationTests.intake;
import static id.alur.casework.PermohonanApiIntegrationTests.postJson;
import static id.alur.casework.PermohonanApiIntegrationTests.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.alur.office.OfficeService;
import id.alur.platform.AlurUser;
import id.alur.workflow.CaseId;
import id.alur.workflow.CaseState;
import id.alur.workflow.WorkflowService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * A case ended before its SOP's end (DESIGN.md §4 "Ends of a case"): cancelled by the office or withdrawn by the
 * applicant, from the case page and the API, always with a reason; the permohonan closes and the NIK may apply again.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CaseEndsIntegrationTests {

    static final String FRONT_DESK = "rembang.petugas-pelayanan";
    static final String KASI = "rembang.kasi-rehabsos";

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficeService offices;

    @Autowired
    UserDetailsService users;

    @Autowired
    PermohonanService permohonan;

    @Autowired
    WorkflowService workflow;

    record Taken(long id, String nik, LocalDate birth) {}

    JsonNode call(MockHttpServletRequestBuilder request, String username, int expectedStatus) throws Exception {
        String token = offices.issueApiToken(username, "ends-test").token();
        MockHttpServletResponse response = mvc.perform(request.header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expectedStatus);
        String body = response.getContentAsString();
        return body.isEmpty() ? null : PermohonanApiIntegrationTests.json.readTree(body);
    }

    MockHttpServletResponse page(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(user((AlurUser) users.loadUserByUsername(username)))
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }

    /** A complete Rembang permohonan taken in through the API; it waits at the kasi's check. */
    Taken takeIn() throws Exception {
        LocalDate birth = Applicants.someBirthDate();
        String nik = Applicants.nik(birth, Sex.FEMALE);
        var created = call(postJson("/api/permohonan", intake(nik, birth, allPapers(), List.of())), FRONT_DESK, 201);
        return new Taken(created.at("/permohonan/id/value").asLong(), nik, birth);
    }

    CaseState caseState(long id) {
        var view = permohonan.find(new PermohonanId(id));
        return workflow.caseView(new CaseId(view.workflowCaseId())).state();
    }

    @Test
    void offersTheFrontDeskBothEndsAndAnotherOfficePositionTheCancellationOnly() throws Exception {
        var taken = takeIn();

        var atFrontDesk = call(get("/api/permohonan/" + taken.id()), FRONT_DESK, 200);
        var atKasi = call(get("/api/permohonan/" + taken.id()), KASI, 200);

        assertThat(strings(atFrontDesk.at("/allowedActions"))).containsExactly("batalkan", "tarik");
        assertThat(strings(atKasi.at("/allowedActions"))).containsExactly("ambil", "batalkan");
        call(postJson("/api/permohonan/" + taken.id() + "/tarik", Map.of("reason", "Pindah")), KASI, 403);
        assertThat(caseState(taken.id())).isEqualTo(CaseState.ACTIVE);
    }

    @Test
    void refusesACancellationWithoutAReasonAndWritesNothing() throws Exception {
        var taken = takeIn();

        var refused = call(postJson("/api/permohonan/" + taken.id() + "/batalkan", Map.of("reason", " ")), KASI, 422);
        var byPage = page(post("/permohonan/" + taken.id() + "/tarik"), FRONT_DESK);

        assertThat(refused.at("/errors/0/field").asString()).isEqualTo("reason");
        assertThat(refused.at("/errors/0/code").asString()).isEqualTo("workflow.case.reasonRequired");
        assertThat(byPage.getStatus()).isEqualTo(422);
        assertThat(byPage.getContentAsString()).contains("id=\"case-problem\"", "Alasan wajib diisi.");
        assertThat(caseState(taken.id())).isEqualTo(CaseState.ACTIVE);
        assertThat(permohonan.find(new PermohonanId(taken.id())).status()).isEqualTo(PermohonanStatus.OPEN);
    }

    @Test
    void cancelsThroughTheApiAndClosesThePermohonan() throws Exception {
        var taken = takeIn();

        var cancelled = call(
                postJson("/api/permohonan/" + taken.id() + "/batalkan", Map.of("reason", "Permohonan ganda")),
                KASI,
                200);

        assertThat(cancelled.at("/caseState").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.at("/permohonan/status").asString()).isEqualTo("CANCELLED");
        assertThat(strings(cancelled.at("/allowedActions"))).isEmpty();
        var history = call(get("/api/permohonan/" + taken.id() + "/riwayat"), KASI, 200);
        assertThat(history.toString()).contains("Permohonan ganda");
        call(postJson("/api/permohonan/" + taken.id() + "/tarik", Map.of("reason", "lagi")), FRONT_DESK, 422);
    }

    @Test
    void recordsAWithdrawalFromTheCasePageAndLetsTheNikApplyAgainWithoutADuplicateWarning() throws Exception {
        var taken = takeIn();
        var before = page(get("/permohonan/" + taken.id()), FRONT_DESK);
        assertThat(before.getContentAsString()).contains("id=\"action-withdraw\"", "id=\"action-cancel\"");

        var withdrawn = page(
                post("/permohonan/" + taken.id() + "/tarik").param("reason", "Pemohon pindah domisili"), FRONT_DESK);

        assertThat(withdrawn.getStatus()).isEqualTo(302);
        assertThat(caseState(taken.id())).isEqualTo(CaseState.WITHDRAWN);
        assertThat(permohonan.find(new PermohonanId(taken.id())).status()).isEqualTo(PermohonanStatus.CANCELLED);
        var after = page(get("/permohonan/" + taken.id()), FRONT_DESK);
        assertThat(after.getContentAsString()).doesNotContain("id=\"case-end\"");
        call(postJson("/api/permohonan", intake(taken.nik(), taken.birth(), allPapers(), List.of())), FRONT_DESK, 201);
    }
}
