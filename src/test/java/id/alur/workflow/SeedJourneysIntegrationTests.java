package id.alur.workflow;

import static id.alur.workflow.WorkflowFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.alur.calendar.WorkingCalendar;
import id.alur.sop.SopService;
import id.alur.workflow.WorkflowFixture.Office;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Every path through the decisions of the five seed SOPs, run through the public API on PostgreSQL: the sequence of
 * steps and actors, the history rows and the SLA figures. Cases start on Monday 1 February 2027 at 08:00 office time
 * (no holiday until Imlek on Saturday 6 February) and act after known working minutes.
 */
@SpringBootTest
@RecordApplicationEvents
class SeedJourneysIntegrationTests {

    static final String MONDAY_0800 = "2027-02-01T08:00";

    @Autowired
    WorkflowService workflow;

    @Autowired
    SopService sops;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    WorkflowFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new WorkflowFixture(sops, calendar, workflow, jdbc);
    }

    @Nested
    class Seed000Rembang {

        Office office;
        final Acting petugas = as("petugas-pelayanan");
        final Acting kasi = as("kasi-rehabsos");
        final Acting kabid = as("kabid-rehabilitasi-jamsos");
        final Acting kadis = as("kepala-dinas");

        @BeforeEach
        void office() {
            office = fixture.office("dinsosppkb-rembang");
        }

        @Test
        void runsTheStraightPathWithEachStepTimedAgainstItsFiveMinutes() {
            var journey = Journey.start(workflow, office, MONDAY_0800, petugas);
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
            var journey = Journey.start(workflow, office, MONDAY_0800, petugas);
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
            var journey = Journey.start(workflow, office, MONDAY_0800, petugas);
            journey.after(4).complete(petugas);

            journey.after(5).decide(kasi, Verdict.TIDAK, "SKTM belum diketahui camat");
            CaseView returned = journey.view();
            assertThat(returned.state()).isEqualTo(CaseState.RETURNED_TO_APPLICANT);
            assertThat(returned.currentSteps()).isEmpty();
            assertThat(returned.resumeAtActivity()).isEqualTo(2);
            assertThat(events.stream(CaseReturnedToApplicant.class).filter(e -> e.caseId().equals(journey.id)))
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
                            "2 DECIDED_TIDAK kasi-rehabsos-1", "- RESUMED petugas-pelayanan-1", "2 DECIDED_YA kasi-rehabsos-1");
            assertThat(events.stream(CaseResumed.class).filter(e -> e.caseId().equals(journey.id)))
                    .singleElement()
                    .satisfies(e -> assertThat(e.applicantTime()).isEqualTo(Duration.ofMinutes(120)));
        }
    }

    @Nested
    class Seed001Solok {

        Office office;
        final Acting petugas = as("petugas-pelayanan");
        final Acting kadis = as("kepala-dinas");
        final Acting kabid = as("kepala-bidang");
        final Acting korpel = as("koordinator-pelayanan");
        final Acting bpjs = as("bpjs-kesehatan");

        @BeforeEach
        void office() {
            office = fixture.office("dinsos-solok");
        }

        Journey toBpjs() {
            var journey = Journey.start(workflow, office, MONDAY_0800, petugas);
            journey.after(10).complete(petugas);
            journey.after(10).complete(kadis);
            journey.after(10).complete(kabid);
            journey.after(10).complete(korpel);
            journey.at("2027-02-02T08:00").complete(kadis);
            return journey;
        }

        @Test
        void recordsTheIntakeForTheApplicantThenWaitsEightDaysOnBpjsAndEndsWithTheHandOver() {
            var journey = Journey.start(workflow, office, MONDAY_0800, petugas);
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
            var inbox = workflow.inbox(
                    office.code(), java.util.Set.of("bpjs-kesehatan"), InboxFilter.all(journey.now), 0, 10);
            assertThat(inbox.rows()).singleElement().satisfies(r -> assertThat(r.activityNumber())
                    .isEqualTo(7));

            journey.at("2027-02-11T10:00")
                    .recordOutside(bpjs, new OutsideResult("KIS-0001234567890", LocalDate.of(2027, 2, 11), null));
            assertThat(journey.view().state()).isEqualTo(CaseState.AWAITING_APPLICANT);
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
            assertThat(events.stream(OutsideResultRecorded.class).filter(e -> e.caseId().equals(journey.id)))
                    .singleElement()
                    .satisfies(e -> assertThat(e.recordedByOffice()).isFalse());
        }

        @Test
        void letsTheFrontDeskRecordBpjsResultOnlyWithEvidence() {
            var journey = toBpjs();
            var withoutScan = new OutsideResult("KIS-77", LocalDate.of(2027, 2, 10), null);
            long rows = fixture.historyRows(journey.id);

            assertThatThrownBy(() -> journey.at("2027-02-10T09:00").recordOutside(petugas, withoutScan))
                    .isInstanceOfSatisfying(TransitionNotAllowedException.class, e -> {
                        assertThat(e.reason()).isEqualTo("workflow.outside.evidenceRequired");
                        assertThat(e.field()).isEqualTo("attachmentRef");
                    });
            assertThat(fixture.historyRows(journey.id)).isEqualTo(rows);

            journey.recordOutside(petugas, new OutsideResult("KIS-77", LocalDate.of(2027, 2, 10), "file:scan-77"));
            var recorded = journey.timeline().entries().stream()
                    .filter(e -> e.action() == HistoryAction.OUTSIDE_RESULT_RECORDED)
                    .findFirst()
                    .orElseThrow();
            assertThat(recorded.recordedFor()).isEqualTo(LaneKind.OUTSIDE_PARTY);
            assertThat(recorded.actorLabel()).isEqualTo("Pejabat petugas-pelayanan atas nama BPJS Kesehatan");
            assertThat(recorded.outputRef()).isEqualTo("KIS-77");
            assertThat(journey.view().state()).isEqualTo(CaseState.AWAITING_APPLICANT);
            assertThat(events.stream(OutsideResultRecorded.class).filter(e -> e.caseId().equals(journey.id)))
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.recordedByOffice()).isTrue();
                        assertThat(e.attachmentRef()).isEqualTo("file:scan-77");
                    });
        }
    }

    @Nested
    class Seed002Kemenag {

        Office office;
        final Acting ptsp = as("ptsp");
        final Acting kakan = as("kepala-kantor");
        final Acting kasubbag = as("kasubbag-tu");
        final Acting korpel = as("korpel");

        @BeforeEach
        void office() {
            office = fixture.office("kemenag-jaksel");
        }

        Journey toFirstReview() {
            var journey = Journey.start(workflow, office, MONDAY_0800, ptsp);
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

    @Nested
    class Seed003Kaltara {

        Office office;
        final Acting admin = as("pengadministrasi-umum");
        final Acting kadis = as("kepala-dinas");
        final Acting kabid = as("kabid-linjamsos");
        final Acting subkoor = as("subkoor-jaminan-sosial");
        final Acting plhKadis = Acting.standIn(
                "sekretaris", "Drs. Sekretaris Dinas", "kepala-dinas", DelegationKind.PLH, "kadis", "Dhed Daniel Li");

        @BeforeEach
        void office() {
            office = fixture.office("dinsos-kaltara");
        }

        Journey toRecommendation() {
            var journey = Journey.start(workflow, office, MONDAY_0800, admin);
            journey.after(10).complete(admin);
            journey.after(10).complete(kadis);
            journey.after(10).complete(kabid);
            return journey;
        }

        @Test
        void runsTheStraightPathInWitaWithATwentyFourHourCalendarStep() {
            assertThat(office.zone()).isEqualTo(java.time.ZoneId.of("Asia/Makassar"));
            var journey = toRecommendation();
            // "24 Jam" counts calendar time: Monday 08:30 WITA + 24 h.
            assertThat(journey.step().dueAt()).isEqualTo(office.at("2027-02-02T08:30"));
            journey.at("2027-02-02T08:00").complete(subkoor);
            journey.after(20).decide(kabid, Verdict.YA, null);
            journey.after(25).decide(plhKadis, Verdict.YA, null);
            journey.after(10).complete(kabid);
            journey.after(10).complete(subkoor, "011/REK/II/2027");

            assertThat(journey.view().state()).isEqualTo(CaseState.FINISHED);
            assertThat(journey.stepTrail())
                    .containsExactly(
                            "1 pengadministrasi-umum",
                            "2 kepala-dinas",
                            "3 kabid-linjamsos",
                            "4 subkoor-jaminan-sosial",
                            "5 kabid-linjamsos",
                            "6 kepala-dinas",
                            "7 kabid-linjamsos",
                            "8 subkoor-jaminan-sosial");
            // Monday 08:30 to Tuesday 08:00 WITA in working time: 3.5 h + 3 h + 0.5 h.
            assertThat(journey.slaTrail())
                    .containsExactly(
                            "10m true", "10m true", "10m true", "420m true", "20m true", "25m true", "10m true",
                            "10m true");
            var plh = journey.timeline().entries().stream()
                    .filter(e -> e.action() == HistoryAction.DECIDED_YA && e.activityNumber() == 6)
                    .findFirst()
                    .orElseThrow();
            assertThat(plh.actorUsername()).isEqualTo("sekretaris");
            assertThat(plh.onBehalfOfUsername()).isEqualTo("kadis");
            assertThat(plh.delegationKind()).isEqualTo(DelegationKind.PLH);
            assertThat(plh.actorLabel()).isEqualTo("Drs. Sekretaris Dinas, Plh. untuk Dhed Daniel Li");
            assertThat(workflow.history(journey.id, java.util.Locale.ENGLISH).entries().stream()
                            .filter(e -> e.sequence() == plh.sequence())
                            .findFirst()
                            .orElseThrow()
                            .actorLabel())
                    .isEqualTo("Drs. Sekretaris Dinas, Plh. for Dhed Daniel Li");
        }

        @Test
        void sendsARefusedRecommendationBackToTheSubCoordinator() {
            var journey = toRecommendation();
            journey.after(60).complete(subkoor);
            journey.after(20).decide(kabid, Verdict.TIDAK, "Data pasien kurang");
            assertThat(journey.step().activityNumber()).isEqualTo(4);
            journey.after(60).complete(subkoor);
            journey.after(20).decide(kabid, Verdict.YA, null);
            journey.after(20).decide(kadis, Verdict.YA, null);
            journey.after(10).complete(kabid);
            journey.after(10).complete(subkoor);

            assertThat(journey.stepTrail())
                    .extracting(s -> s.split(" ")[0])
                    .containsExactly("1", "2", "3", "4", "5", "4", "5", "6", "7", "8");
            assertThat(journey.view().state()).isEqualTo(CaseState.FINISHED);
        }

        @Test
        void sendsARefusedApprovalBackToTheDivisionHead() {
            var journey = toRecommendation();
            journey.after(60).complete(subkoor);
            journey.after(20).decide(kabid, Verdict.YA, null);
            journey.after(20).decide(kadis, Verdict.TIDAK, "Perbaiki dasar hukum");
            assertThat(journey.step().positionCode()).isEqualTo("kabid-linjamsos");
            assertThat(journey.step().activityNumber()).isEqualTo(5);
            journey.after(20).decide(kabid, Verdict.YA, null);
            journey.after(20).decide(kadis, Verdict.YA, null);
            journey.after(10).complete(kabid);
            journey.after(10).complete(subkoor);

            assertThat(journey.stepTrail())
                    .extracting(s -> s.split(" ")[0])
                    .containsExactly("1", "2", "3", "4", "5", "6", "5", "6", "7", "8");
        }
    }

    @Nested
    class Seed004Belitung {

        Office office;
        final Acting staf = as("staf-yankes");
        final Acting kasi = as("kasi-yankes-rujukan");
        final Acting kabid = as("kabid-yankes");

        @BeforeEach
        void office() {
            office = fixture.office("dinkes-belitung");
        }

        void finishFromSigning(Journey journey) {
            journey.after(3).complete(kasi);
            journey.after(3).complete(kabid);
            journey.after(3).complete(staf);
            journey.after(2).handOver(staf, "Rina", "KTP 1906016001900002");
        }

        @Test
        void runsTheStraightPathFromIntakeToTheApplicantReceivingTheSheet() {
            var journey = Journey.start(workflow, office, MONDAY_0800, staf);
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
            var journey = Journey.start(workflow, office, MONDAY_0800, staf);
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
            var journey = Journey.start(workflow, office, MONDAY_0800, staf);
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
}
