package id.alur.casework;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.letter.ReadyToRun;
import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.platform.AlurUser;
import id.alur.sop.SopService;
import id.alur.workflow.Acting;
import id.alur.workflow.CaseId;
import id.alur.workflow.StepView;
import id.alur.workflow.Verdict;
import id.alur.workflow.WorkflowService;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A new office running the test SOP of the BPJS tests (the exchange, the outside party's lane): front desk (petugas),
 * kepala's check, BPJS, hand-over; its officers work through the real pages ({@link MockMvc}) and the real services. The
 * outside party's own user and API token are made when a test first asks for them.
 */
class BpjsOffice {
    final OfficeTestData data;
    final String code;
    final String sopCode;
    final AlurUser frontDesk;
    final AlurUser kepala;
    final AlurUser admin;

    private final MockMvc mvc;
    private final PermohonanService permohonan;
    private final WorkflowService workflow;
    private final OfficeService offices;
    private final UserDetailsService userDetails;
    private AlurUser bpjs;
    private String bpjsToken;

    BpjsOffice(ApplicationContext context, MockMvc mvc) {
        this.mvc = mvc;
        this.permohonan = context.getBean(PermohonanService.class);
        this.workflow = context.getBean(WorkflowService.class);
        this.offices = context.getBean(OfficeService.class);
        this.userDetails = context.getBean(UserDetailsService.class);
        var sops = context.getBean(SopService.class);
        data = new OfficeTestData(offices);
        code = data.office();
        frontDesk = data.signedIn(userDetails, data.user(code, OfficeTestData.PETUGAS));
        kepala = data.signedIn(userDetails, data.user(code, OfficeTestData.KEPALA));
        admin = data.signedIn(userDetails, data.officeAdmin(code));
        ReadyToRun.prepare(context, code, CaseworkAccessRoutes.sopText());
        var draft = sops.createDraft(code, "BpjsOffice.sop.yaml", CaseworkAccessRoutes.sopText());
        sops.publish(draft.id());
        sopCode = draft.code();
    }

    PermohonanView submit(String name) {
        return permohonan.submit(
                new Intake(
                        code,
                        sopCode,
                        Applicants.woman(name),
                        List.of(),
                        List.of(
                                new Intake.ChecklistEntry(
                                        0, true, new Intake.Upload("ktp.pdf", SampleScans.pdf("KTP"))),
                                new Intake.ChecklistEntry(1, true, null)),
                        Set.of()),
                Acting.self(frontDesk.username(), "Petugas", OfficeTestData.PETUGAS),
                Instant.now());
    }

    /** A permohonan the kepala checked (Ya): it waits at the BPJS step. */
    PermohonanView atBpjs(String name) {
        var view = submit(name);
        checkedYa(view);
        return view;
    }

    /** The kepala claims the open step of the permohonan (the check) and decides Ya: it moves on to BPJS. */
    void checkedYa(PermohonanView view) {
        var step = stepOf(view).id();
        workflow.claim(step, asKepala(), Instant.now());
        workflow.decide(step, Verdict.YA, null, asKepala(), Instant.now());
    }

    Acting asKepala() {
        return Acting.self(kepala.username(), "Kepala", OfficeTestData.KEPALA);
    }

    /** The outside party's own user, in the BPJS position. */
    AlurUser bpjs() {
        if (bpjs == null) {
            bpjs = data.signedIn(userDetails, data.user(code, OfficeTestData.BPJS));
        }
        return bpjs;
    }

    /** The {@code Authorization} header of the outside party's API token. */
    String bpjsToken() {
        if (bpjsToken == null) {
            bpjsToken =
                    "Bearer " + offices.issueApiToken(bpjs().username(), "bpjs").token();
        }
        return bpjsToken;
    }

    /** The id of the scan taken in at the intake. */
    long intakeScan(PermohonanView view) {
        return view.documents().getFirst().id().value();
    }

    StepView stepOf(PermohonanView view) {
        return workflow.caseView(new CaseId(view.workflowCaseId()))
                .currentStep()
                .orElseThrow();
    }

    /** The front desk types the BPJS step's result in on the case page, with BPJS's letter as its scan. */
    void resultTypedIn(PermohonanView view, String reference) throws Exception {
        mvc.perform(multipart(
                                "/permohonan/{id}/langkah/{step}/hasil-luar",
                                view.id().value(),
                                stepOf(view).id().value())
                        .file(new MockMultipartFile(
                                "evidence", "surat-bpjs.pdf", "application/pdf", SampleScans.pdf("BPJS")))
                        .param("reference", reference)
                        .param("resultDate", LocalDate.now().toString())
                        .with(user(frontDesk))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    /** The kepala cancels the case on its page. */
    void cancelled(PermohonanView view, String reason) throws Exception {
        endedOnCasePage(view, "batalkan", reason, kepala);
    }

    /** The front desk records that the applicant withdrew. */
    void withdrawn(PermohonanView view, String reason) throws Exception {
        endedOnCasePage(view, "tarik", reason, frontDesk);
    }

    private void endedOnCasePage(PermohonanView view, String action, String reason, AlurUser by) throws Exception {
        mvc.perform(post("/permohonan/{id}/" + action, view.id().value())
                        .param("reason", reason)
                        .with(user(by))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    long createBatch(String format) throws Exception {
        String location = mvc.perform(post("/bpjs/usulan")
                        .param("lane", OfficeTestData.BPJS)
                        .param("format", format)
                        .with(user(frontDesk))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    String download(long batch) throws Exception {
        return mvc.perform(get("/bpjs/usulan/{b}/berkas", batch).with(user(frontDesk)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    long upload(long batch, String name, byte[] content) throws Exception {
        String location = mvc.perform(multipart("/bpjs/usulan/{b}/jawaban", batch)
                        .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .with(user(frontDesk))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    void refused(long batch, String name, byte[] content, String message) throws Exception {
        mvc.perform(multipart("/bpjs/usulan/{b}/jawaban", batch)
                        .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .with(user(frontDesk))
                        .with(csrf()))
                .andExpect(status().is(422))
                .andExpect(content().string(Matchers.containsString(message)));
    }

    ResultActions apply(long batch, long answer) throws Exception {
        return mvc.perform(post("/bpjs/usulan/{b}/jawaban/{a}/terapkan", batch, answer)
                .with(user(frontDesk))
                .with(csrf()));
    }
}
