package id.alur.casework;

import static id.alur.casework.CaseworkWebSlice.KASI_TOKEN;
import static id.alur.casework.CaseworkWebSlice.OFFICE;
import static id.alur.casework.CaseworkWebSlice.PETUGAS_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.alur.casework.CaseworkWebSlice.Cases;
import id.alur.casework.StepInput.HandOverForm;
import id.alur.office.CurrentOfficer;
import id.alur.platform.InputProblem;
import id.alur.workflow.CaseId;
import id.alur.workflow.CaseNotFoundException;
import id.alur.workflow.CaseView;
import id.alur.workflow.StepId;
import id.alur.workflow.StepOptions;
import id.alur.workflow.StepTakenException;
import id.alur.workflow.TransitionNotAllowedException;
import id.alur.workflow.Verdict;
import id.alur.workflow.WorkflowService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The permohonan API in the web slice: how requests bind and how every refusal becomes a problem detail. */
@CaseworkWebSlice
class PermohonanApiControllerTests {

    static final JsonMapper json = JsonMapper.builder().build();
    static final long ID = 1;
    static final long STEP = 11;
    static final String ACT = "/api/permohonan/" + ID + "/langkah/" + STEP + "/";

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseActions actions;

    @Autowired
    WorkflowService workflow;

    @Autowired
    PermohonanService permohonan;

    @Autowired
    Services services;

    @BeforeEach
    void aPermohonanAtTheKasisCheck() {
        var loaded = Cases.loaded(ID, Cases.step(STEP, null));
        given(actions.load(eq(new PermohonanId(ID)), any(CurrentOfficer.class))).willReturn(loaded);
        given(workflow.options(any(CaseView.class), anyString(), any())).willReturn(StepOptions.NONE);
    }

    JsonNode call(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        return call(request, KASI_TOKEN, expectedStatus);
    }

