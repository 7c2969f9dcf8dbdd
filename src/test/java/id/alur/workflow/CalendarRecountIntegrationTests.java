package id.alur.workflow;

import static id.alur.workflow.WorkflowFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.alur.calendar.HolidayKind;
import id.alur.calendar.OfficeExceptionKind;
import id.alur.calendar.WorkingCalendar;
import id.alur.sop.SopService;
import id.alur.workflow.WorkflowFixture.Office;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Working time already counted follows a later change of the office's calendar (issue 13 item 4): the closed steps'
 * time on the timeline, the case's clocks and the Mutu Baku figures are counted again after the change commits
 * ({@link CalendarRecount}, asynchronous, so the assertions wait). Seed 000 (Rembang) in WIB, a week of June 2031 with
 * no holiday (Monday 9 to Thursday 12; Monday–Thursday 07.30–16.00 with a 12.00–13.00 break, 450 working minutes a
 * day).
 */
@WorkflowModuleTest
class CalendarRecountIntegrationTests {

    static final StatisticsPeriod JUNE = StatisticsPeriod.monthOf(LocalDate.of(2031, 6, 1));
    static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    WorkflowService workflow;

    @Autowired
    WorkflowFigures figures;

    @Autowired
    SopService sops;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    final Acting petugas = as("petugas-pelayanan");
    final Acting kasi = as("kasi-rehabsos");

    Office office;

    @BeforeEach
    void office() {
        office = new WorkflowFixture(sops, calendar, workflow, jdbc).office("dinsosppkb-rembang");
    }

    @Test
    void leavesADayTheOfficeClosedLaterOutOfTheStepsItSpannedAndOutOfTheFigures() {
        // Tuesday 15.00 to Thursday 09.00: 60 + 450 + 90 minutes
        var spanning = Journey.start(workflow, office, "2031-06-10T15:00", petugas)
                .at("2031-06-12T09:00")
                .complete(petugas);
        var monday = Journey.start(workflow, office, "2031-06-09T08:00", petugas)
                .after(20)
                .complete(petugas);
        assertThat(firstStepTime(spanning)).isEqualTo(Duration.ofMinutes(600));
        assertThat(medianOfFirstStep()).isEqualTo(minutes(310));

        calendar.addOfficeException(
                office.code(), LocalDate.of(2031, 6, 11), OfficeExceptionKind.CLOSED, "Banjir, kantor ditutup");

        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(firstStepTime(spanning)).isEqualTo(Duration.ofMinutes(150)));
        assertThat(spanning.view().officeTime()).isEqualTo(Duration.ofMinutes(150));
        assertThat(firstStepTime(monday)).isEqualTo(Duration.ofMinutes(20));
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(medianOfFirstStep())
                        .isEqualTo((firstStepTime(spanning).toSeconds()
                                        + firstStepTime(monday).toSeconds())
                                / 2.0));
        // the history row is the evidence of what was counted at the close, and only ever added to
        assertThat(spanning.workflow.history(spanning.id).entries().stream()
                        .filter(e -> e.workingTime() != null)
                        .findFirst()
                        .orElseThrow()
                        .workingTime())
                .isEqualTo(Duration.ofMinutes(600));
    }

    @Test
    void countsTheApplicantsTimeAgainWhenTheCalendarChangesUnderThePapersAway() {
        // papers back from Tuesday 10.00 until Thursday 09.00: 300 + 450 + 90 minutes
        var returned = Journey.start(workflow, office, "2031-06-10T09:00", petugas)
                .after(30)
                .complete(petugas)
                .at("2031-06-10T10:00")
                .decide(kasi, Verdict.TIDAK, "KK belum dilampirkan")
                .at("2031-06-12T09:00")
                .resume(petugas);
        assertThat(returned.view().applicantTime()).isEqualTo(Duration.ofMinutes(840));
        assertThat(returned.view().officeTime()).isEqualTo(Duration.ofMinutes(60));

        calendar.addOfficeException(
                office.code(), LocalDate.of(2031, 6, 11), OfficeExceptionKind.CLOSED, "Pemadaman listrik");

        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(returned.view().applicantTime()).isEqualTo(Duration.ofMinutes(390)));
        assertThat(returned.view().officeTime()).isEqualTo(Duration.ofMinutes(60));
        // the case moves on from the recounted row: its version was bumped and the next transition reads it afresh
        returned.decide(kasi, Verdict.YA, null);
        assertThat(returned.view().applicantTime()).isEqualTo(Duration.ofMinutes(390));
    }

    @Test
    void countsEveryStepInTheOfficesNewZone() {
        // 07.00 to 08.00 WIB: 30 working minutes in WIB (from 07.30), 60 in WITA (08.00 to 09.00 there)
        var early = Journey.start(workflow, office, "2031-06-09T07:00", petugas)
                .at("2031-06-09T08:00")
                .complete(petugas);
        assertThat(firstStepTime(early)).isEqualTo(Duration.ofMinutes(30));

        calendar.setZone(office.code(), ZoneId.of("Asia/Makassar"));

        await().atMost(WAIT).untilAsserted(() -> assertThat(medianOfFirstStep()).isEqualTo(minutes(60)));
        assertThat(firstStepTime(early)).isEqualTo(Duration.ofMinutes(60));
        assertThat(early.view().officeTime()).isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void countsANationalHolidayAddedLaterAndRemovedAgain() {
        var spanning = Journey.start(workflow, office, "2031-06-10T15:00", petugas)
                .at("2031-06-12T09:00")
                .complete(petugas);
        var holiday = calendar.addHoliday(
                LocalDate.of(2031, 6, 11), "Hari uji " + office.code(), HolidayKind.CUTI_BERSAMA, "SKB uji");
        try {
            await().atMost(WAIT)
                    .untilAsserted(() -> assertThat(medianOfFirstStep()).isEqualTo(minutes(150)));
            assertThat(firstStepTime(spanning)).isEqualTo(Duration.ofMinutes(150));
        } finally {
            calendar.removeHoliday(holiday.id());
        }
        await().atMost(WAIT).untilAsserted(() -> assertThat(medianOfFirstStep()).isEqualTo(minutes(600)));
        assertThat(firstStepTime(spanning)).isEqualTo(Duration.ofMinutes(600));
    }

    private Duration firstStepTime(Journey journey) {
        return workflow.history(journey.id).steps().getFirst().workingTime();
    }

    private double medianOfFirstStep() {
        return figures.stepFigures(office.code(), JUNE, StepGrouping.STEP).stream()
                .filter(f -> f.key().equals("1"))
                .findFirst()
                .orElseThrow()
                .medianSeconds();
    }

    private static double minutes(double minutes) {
        return minutes * 60;
    }
}
