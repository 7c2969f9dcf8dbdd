package id.alur.workflow;

import static id.alur.workflow.WorkflowFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.alur.workflow.WorkflowFixture.Office;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Seed 001, Dinas Sosial Kab. Solok: the applicant's intake, a disposition chain, eight days at BPJS Kesehatan, the hand-over of the KIS.
 * Cases start on Monday 1 February 2027 at 08:00 office time (no holiday until Imlek on Saturday 6 February) and act
 * after known working minutes, so every SLA figure is exact. Through the public API on PostgreSQL.
 */
@WorkflowModuleTest
@RecordApplicationEvents
class SolokJourneyIntegrationTests {

    @Autowired
    ApplicationEvents events;

    SeedJourneys seed;

    Office office;
    final Acting petugas = as("petugas-pelayanan");
    final Acting kadis = as("kepala-dinas");
    final Acting kabid = as("kepala-bidang");
    final Acting korpel = as("koordinator-pelayanan");
    final Acting bpjs = as("bpjs-kesehatan");

    @BeforeEach
    void office(ApplicationContext beans) {
        seed = SeedJourneys.of(beans, "dinsos-solok");
        office = seed.office;
    }

    Journey toBpjs() {
        var journey = seed.start(petugas);
        journey.after(10).complete(petugas);
        journey.after(10).complete(kadis);
        journey.after(10).complete(kabid);
        journey.after(10).complete(korpel);
        journey.at("2027-02-02T08:00").complete(kadis);
        return journey;
    }

    @Test
    void recordsTheIntakeForTheApplicantThenWaitsEightDaysOnBpjsAndEndsWithTheHandOver() {
        var journey = seed.start(petugas);
        var intake = journey.timeline().entries().get(1);
        assertThat(intake.action()).isEqualTo(HistoryAction.INTAKE_RECORDED);
        assertThat(intake.actorUsername()).isEqualTo("petugas-pelayanan-1");
        assertThat(intake.recordedFor()).isEqualTo(LaneKind.APPLICANT);
        assertThat(intake.actorLabel()).isEqualTo("Pejabat petugas-pelayanan atas nama pemohon");
        assertThat(intake.outputName()).isEqualTo("Usulan Permohonan");
        assertThat(journey.step().activityNumber()).isEqualTo(2);

        journey.after(10).complete(petugas);
        journey.after(10).complete(kadis);
        journey.after(10).complete(kabid);
        journey.after(10).complete(korpel);
        // "1 hari": a working day later, Tuesday 08:40.
        assertThat(journey.step().dueAt()).isEqualTo(office.at("2027-02-02T08:40"));
        journey.at("2027-02-02T08:00").complete(kadis);

        CaseView atBpjs = journey.view();
        assertThat(atBpjs.state()).isEqualTo(CaseState.AWAITING_OUTSIDE_PARTY);
        // "8 hari" working days: Tuesday 2 February 08:00 + 8 = Friday 12 February 08:00.
        assertThat(journey.step().dueAt()).isEqualTo(office.at("2027-02-12T08:00"));
        assertThat(journey.step().laneKind()).isEqualTo(LaneKind.OUTSIDE_PARTY);
        var inbox = seed.workflow.inbox(office.code(), Set.of("bpjs-kesehatan"), InboxFilter.all(journey.now), 0, 10);
        assertThat(inbox.rows())
                .singleElement()
                .satisfies(r -> assertThat(r.activityNumber()).isEqualTo(7));

        journey.at("2027-02-11T10:00")
                .recordOutside(bpjs, new OutsideResult("KIS-0001234567890", LocalDate.of(2027, 2, 11), null));
        assertThat(journey.view().state()).isEqualTo(CaseState.AWAITING_APPLICANT);
        // the applicant's hand-over waits in the front desk's inbox
        var desk = seed.workflow.inbox(office.code(), Set.of("petugas-pelayanan"), InboxFilter.all(journey.now), 0, 10);
        assertThat(desk.rows()).singleElement().satisfies(r -> {
            assertThat(r.activityNumber()).isEqualTo(8);
            assertThat(r.laneKind()).isEqualTo(LaneKind.APPLICANT);
        });
        journey.at("2027-02-12T09:00").handOver(petugas, "Siti Aminah", "KTP 1302014505800001");

        CaseView view = journey.view();
        assertThat(view.state()).isEqualTo(CaseState.FINISHED);
        // 4 x 10 minutes, then Monday 08:40 to Tuesday 08:00 = 6 h 20 + 30 min.
        assertThat(view.officeTime()).isEqualTo(Duration.ofMinutes(40 + 410));
        // Tuesday 08:00 to Thursday 11 February 10:00: 7 h + 6 days x 7.5 h + 2.5 h.
        assertThat(view.outsideTime()).isEqualTo(Duration.ofMinutes(54 * 60 + 30));
        // Thursday 10:00 to Friday 09:00: 5 h + 1.5 h, the applicant's own time to collect the KIS.
        assertThat(view.applicantTime()).isEqualTo(Duration.ofMinutes(6 * 60 + 30));
        assertThat(journey.stepTrail())
                .containsExactly(
                        "1 pemohon",
                        "2 petugas-pelayanan",
                        "3 kepala-dinas",
                        "4 kepala-bidang",
                        "5 koordinator-pelayanan",
                        "6 kepala-dinas",
                        "7 bpjs-kesehatan",
                        "8 pemohon");
        assertThat(journey.slaTrail())
                .containsExactly(
                        "0m true",
                        "10m true",
                        "10m true",
                        "10m true",
                        "10m true",
                        "410m true",
                        (54 * 60 + 30) + "m true",
                        "390m true");
        var steps = journey.timeline().steps();
        assertThat(steps.get(6).resultReference()).isEqualTo("KIS-0001234567890");
        assertThat(steps.get(6).closedBy()).isEqualTo("bpjs-kesehatan-1");
        assertThat(steps.get(7).handOverReceivedBy()).isEqualTo("Siti Aminah");
        assertThat(steps.get(7).handOverIdentity()).isEqualTo("KTP 1302014505800001");
        assertThat(journey.actionTrail())
                .containsExactly(
                        "- STARTED petugas-pelayanan-1",
                        "1 INTAKE_RECORDED petugas-pelayanan-1",
                        "2 COMPLETED petugas-pelayanan-1",
                        "3 COMPLETED kepala-dinas-1",
                        "4 COMPLETED kepala-bidang-1",
                        "5 COMPLETED koordinator-pelayanan-1",
                        "6 COMPLETED kepala-dinas-1",
                        "7 OUTSIDE_RESULT_RECORDED bpjs-kesehatan-1",
                        "8 HANDED_OVER petugas-pelayanan-1",
                        "- FINISHED petugas-pelayanan-1");
        assertThat(events.stream(OutsideResultRecorded.class)
                        .filter(e -> e.caseId().equals(journey.id)))
                .singleElement()
                .satisfies(e -> assertThat(e.recordedByOffice()).isFalse());
    }