    JsonNode call(MockHttpServletRequestBuilder request, String token, int expectedStatus) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expectedStatus);
        return json.readTree(response.getContentAsString());
    }

    static MockHttpServletRequestBuilder postJson(String path, String body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    void actionsRefuseWith(RuntimeException refusal) {
        given(actions.act(any(), any(CurrentOfficer.class), any(), any(), any(), any()))
                .willThrow(refusal);
    }

    @Test
    void bindsAStepActionAndOffersWhatTheWorkflowAllowsAfterIt() throws Exception {
        var after = Cases.loaded(ID, Cases.step(STEP, Cases.KASI));
        given(actions.act(any(), any(CurrentOfficer.class), any(), any(), any(), any()))
                .willReturn(after);
        given(workflow.options(eq(after.caseView()), eq(Cases.KASI.username()), any()))
                .willReturn(new StepOptions(
                        false, true, false, true, true, true, false, false, false, false, false, true, false, null,
                        null));

        var answer = call(postJson(ACT + "selesai", """
                        {"note": "Diteruskan", "outputRef": "SP/12", "receivedBy": "Siti Aminah",
                         "receivedAt": "2026-03-02T09:15:00+07:00", "idKind": "KTP", "idNumber": "3317014508850002"}
                        """), 200);

        verify(actions)
                .act(
                        eq(new PermohonanId(ID)),
                        any(CurrentOfficer.class),
                        eq(StepAction.SELESAI),
                        eq(new StepId(STEP)),
                        eq(new StepInput(
                                "Diteruskan",
                                "SP/12",
                                null,
                                null,
                                null,
                                null,
                                new HandOverForm(
                                        "Siti Aminah",
                                        Instant.parse("2026-03-02T02:15:00Z"),
                                        IdentityKind.KTP,
                                        "3317014508850002"))),
                        any(Instant.class));
        assertThat(PermohonanApiIntegrationTests.strings(answer.at("/allowedActions")))
                .containsExactly("lepas", "putusan", "kembalikan", "batalkan");
        assertThat(answer.at("/currentStep/claimedBy").asString()).isEqualTo(Cases.KASI.username());
    }

    @Test
    void answersBadInputWith422NamingTheField() throws Exception {
        actionsRefuseWith(new TransitionNotAllowedException(
                "workflow.decision.noteRequired", "note", "Tidak needs a note saying why"));

        var problem = call(postJson(ACT + "putusan", "{\"verdict\": \"TIDAK\"}"), 422);

        assertThat(problem.at("/type").asString()).isEqualTo("urn:alur:problem:invalid-input");
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("note");
        assertThat(problem.at("/errors/0/code").asString()).isEqualTo("workflow.decision.noteRequired");
        assertThat(problem.at("/errors/0/message").asString()).startsWith("Keputusan Tidak wajib");
    }

    @Test
    void refusesAHandOverTimeWithoutOffsetWith422NamingReceivedAt() throws Exception {
        var problem = call(postJson(ACT + "selesai", """
                        {"receivedBy": "Siti Aminah", "receivedAt": "2026-03-02T09:15",
                         "idKind": "KTP", "idNumber": "3317014508850002"}
                        """), 422);

        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("receivedAt");
        assertThat(problem.at("/errors/0/code").asString()).isEqualTo("casework.handOver.receivedAtOffset");
        assertThat(problem.at("/errors/0/message").asString()).contains("2026-03-02T09:15", "+07:00");
        verify(actions, never()).act(any(), any(CurrentOfficer.class), any(), any(), any(), any());
    }

    @Test
    void answersWarningsWithTheTokensThatConfirmThem() throws Exception {
        given(services.inForce(eq(OFFICE), eq("kis-surat-pengantar"), any(LocalDate.class)))
                .willReturn(Optional.of(Cases.version()));
        var warning = InputProblem.warning("checklist", "casework.checklist.incomplete", "SKTM");
        given(permohonan.submit(any(), any(), any())).willThrow(new IntakeNeedsConfirmationException(List.of(warning)));

        var problem = call(
                postJson("/api/permohonan", "{\"sopCode\": \"kis-surat-pengantar\"}")
                        .header("Accept-Language", "en"),
                PETUGAS_TOKEN,
                422);

        assertThat(problem.at("/type").asString()).isEqualTo("urn:alur:problem:confirmation-required");
        assertThat(problem.at("/code").asString()).isEqualTo("casework.api.confirmationRequired");
        assertThat(problem.at("/errors").isMissingNode()).isTrue();
        assertThat(problem.at("/warnings/0/code").asString()).isEqualTo("casework.checklist.incomplete");
        assertThat(problem.at("/warnings/0/token").asString()).isEqualTo(warning.token());
        assertThat(problem.at("/warnings/0/message").asString())
                .contains("SKTM")
                .doesNotContain("{0}");
    }

    @Test
    void answersAStepTakenMeanwhileWith409InTheCallersLanguage() throws Exception {
        actionsRefuseWith(new StepTakenException(
                new StepId(STEP), "plh.kasi", "Rudi Hartono", Instant.parse("2026-03-02T02:05:00Z")));

        var indonesian = call(post(ACT + "ambil"), 409);
        var english = call(post(ACT + "ambil").header("Accept-Language", "en"), 409);

        assertThat(indonesian.at("/changedBy").asString()).isEqualTo("Rudi Hartono");
        assertThat(indonesian.at("/changedAt").asString()).isEqualTo("2026-03-02T02:05:00Z");
        assertThat(indonesian.at("/detail").asString())
                .isEqualTo("Langkah ini sudah diambil atau dikerjakan oleh Rudi Hartono pada 2 Mar 2026 09:05 WIB.");
        assertThat(english.at("/detail").asString())
                .isEqualTo("This step was already taken or done by Rudi Hartono at 2 Mar 2026 09:05 WIB.");
    }

    @Test
    void answersNotFoundForAnotherOfficesPermohonanAnUnknownActionAndAnEscapedCaseNotFound() throws Exception {
        given(actions.load(eq(new PermohonanId(2)), any(CurrentOfficer.class)))
                .willThrow(new PermohonanNotFoundException(new PermohonanId(2)));
        var otherOffice = call(get("/api/permohonan/2"), 404);
        var unknownAction = call(post(ACT + "terbang"), 404);
        actionsRefuseWith(new CaseNotFoundException(new CaseId(101)));
        var escaped = call(post(ACT + "ambil"), 404);

        assertThat(otherOffice.at("/code").asString()).isEqualTo("casework.permohonan.notFound");
        assertThat(unknownAction.at("/type").asString()).isEqualTo("urn:alur:problem:not-found");
        assertThat(escaped.at("/code").asString()).isEqualTo("workflow.case.notFound");
        assertThat(escaped.at("/detail").asString()).contains("101");
    }

    @Test
    void answersAnUnreadableBodyWith400() throws Exception {
        var problem = call(postJson(ACT + "putusan", "{\"verdict\": \"MUNGKIN\"}"), 400);

        assertThat(problem.at("/type").asString()).isEqualTo("urn:alur:problem:bad-request");
    }

    @Test
    void bindsTheVerdict() throws Exception {
        given(actions.act(any(), any(CurrentOfficer.class), any(), any(), any(), any()))
                .willReturn(Cases.loaded(ID, Cases.step(STEP, Cases.KASI)));

        call(postJson(ACT + "putusan", "{\"verdict\": \"YA\"}"), 200);

        verify(actions)
                .act(
                        eq(new PermohonanId(ID)),
                        any(CurrentOfficer.class),
                        eq(StepAction.PUTUSAN),
                        eq(new StepId(STEP)),
                        eq(new StepInput(null, null, Verdict.YA, null, null, null, HandOverForm.NONE)),
                        any(Instant.class));
    }
}
