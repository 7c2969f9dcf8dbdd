package id.alur.casework;

import static org.assertj.core.api.Assertions.assertThat;

import id.alur.letter.LetterService;
import id.alur.letter.ReadyToRun;
import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.sop.SopService;
import id.alur.workflow.Acting;
import id.alur.workflow.CaseId;
import id.alur.workflow.InboxFilter;
import id.alur.workflow.InboxRow;
import id.alur.workflow.StepId;
import id.alur.workflow.Verdict;
import id.alur.workflow.WorkflowService;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A hand-over step opened before {@code workflow_step.handing_position} existed (V5_240) gets its handing lane when the
 * application starts, by the start-up job alone (workflow's {@code HandingPositions}, on the application being ready):
 * the step is written as it stood then while the application starts, before it is ready, and nobody calls the job.
 * The SOP is {@link HandOverLaneIntegrationTests}': the Kabid hands the letter over (row 3), the applicant receives it
 * (row 4).
 */
@SpringBootTest
class HandingPositionsAtStartIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkflowService workflow;

    @Test
    void aHandOverWithoutHandingPositionHasTheHandingLaneOnceTheApplicationIsReady() {
        StepBeforeV5240 step = StepBeforeV5240.written;
        assertThat(step).as("written while the application started").isNotNull();

        assertThat(jdbc.sql("select coalesce(handing_position, '(none)') from workflow_step where id = ?")
                        .param(step.id().value())
                        .query(String.class)
                        .single())
                .isEqualTo(OfficeTestData.KABID);
        assertThat(workflow
                        .inbox(step.office(), Set.of(OfficeTestData.KABID), InboxFilter.all(Instant.now()), 0, 20)
                        .rows()
                        .stream()
                        .map(InboxRow::stepId)
                        .toList())
                .containsExactly(step.id());
    }

    /** The applicant's receipt of a case of the test office, its handing position taken away as before V5_240. */
    record StepBeforeV5240(String office, StepId id) {

        static volatile StepBeforeV5240 written;
    }

    @TestConfiguration
    static class WrittenWhileStarting {

        /**
         * Runs when the context is refreshed and before the application is ready ({@code ApplicationStartedEvent} comes
         * before {@code ApplicationReadyEvent}), as a database carried over from before V5_240 would be there.
         */
        @Bean
        ApplicationListener<ApplicationStartedEvent> aHandOverOpenedBeforeV5240(
                OfficeService offices,
                SopService sops,
                PermohonanService permohonan,
                WorkflowService workflow,
                LetterService letters,
                JdbcClient jdbc) {
            return started -> {
                var data = new OfficeTestData(offices);
                String office = data.office();
                String petugas = data.user(office, OfficeTestData.PETUGAS);
                String kepala = data.user(office, OfficeTestData.KEPALA);
                String kabid = data.user(office, OfficeTestData.KABID);
                data.user(office, OfficeTestData.BPJS);
                ReadyToRun.letterhead(letters, office);
                sops.publish(sops.createDraft(
                                office,
                                "HandingPositionsAtStartIntegrationTests.sop.yaml",
                                HandOverLaneIntegrationTests.sopText())
                        .id());
                var view = permohonan.submit(
                        new Intake(
                                office,
                                "kis-uji-serah",
                                Applicants.woman("Rahayu Ningsih"),
                                List.of(),
                                List.of(
                                        new Intake.ChecklistEntry(0, true, null),
                                        new Intake.ChecklistEntry(1, true, null)),
                                Set.of()),
                        Acting.self(petugas, "Petugas", OfficeTestData.PETUGAS),
                        Instant.now());
                var kase = new CaseId(view.workflowCaseId());
                var asKepala = Acting.self(kepala, "Kepala", OfficeTestData.KEPALA);
                var check = workflow.caseView(kase).currentStep().orElseThrow().id();
                workflow.claim(check, asKepala, Instant.now());
                workflow.decide(check, Verdict.YA, null, asKepala, Instant.now());
                var asKabid = Acting.self(kabid, "Kabid", OfficeTestData.KABID);
                var handing =
                        workflow.caseView(kase).currentStep().orElseThrow().id();
                workflow.claim(handing, asKabid, Instant.now());
                workflow.complete(handing, null, null, asKabid, Instant.now());
                var receipt =
                        workflow.caseView(kase).currentStep().orElseThrow().id();
                int cleared = jdbc.sql("update workflow_step set handing_position = null where id = ?")
                        .param(receipt.value())
                        .update();
                assertThat(cleared).isOne();
                StepBeforeV5240.written = new StepBeforeV5240(office, receipt);
            };
        }
    }
}
