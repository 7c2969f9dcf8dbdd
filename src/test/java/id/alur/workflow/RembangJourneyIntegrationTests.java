package id.alur.workflow;

import static id.alur.workflow.WorkflowFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import id.alur.workflow.WorkflowFixture.Office;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Seed 000, Dinsos PPKB Kab. Rembang: verification may return the papers to the applicant, a refused approval goes back to verification.
 * Cases start on Monday 1 February 2027 at 08:00 office time (no holiday until Imlek on Saturday 6 February) and act
 * after known working minutes, so every SLA figure is exact. Through the public API on PostgreSQL.
 */
@WorkflowModuleTest
@RecordApplicationEvents
class RembangJourneyIntegrationTests {

    @Autowired
    ApplicationEvents events;

    SeedJourneys seed;

    Office office;
    final Acting petugas = as("petugas-pelayanan");
    final Acting kasi = as("kasi-rehabsos");
    final Acting kabid = as("kabid-rehabilitasi-jamsos");
    final Acting kadis = as("kepala-dinas");

    @BeforeEach
    void office(ApplicationContext beans) {
        seed = SeedJourneys.of(beans, "dinsosppkb-rembang");
        office = seed.office;
    }

    @Test
    void runsTheStraightPathWithEachStepTimedAgainstItsFiveMinutes() {
        var journey = seed.start(petugas);
        assertThat(journey.step().dueAt()).isEqualTo(office.at("2027-02-01T08:05"));

        journey.after(4).complete(petugas);
        journey.after(5).decide(kasi, Verdict.YA, null);
        journey.after(6).decide(kabid, Verdict.YA, null);
        journey.after(3).complete(kadis, "400/123/2027");
        journey.after(2).complete(petugas);

        CaseView view = journey.view();
        assertThat(view.state()).isEqualTo(CaseState.FINISHED);
        assertThat(view.currentSteps()).isEmpty();
        assertThat(view.endedAt()).isEqualTo(office.at("2027-02-01T08:20"));
        assertThat(view.officeTime()).isEqualTo(Duration.ofMinutes(20));
        assertThat(view.applicantTime()).isZero();
        assertThat(view.outsideTime()).isZero();
        assertThat(journey.stepTrail())
                .containsExactly(
                        "1 petugas-pelayanan",
                        "2 kasi-rehabsos",
                        "3 kabid-rehabilitasi-jamsos",
                        "4 kepala-dinas",
                        "5 petugas-pelayanan");
        assertThat(journey.actionTrail())
                .containsExactly(
                        "- STARTED petugas-pelayanan-1",
                        "1 COMPLETED petugas-pelayanan-1",
                        "2 DECIDED_YA kasi-rehabsos-1",
                        "3 DECIDED_YA kabid-rehabilitasi-jamsos-1",
                        "4 COMPLETED kepala-dinas-1",
                        "5 COMPLETED petugas-pelayanan-1",
                        "- FINISHED petugas-pelayanan-1");
        // Step 3 took 6 of its 5 minutes; step 5 has no standard time in the seed.
        assertThat(journey.slaTrail()).containsExactly("4m true", "5m true", "6m false", "3m true", "2m null");
        var steps = journey.timeline().steps();
        assertThat(steps.get(2).outputName()).isEqualTo("Paraf");
        assertThat(steps.get(3).outputRef()).isEqualTo("400/123/2027");
        assertThat(steps.get(4).outputName()).isEqualTo("Surat Pengantar");
        assertThat(events.stream(StepCompleted.class).filter(e -> e.caseId().equals(journey.id)))
                .hasSize(5);
        assertThat(events.stream(CaseFinished.class).filter(e -> e.caseId().equals(journey.id)))
                .hasSize(1);
    }

    @Test
    void sendsARefusedApprovalBackToVerification() {
        var journey = seed.start(petugas);
        journey.after(4).complete(petugas);
        journey.after(4).decide(kasi, Verdict.YA, null);

        journey.after(3).decide(kabid, Verdict.TIDAK, "Data DTKS tidak sesuai");
        assertThat(journey.step().activityNumber()).isEqualTo(2);
        journey.after(4).decide(kasi, Verdict.YA, null);
        journey.after(4).decide(kabid, Verdict.YA, null);
        journey.after(4).complete(kadis);
        journey.after(4).complete(petugas);

        assertThat(journey.view().state()).isEqualTo(CaseState.FINISHED);
        assertThat(journey.stepTrail())
                .extracting(s -> s.split(" ")[0])
                .containsExactly("1", "2", "3", "2", "3", "4", "5");
        var tidak = journey.timeline().entries().stream()
                .filter(e -> e.action() == HistoryAction.DECIDED_TIDAK)
                .findFirst()
                .orElseThrow();
        assertThat(tidak.note()).isEqualTo("Data DTKS tidak sesuai");
        assertThat(tidak.fromActivity()).isEqualTo(3);
        assertThat(tidak.toActivity()).isEqualTo(2);
        assertThat(tidak.outputName()).isNull();
        assertThat(journey.view().officeTime()).isEqualTo(Duration.ofMinutes(27));
    }

    @Test
    void returnsUnverifiedPapersToTheApplicantAndResumesAtVerification() {
        var journey = seed.start(petugas);
        journey.after(4).complete(petugas);

        journey.after(5).decide(kasi, Verdict.TIDAK, "SKTM belum diketahui camat");
        CaseView returned = journey.view();
        assertThat(returned.state()).isEqualTo(CaseState.RETURNED_TO_APPLICANT);
        assertThat(returned.currentSteps()).isEmpty();
        assertThat(returned.resumeAtActivity()).isEqualTo(2);
        assertThat(events.stream(CaseReturnedToApplicant.class)
                        .filter(e -> e.caseId().equals(journey.id)))
                .singleElement()
                .satisfies(e -> assertThat(e.note()).isEqualTo("SKTM belum diketahui camat"));

        journey.at("2027-02-01T10:09").resume(petugas);
        assertThat(journey.step().activityNumber()).isEqualTo(2);
        assertThat(journey.step().dueAt()).isEqualTo(office.at("2027-02-01T10:14"));
        journey.after(5).decide(kasi, Verdict.YA, null);
        journey.after(5).decide(kabid, Verdict.YA, null);
        journey.after(5).complete(kadis);
        journey.after(5).complete(petugas);

        CaseView view = journey.view();
        assertThat(view.state()).isEqualTo(CaseState.FINISHED);
        assertThat(view.applicantTime()).isEqualTo(Duration.ofMinutes(120));
        assertThat(view.officeTime()).isEqualTo(Duration.ofMinutes(29));
        assertThat(journey.actionTrail())
                .containsSubsequence(
                        "2 DECIDED_TIDAK kasi-rehabsos-1",
                        "- RESUMED petugas-pelayanan-1",
                        "2 DECIDED_YA kasi-rehabsos-1");
        assertThat(events.stream(CaseResumed.class).filter(e -> e.caseId().equals(journey.id)))
                .singleElement()
                .satisfies(e -> assertThat(e.applicantTime()).isEqualTo(Duration.ofMinutes(120)));
    }
}
