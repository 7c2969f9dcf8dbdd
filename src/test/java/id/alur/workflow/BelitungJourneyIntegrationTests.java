package id.alur.workflow;

import static id.alur.workflow.WorkflowFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import id.alur.workflow.WorkflowFixture.Office;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Seed 004, Dinkes Kab. Belitung: incomplete papers go back to the applicant at the check; the applicant receives the sheet.
 * Cases start on Monday 1 February 2027 at 08:00 office time (no holiday until Imlek on Saturday 6 February) and act
 * after known working minutes, so every SLA figure is exact. Through the public API on PostgreSQL.
 */
@WorkflowModuleTest
@RecordApplicationEvents
class BelitungJourneyIntegrationTests {

    SeedJourneys seed;

    Office office;
    final Acting staf = as("staf-yankes");
    final Acting kasi = as("kasi-yankes-rujukan");
    final Acting kabid = as("kabid-yankes");

    @BeforeEach
    void office(ApplicationContext beans) {
        seed = SeedJourneys.of(beans, "dinkes-belitung");
        office = seed.office;
    }

    void finishFromSigning(Journey journey) {
        journey.after(3).complete(kasi);
        journey.after(3).complete(kabid);
        journey.after(3).complete(staf);
        journey.after(2).handOver(staf, "Rina", "KTP 1906016001900002");
    }

    @Test
    void runsTheStraightPathFromIntakeToTheApplicantReceivingTheSheet() {
        var journey = seed.start(staf);
        journey.after(3).complete(staf);
        journey.after(4).decide(staf, Verdict.YA, null);
        finishFromSigning(journey);

        CaseView view = journey.view();
        assertThat(view.state()).isEqualTo(CaseState.FINISHED);
        assertThat(journey.stepTrail())
                .containsExactly(
                        "1 pemohon",
                        "2 staf-yankes",
                        "3 staf-yankes",
                        "4 kasi-yankes-rujukan",
                        "5 kabid-yankes",
                        "6 staf-yankes",
                        "7 pemohon");
        assertThat(journey.slaTrail())
                .containsExactly("0m true", "3m true", "4m true", "3m true", "3m true", "3m true", "2m true");
        assertThat(view.officeTime()).isEqualTo(Duration.ofMinutes(16));
        assertThat(view.applicantTime()).isEqualTo(Duration.ofMinutes(2));
        assertThat(journey.timeline().steps().get(6).outputName()).isEqualTo("Lembar verifikasi");
    }

    @Test
    void returnsIncompletePapersToTheApplicantOnTidakAndResumesAtTheCheck() {
        var journey = seed.start(staf);
        journey.after(3).complete(staf);
        journey.after(4).decide(staf, Verdict.TIDAK, "Akta kelahiran anak belum dilampirkan");
        assertThat(journey.view().state()).isEqualTo(CaseState.RETURNED_TO_APPLICANT);

        journey.at("2027-02-02T09:00").resume(staf);
        assertThat(journey.step().activityNumber()).isEqualTo(3);
        journey.after(4).decide(staf, Verdict.YA, null);
        finishFromSigning(journey);

        CaseView view = journey.view();
        assertThat(view.state()).isEqualTo(CaseState.FINISHED);
        // Monday 08:07 to Tuesday 09:00 in working time: 6 h 53 + 1 h 30, plus the 2 minutes to collect.
        assertThat(view.applicantTime()).isEqualTo(Duration.ofMinutes(413 + 90 + 2));
        assertThat(journey.stepTrail())
                .extracting(s -> s.split(" ")[0])
                .containsExactly("1", "2", "3", "3", "4", "5", "6", "7");
    }

    @Test
    void returnsIncompletePapersThroughTheReturnOperation() {
        var journey = seed.start(staf);
        journey.after(3).complete(staf);
        journey.after(2).returnToApplicant(staf, "KK belum diperbarui");

        CaseView view = journey.view();
        assertThat(view.state()).isEqualTo(CaseState.RETURNED_TO_APPLICANT);
        assertThat(view.resumeAtActivity()).isEqualTo(3);
        var returned = journey.timeline().entries().stream()
                .filter(e -> e.action() == HistoryAction.RETURNED_TO_APPLICANT)
                .findFirst()
                .orElseThrow();
        assertThat(returned.note()).isEqualTo("KK belum diperbarui");
        assertThat(returned.toState()).isEqualTo(CaseState.RETURNED_TO_APPLICANT);

        journey.after(30).resume(staf).after(4).decide(staf, Verdict.YA, null);
        finishFromSigning(journey);
        assertThat(journey.view().state()).isEqualTo(CaseState.FINISHED);
        assertThat(journey.view().applicantTime()).isEqualTo(Duration.ofMinutes(32));
    }
}
