package id.alur.casework;

import static id.alur.casework.CaseworkWebSlice.Cases.KASI;
import static id.alur.casework.CaseworkWebSlice.Cases.KEPALA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.alur.casework.CaseworkWebSlice.Cases;
import id.alur.casework.StepInput.HandOverForm;
import id.alur.office.CurrentOfficer;
import id.alur.platform.AlurUser;
import id.alur.workflow.CaseId;
import id.alur.workflow.CaseNotFoundException;
import id.alur.workflow.StepId;
import id.alur.workflow.StepOptions;
import id.alur.workflow.StepTakenException;
import id.alur.workflow.StepView;
import id.alur.workflow.TransitionNotAllowedException;
import id.alur.workflow.Verdict;
import id.alur.workflow.WorkflowService;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The case page and its forms in the web slice: what is offered, how a form binds, and how a refusal is answered. */
@CaseworkWebSlice
class CasePageTests {

    static final long ID = 1;
    static final long STEP = 11;

    /** Offers only the take. */
    static final StepOptions TAKE = new StepOptions(
            true, false, false, false, false, false, false, false, false, false, false, true, false, null, null);

    /** Offers what the holder of a decision whose Tidak returns the papers may do. */
    static final StepOptions DECIDE = new StepOptions(
            false, true, false, true, true, true, false, false, false, false, false, true, false, null, null);

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseActions actions;

    @Autowired
    WorkflowService workflow;

    @Autowired
    PermohonanService permohonan;

    @BeforeEach
    void aPermohonanAtTheKasisCheck() {
        show(Cases.step(STEP, null), TAKE);
        given(permohonan.papersRule(anyString(), anyString())).willReturn(IncompletePapersRule.OFFICER_DECIDES);
    }

    void show(StepView current, StepOptions options) {
        var loaded = Cases.loaded(ID, current);
        given(actions.load(eq(new PermohonanId(ID)), any(CurrentOfficer.class))).willReturn(loaded);
        given(workflow.history(any(CaseId.class), any(Locale.class))).willReturn(Cases.timeline(loaded.caseView()));
        given(workflow.options(eq(loaded.caseView()), anyString(), any())).willReturn(options);
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request, AlurUser as) throws Exception {
        return mvc.perform(request.with(user(as)).with(csrf())).andReturn().getResponse();
    }

    @Test
    void offersExactlyTheActionsTheWorkflowAllows() throws Exception {
        String toTake = perform(get("/permohonan/" + ID), KASI).getContentAsString();
        show(Cases.step(STEP, KASI), DECIDE);
        String toDecide = perform(get("/permohonan/" + ID), KASI).getContentAsString();

        assertThat(toTake).contains("id=\"action-take\"").doesNotContain("id=\"form-decide\"");
        assertThat(toDecide)
                .contains("id=\"form-decide\"", "id=\"action-return\"", "id=\"action-release\"")
                .doesNotContain("id=\"action-take\"", "id=\"action-tidak\"", "id=\"form-complete\"");
    }

    @Test
    void showsTheWholeNikToTheCheckerOfThePapersAndMasksItForOthers() throws Exception {
        String kasi = perform(get("/permohonan/" + ID), KASI).getContentAsString();
        String kepala = perform(get("/permohonan/" + ID), KEPALA).getContentAsString();

        assertThat(kasi).contains(Cases.NIK);
        assertThat(kepala).doesNotContain(Cases.NIK).contains(ApplicantView.mask(Cases.NIK));
    }

    @Test
    void showsTheApplicantsEMailAndConsentWholeToTheCheckerOfThePapersAndMaskedForOthers() throws Exception {
        String kasi = perform(get("/permohonan/" + ID), KASI).getContentAsString();
        String kepala = perform(get("/permohonan/" + ID), KEPALA).getContentAsString();

        assertThat(kasi)
                .contains("id=\"applicant-email\">siti.aminah@contoh.id<")
                .contains("Setuju menerima pemberitahuan lewat e-mail dan WhatsApp/SMS");
        assertThat(kepala)
                .doesNotContain("siti.aminah@contoh.id")
                .contains("id=\"applicant-email\">s•••@contoh.id<")
                .contains("Setuju menerima pemberitahuan");
    }

    @Test
    void showsThePhoneWholeToTheFrontDeskAndMaskedWithAShowButtonToLanesThatDoNotContactTheApplicant()
            throws Exception {
        String petugas = perform(get("/permohonan/" + ID), Cases.PETUGAS).getContentAsString();
        String kasi = perform(get("/permohonan/" + ID), KASI).getContentAsString();

        assertThat(petugas).contains("081234567890").doesNotContain("id=\"action-show-phone\"");
        // The kasi checks the papers (whole NIK) but does not call the applicant: the front desk does.
        assertThat(kasi)
                .contains(Cases.NIK)
                .doesNotContain("081234567890")
                .contains(">0812•••••890<")
                .contains("id=\"action-show-phone\"")
                .contains("action=\"/permohonan/" + ID + "/telepon\"");
        verify(actions, never()).recordRead(any(), eq("permohonan.phone-shown"));
    }

