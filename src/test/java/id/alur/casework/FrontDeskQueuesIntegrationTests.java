package id.alur.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.alur.letter.LetterService;
import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.platform.AlurUser;
import id.alur.platform.InputProblem;
import id.alur.sop.SopService;
import id.alur.workflow.Acting;
import id.alur.workflow.CaseId;
import id.alur.workflow.CaseState;
import id.alur.workflow.OutsideResult;
import id.alur.workflow.StepId;
import id.alur.workflow.Verdict;
import id.alur.workflow.WorkflowService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The front desk's queues on its home page. The SOP of {@code CaseworkAccessRoutes.sop.yaml} with its last step in the
 * applicant's lane (collecting the KIS, as in seed 001): one application returned to the applicant with a paper
 * missing, one at BPJS Kesehatan, one whose KIS is ready, one still in the kepala's inbox.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FrontDeskQueuesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficeService offices;

    @Autowired
    SopService sops;

    @Autowired
    LetterService letters;

    @Autowired
    PermohonanService permohonan;

    @Autowired
    WorkflowService workflow;

    @Autowired
    UserDetailsService users;

    String office;
    String petugas;
    String kepala;
    String bpjs;
    PermohonanView returned;
    PermohonanView atBpjs;
    PermohonanView ready;
    PermohonanView inside;

    static String sopText() {
        return CaseworkAccessRoutes.sopText()
                .replace("kode: kis-uji-akses", "kode: kis-uji-antrian")
                .replace("pelaksana:\n", "pelaksana:\n  - id: pemohon\n    nama: Pemohon\n    jenis: pemohon\n")
                .replace(
                        "uraian: Menyerahkan KIS kepada pemohon\n    pelaksana: petugas",
                        "uraian: Pemohon menerima KIS\n    pelaksana: pemohon");
    }

    @BeforeEach
    void fourApplications() {
        var data = new OfficeTestData(offices);
        office = data.office();
        petugas = data.user(office, OfficeTestData.PETUGAS);
        kepala = data.user(office, OfficeTestData.KEPALA);
        bpjs = data.user(office, OfficeTestData.BPJS);
        data.user(office, OfficeTestData.KABID);
        CaseworkAccessRoutes.receiptSetting(letters, office, "kis-uji-antrian");
        sops.publish(sops.createDraft(office, "queues.sop.yaml", sopText()).id());
        returned = submitWithoutKk("Rukmini Wulandari");
        atBpjs = submit("Endang Purwati");
        ready = submit("Lastri Handayani");
        inside = submit("Tutik Suryani");
        var asKepala = Acting.self(kepala, "Kepala", OfficeTestData.KEPALA);
        decide(returned, Verdict.TIDAK, asKepala);
        decide(atBpjs, Verdict.YA, asKepala);
        decide(ready, Verdict.YA, asKepala);
        workflow.recordOutsideResult(
                current(ready),
                new OutsideResult("KIS-0001", LocalDate.now(), null),
                Acting.self(bpjs, "BPJS", OfficeTestData.BPJS),
                Instant.now());
    }

    PermohonanView submit(String name) {
        return permohonan.submit(intake(name, true, Set.of()), asPetugas(), Instant.now());
    }

    PermohonanView submitWithoutKk(String name) {
        try {
            permohonan.submit(intake(name, false, Set.of()), asPetugas(), Instant.now());
        } catch (IntakeNeedsConfirmationException e) {
            var tokens = e.warnings().stream().map(InputProblem::token).collect(Collectors.toSet());
            return permohonan.submit(intake(name, false, tokens), asPetugas(), Instant.now());
        }
        throw new AssertionError("a missing KK is warned");
    }

    Intake intake(String name, boolean kk, Set<String> acknowledged) {
        return new Intake(
                office,
                "kis-uji-antrian",
                Applicants.woman(name),
                List.of(),
                List.of(new Intake.ChecklistEntry(0, true, null), new Intake.ChecklistEntry(1, kk, null)),
                acknowledged);
    }

    Acting asPetugas() {
        return Acting.self(petugas, "Petugas", OfficeTestData.PETUGAS);
    }

    StepId current(PermohonanView view) {
        return workflow.caseView(new CaseId(view.workflowCaseId()))
                .currentStep()
                .orElseThrow()
                .id();
    }

    void decide(PermohonanView view, Verdict verdict, Acting acting) {
        var step = current(view);
        workflow.claim(step, acting, Instant.now());
        workflow.decide(step, verdict, verdict == Verdict.TIDAK ? "KK belum ada" : null, acting, Instant.now());
    }

    String home(String username) throws Exception {
        AlurUser signedIn = (AlurUser) users.loadUserByUsername(username);
        var response = mvc.perform(get("/").with(user(signedIn))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    /** The part of the home page holding one queue's card. */
    static String queue(String home, String code) {
        int start = home.indexOf("id=\"queue-" + code + "\"");
        assertThat(start).as("queue " + code).isNotNegative();
        int end = home.indexOf("id=\"queue-", start + 10);
        return home.substring(start, end < 0 ? home.length() : end);
    }

    @Test
    void theFrontDeskSeesWhatWaitsOutsideTheOfficeEachInItsQueue() throws Exception {
        String home = home(petugas);

        String waitingForApplicant = queue(home, "dikembalikan");
        assertThat(waitingForApplicant)
                .contains(returned.trackingNumber())
                .contains("Rukmini Wulandari")
                .contains("Kurang: Fotocopy KK")
                .contains("menunggu 0 menit")
                .doesNotContain(atBpjs.trackingNumber());
        String waitingForBpjs = queue(home, "pihak-luar");
        assertThat(waitingForBpjs)
                .contains(atBpjs.trackingNumber())
                .contains("batas ")
                .doesNotContain(ready.trackingNumber());
        assertThat(queue(home, "siap-diserahkan"))
                .contains(ready.trackingNumber())
                .doesNotContain(returned.trackingNumber());
        assertThat(home).doesNotContain(inside.trackingNumber());
    }

    @Test
    void aReturnedCaseIsFoundFromTheQueueAndResumed() throws Exception {
        String link = "/permohonan/" + returned.id();
        assertThat(queue(home(petugas), "dikembalikan")).contains("href=\"" + link + "\"");
        AlurUser signedIn = (AlurUser) users.loadUserByUsername(petugas);
        String casePage = mvc.perform(get(link).with(user(signedIn)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(casePage).contains(link + "/lanjutkan");

        mvc.perform(post(link + "/lanjutkan").with(user(signedIn)).with(csrf()));

        assertThat(workflow.caseView(new CaseId(returned.workflowCaseId())).state())
                .isEqualTo(CaseState.ACTIVE);
        assertThat(queue(home(petugas), "dikembalikan")).doesNotContain(returned.trackingNumber());
    }

    @Test
    void onlyTheFrontDeskHasTheQueues() throws Exception {
        assertThat(home(kepala)).doesNotContain("front-desk-queues");
        assertThat(home(bpjs)).doesNotContain("front-desk-queues");
    }
}