    @Test
    void letsTheFrontDeskRecordBpjsResultOnlyWithEvidence() {
        var journey = toBpjs();
        var withoutScan = new OutsideResult("KIS-77", LocalDate.of(2027, 2, 10), null);
        long rows = seed.fixture.historyRows(journey.id);

        assertThatThrownBy(() -> journey.at("2027-02-10T09:00").recordOutside(petugas, withoutScan))
                .isInstanceOfSatisfying(TransitionNotAllowedException.class, e -> {
                    assertThat(e.reason()).isEqualTo("workflow.outside.evidenceRequired");
                    assertThat(e.field()).isEqualTo("attachmentRef");
                });
        assertThat(seed.fixture.historyRows(journey.id)).isEqualTo(rows);

        journey.recordOutside(petugas, new OutsideResult("KIS-77", LocalDate.of(2027, 2, 10), "file:scan-77"));
        var recorded = journey.timeline().entries().stream()
                .filter(e -> e.action() == HistoryAction.OUTSIDE_RESULT_RECORDED)
                .findFirst()
                .orElseThrow();
        assertThat(recorded.recordedFor()).isEqualTo(LaneKind.OUTSIDE_PARTY);
        assertThat(recorded.actorLabel()).isEqualTo("Pejabat petugas-pelayanan atas nama BPJS Kesehatan");
        assertThat(recorded.outputRef()).isEqualTo("KIS-77");
        assertThat(journey.view().state()).isEqualTo(CaseState.AWAITING_APPLICANT);
        assertThat(events.stream(OutsideResultRecorded.class)
                        .filter(e -> e.caseId().equals(journey.id)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.recordedByOffice()).isTrue();
                    assertThat(e.attachmentRef()).isEqualTo("file:scan-77");
                });
    }
}