    @Test
    void showsThePhoneWholeWhenAskedAndPutsTheAskingOnTheAuditTrail() throws Exception {
        var shown = perform(post("/permohonan/" + ID + "/telepon").header("HX-Request", "true"), KEPALA);

        assertThat(shown.getStatus()).isEqualTo(200);
        assertThat(shown.getContentAsString())
                .contains("081234567890")
                .doesNotContain("id=\"action-show-phone\"")
                .doesNotContain(Cases.NIK);
        verify(actions).recordRead(any(), eq("permohonan.phone-shown"));
    }

    @Test
    void bindsADecisionAndGoesBackToThePageWithWhatWasDone() throws Exception {
        MvcResult result = mvc.perform(post("/permohonan/" + ID + "/langkah/" + STEP + "/putusan")
                        .param("verdict", "TIDAK")
                        .param("note", "SKTM belum dilegalisasi")
                        .with(user(KASI))
                        .with(csrf()))
                .andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/permohonan/" + ID);
        assertThat(result.getFlashMap().get("caseworkDone")).isEqualTo("casework.done.decidedTidak");
        verify(actions)
                .act(
                        eq(new PermohonanId(ID)),
                        any(CurrentOfficer.class),
                        eq(StepAction.PUTUSAN),
                        eq(new StepId(STEP)),
                        eq(new StepInput(
                                "SKTM belum dilegalisasi", null, Verdict.TIDAK, null, null, null, HandOverForm.NONE)),
                        any(Instant.class));
    }

    @Test
    void bindsTheHandOverTimeAsTheOfficesLocalTime() throws Exception {
        perform(
                post("/permohonan/" + ID + "/langkah/" + STEP + "/serah-terima")
                        .param("receivedBy", "Siti Aminah")
                        .param("receivedAt", "2026-03-02T09:15")
                        .param("idKind", "KTP")
                        .param("idNumber", Cases.NIK),
                KASI);

        verify(actions)
                .act(
                        eq(new PermohonanId(ID)),
                        any(CurrentOfficer.class),
                        eq(StepAction.SERAH_TERIMA),
                        eq(new StepId(STEP)),
                        eq(new StepInput(
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                new HandOverForm(
                                        "Siti Aminah",
                                        Instant.parse("2026-03-02T02:15:00Z"),
                                        IdentityKind.KTP,
                                        Cases.NIK))),
                        any(Instant.class));
    }

    @Test
    void answersBadInputWith422OnTheFreshPageNamingTheProblem() throws Exception {
        given(actions.act(any(), any(CurrentOfficer.class), any(), any(), any(), any()))
                .willThrow(new TransitionNotAllowedException(
                        "workflow.decision.noteRequired", "note", "Tidak needs a note saying why"));

        var response = perform(
                post("/permohonan/" + ID + "/langkah/" + STEP + "/putusan").param("verdict", "TIDAK"), KASI);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString())
                .contains("id=\"case-problem\"", "Keputusan Tidak wajib disertai catatan", "id=\"case-tracking\"")
                .contains("Agus Prasetyo");
    }

    @Test
    void answersAStepTakenMeanwhileWith409SayingWhoTookIt() throws Exception {
        given(actions.act(any(), any(CurrentOfficer.class), any(), any(), any(), any()))
                .willThrow(new StepTakenException(
                        new StepId(STEP), "plh.kasi", "Rudi Hartono", Instant.parse("2026-03-02T02:05:00Z")));

        var response = perform(post("/permohonan/" + ID + "/langkah/" + STEP + "/ambil"), KASI);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString())
                .contains("Langkah ini sudah diambil atau dikerjakan oleh Rudi Hartono pada 02-03-2026 09:05")
                .contains("id=\"case-tracking\"");
    }

    @Test
    void answersNotFoundForAnUnknownActionAndAnEscapedCaseNotFound() throws Exception {
        var unknownAction = perform(post("/permohonan/" + ID + "/langkah/" + STEP + "/terbang"), KASI);
        given(actions.act(any(), any(CurrentOfficer.class), any(), any(), any(), any()))
                .willThrow(new CaseNotFoundException(new StepId(STEP)));
        var escaped = perform(post("/permohonan/" + ID + "/langkah/" + STEP + "/ambil"), KASI);
        given(actions.load(eq(new PermohonanId(2)), any(CurrentOfficer.class)))
                .willThrow(new CaseNotFoundException(new CaseId(102)));
        var page = perform(get("/permohonan/2"), KASI);

        assertThat(unknownAction.getStatus()).isEqualTo(404);
        assertThat(escaped.getStatus()).isEqualTo(404);
        assertThat(escaped.getContentAsString()).contains("Langkah " + STEP + " tidak ditemukan");
        assertThat(page.getStatus()).isEqualTo(404);
    }

    @Test
    void resumesAsTheLanjutkanAction() throws Exception {
        var result = mvc.perform(post("/permohonan/" + ID + "/lanjutkan")
                        .param("note", "Berkas lengkap")
                        .with(user(Cases.PETUGAS))
                        .with(csrf()))
                .andReturn();

        assertThat(result.getFlashMap().get("caseworkDone")).isEqualTo("casework.done.resumed");
        verify(actions)
                .act(
                        eq(new PermohonanId(ID)),
                        any(CurrentOfficer.class),
                        eq(StepAction.LANJUTKAN),
                        isNull(),
                        eq(StepInput.note("Berkas lengkap")),
                        any(Instant.class));
    }
}
