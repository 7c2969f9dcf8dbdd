package id.alur.workflow;

import static id.alur.workflow.WorkflowFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import id.alur.workflow.WorkflowFixture.Office;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Seed 002, Kantor Kemenag Kota Jakarta Selatan: two reviews that send the draft back to the Korpel, BPJS, the desk hands out the KIS.
 * Cases start on Monday 1 February 2027 at 08:00 office time (no holiday until Imlek on Saturday 6 February) and act
 * after known working minutes, so every SLA figure is exact. Through the public API on PostgreSQL.
 */
@WorkflowModuleTest
@RecordApplicationEvents
class KemenagJourneyIntegrationTests {

    SeedJourneys seed;

    Office office;
    final Acting ptsp = as("ptsp");
    final Acting kakan = as("kepala-kantor");
    final Acting kasubbag = as("kasubbag-tu");
    final Acting korpel = as("korpel");

    @BeforeEach
    void office(ApplicationContext beans) {
        seed = SeedJourneys.of(beans, "kemenag-jaksel");
        office = seed.office;
    }

    Journey toFirstReview() {
        var journey = seed.start(ptsp);
        journey.after(10).complete(ptsp);
        journey.after(10).complete(kakan);
        journey.after(10).complete(kasubbag);
        journey.after(10).complete(korpel);
        return journey;
    }

    void finishFromSigning(Journey journey) {
        journey.after(10).decide(kakan, Verdict.YA, null);
        journey.after(30).complete(kasubbag);
        assertThat(journey.view().state()).isEqualTo(CaseState.AWAITING_OUTSIDE_PARTY);
        assertThat(journey.step().dueAt()).isNull();
        journey.at("2027-02-09T10:00")
                .recordOutside(ptsp, new OutsideResult("BPJS/KIS/0099", LocalDate.of(2027, 2, 9), "file:kis-scan"));
        journey.after(10).complete(korpel);
        journey.after(5).complete(ptsp);
    }

    @Test
    void runsTheStraightPathThroughBpjsToTheDesk() {
        var journey = toFirstReview();
        journey.after(10).decide(kasubbag, Verdict.YA, null);
        finishFromSigning(journey);

        assertThat(journey.view().state()).isEqualTo(CaseState.FINISHED);
        assertThat(journey.stepTrail())
                .containsExactly(
                        "1 ptsp",
                        "2 kepala-kantor",
                        "3 kasubbag-tu",
                        "4 korpel",
                        "5 kasubbag-tu",
                        "6 kepala-kantor",
                        "7 kasubbag-tu",
                        "8 bpjs-kesehatan",
                        "9 korpel",
                        "10 ptsp");
        // Row 8 has no standard time: measured on the outside clock, never within or over a standard.
        assertThat(journey.slaTrail().get(7)).endsWith(" null");
        assertThat(journey.view().outsideTime()).isPositive();
    }

    @Test
    void sendsTheDraftBackToKorpelWhenTheFirstReviewRefuses() {
        var journey = toFirstReview();
        journey.after(10).decide(kasubbag, Verdict.TIDAK, "Lampiran SK belum ada");
        assertThat(journey.step().positionCode()).isEqualTo("korpel");
        journey.after(10).complete(korpel);
        journey.after(10).decide(kasubbag, Verdict.YA, null);
        finishFromSigning(journey);

        assertThat(journey.stepTrail())
                .extracting(s -> s.split(" ")[0])
                .containsExactly("1", "2", "3", "4", "5", "4", "5", "6", "7", "8", "9", "10");
    }

    @Test
    void sendsTheDraftBackToKorpelWhenTheHeadOfOfficeRefusesToSign() {
        var journey = toFirstReview();
        journey.after(10).decide(kasubbag, Verdict.YA, null);
        journey.after(10).decide(kakan, Verdict.TIDAK, "Salah alamat BPJS");
        assertThat(journey.step().activityNumber()).isEqualTo(4);
        journey.after(10).complete(korpel);
        journey.after(10).decide(kasubbag, Verdict.YA, null);
        finishFromSigning(journey);

        assertThat(journey.stepTrail())
                .extracting(s -> s.split(" ")[0])
                .containsExactly("1", "2", "3", "4", "5", "6", "4", "5", "6", "7", "8", "9", "10");
        assertThat(journey.view().state()).isEqualTo(CaseState.FINISHED);
    }
}
