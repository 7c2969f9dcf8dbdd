package id.alur.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.alur.letter.LetterService;
import id.alur.office.DelegationKind;
import id.alur.office.NewDelegation;
import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.platform.AlurUser;
import id.alur.sop.SopService;
import id.alur.workflow.Acting;
import id.alur.workflow.CaseId;
import id.alur.workflow.WorkflowService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The inbox of an office of its own (positions of {@link OfficeTestData}, the SOP of
 * {@code CaseworkAccessRoutes.sop.yaml}), with a page size of 5 so that six applications make two pages.
 */
@SpringBootTest(properties = "alur.casework.inbox-page-size=5")
@AutoConfigureMockMvc
class InboxPageIntegrationTests {

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

    OfficeTestData data;
    String office;
    String kepala;
    String kabid;
    List<PermohonanView> waiting = new ArrayList<>();

    @BeforeEach
    void sixApplicationsWaitForTheKepala() {
        data = new OfficeTestData(offices);
        office = data.office();
        String petugas = data.user(office, OfficeTestData.PETUGAS);
        kepala = data.user(office, OfficeTestData.KEPALA);
        kabid = data.user(office, OfficeTestData.KABID);
        CaseworkAccessRoutes.receiptSetting(letters, office);
        sops.publish(sops.createDraft(office, "inbox.sop.yaml", CaseworkAccessRoutes.sopText())
                .id());
        for (int i = 0; i < 6; i++) {
            waiting.add(permohonan.submit(
                    new Intake(
                            office,
                            "kis-uji-akses",
                            Applicants.woman("Pemohon " + (char) ('A' + i)),
                            List.of(),
                            List.of(new Intake.ChecklistEntry(0, true, null), new Intake.ChecklistEntry(1, true, null)),
                            Set.of()),
                    Acting.self(petugas, "Petugas", OfficeTestData.PETUGAS),
                    Instant.now()));
        }
    }

    String inbox(String username, String query) throws Exception {
        AlurUser signedIn = (AlurUser) users.loadUserByUsername(username);
        var response = mvc.perform(get("/inbox" + query).with(user(signedIn)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    @Test
    void listsTheStepsOfMyPositionOldestFirstInPages() throws Exception {
        String first = inbox(kepala, "");
        String second = inbox(kepala, "?page=1");

        for (int i = 0; i < 5; i++) {
            assertThat(first).contains(waiting.get(i).trackingNumber()).contains("Pemohon " + (char) ('A' + i));
        }
        assertThat(first).doesNotContain(waiting.get(5).trackingNumber()).contains("Berikutnya");
        assertThat(second).contains(waiting.get(5).trackingNumber());
        assertThat(first).contains("2. Memeriksa kelengkapan");
    }

    @Test
    void showsOnlyWhatIHaveTakenWhenAsked() throws Exception {
        var taken = waiting.get(2);
        var step = workflow.caseView(new CaseId(taken.workflowCaseId()))
                .currentStep()
                .orElseThrow();
        AlurUser signedIn = (AlurUser) users.loadUserByUsername(kepala);
        mvc.perform(post("/permohonan/" + taken.id() + "/langkah/" + step.id() + "/ambil")
                .with(user(signedIn))
                .with(csrf()));

        String mine = inbox(kepala, "?mine=true");

        assertThat(mine).contains(taken.trackingNumber());
        assertThat(mine).doesNotContain(waiting.get(0).trackingNumber());
        assertThat(inbox(kepala, "?sopCode=no-such-service")).contains("id=\"inbox-empty\"");
    }

    @Test
    void showsTheAbsentHoldersStepsToTheirPlh() throws Exception {
        assertThat(inbox(kabid, "")).contains("id=\"inbox-empty\"");

        var today = offices.today(office);
        offices.delegate(new NewDelegation(
                office,
                OfficeTestData.KEPALA,
                kepala,
                kabid,
                DelegationKind.PLH,
                today,
                today.plusDays(2),
                "Dinas luar"));

        assertThat(inbox(kabid, "")).contains(waiting.get(0).trackingNumber());
    }

    @Test
    void refusesTheInboxToAnAdministratorWithoutPosition() throws Exception {
        AlurUser admin = (AlurUser) users.loadUserByUsername(data.officeAdmin(office));

        var response = mvc.perform(get("/inbox").with(user(admin))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
    }
}
