package id.alur.workflow;

import static id.alur.workflow.WorkflowFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.alur.calendar.WorkingCalendar;
import id.alur.sop.SopService;
import id.alur.workflow.WorkflowFixture.Office;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Mutu Baku figures on a hand-made month of seed 000 (Rembang: activities 1–4 have 5 menit, 5 none) with known
 * times, March 2027 in Asia/Jakarta (Monday–Thursday 07.30–16.00, break 12.00–13.00; Friday 26 March is Wafat Yesus
 * Kristus):
 *
 * <pre>
 * case A  Mon 1 Mar 08:00   steps 2, 4, 5, 1, 3 min                                    office 15 min
 * case B  Tue 2 Mar 09:00   steps 4, 3 (Tidak: papers back to the applicant until Wed 09:00), 6, 3, 7, 1 min
 *                           office 24 min, applicant 443 working minutes
 * case C  Thu 25 Mar 15:50  step 1 closes Mon 29 Mar 07:50 (10 + 20 min across the holiday and the weekend),
 *                           then 5, 5, 5, 2 min                                         office 47 min
 * case D  Wed 31 Mar 15:55  step 1 closes Thu 1 Apr 08:00: not in March
 * </pre>
 */
@WorkflowModuleTest
class StepStatisticsIntegrationTests {

    static final StatisticsPeriod MARCH = StatisticsPeriod.monthOf(LocalDate.of(2027, 3, 1));

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
    final Acting kasi2 = as("kasi-rehabsos", 2);
    final Acting kabid = as("kabid-rehabilitasi-jamsos");
    final Acting kadis = as("kepala-dinas");

    Office office;
    Journey caseA;
    Journey caseB;
    Journey caseC;

    @BeforeEach
    void monthOfCases() {
        office = new WorkflowFixture(sops, calendar, workflow, jdbc).office("dinsosppkb-rembang");
        caseA = Journey.start(workflow, office, "2027-03-01T08:00", petugas)
                .after(2)
                .complete(petugas)
                .after(4)
                .decide(kasi, Verdict.YA, null)
                .after(5)
                .decide(kabid, Verdict.YA, null)
                .after(1)
                .complete(kadis, "400/1/2027")
                .after(3)
                .complete(petugas);
        caseB = Journey.start(workflow, office, "2027-03-02T09:00", petugas)
                .after(4)
                .complete(petugas)
                .after(3)
                .decide(kasi, Verdict.TIDAK, "SKTM belum diketahui camat")
                .at("2027-03-03T09:00")
                .resume(petugas)
                .after(6)
                .decide(kasi, Verdict.YA, null)
                .after(3)
                .decide(kabid, Verdict.YA, null)
                .after(7)
                .complete(kadis, "400/2/2027")
                .after(1)
                .complete(petugas);
        caseC = Journey.start(workflow, office, "2027-03-25T15:50", petugas)
                .at("2027-03-29T07:50")
                .complete(petugas)
                .after(5)
                .decide(kasi2, Verdict.YA, null)
                .after(5)
                .decide(kabid, Verdict.YA, null)
                .after(5)
                .complete(kadis, "400/3/2027")
                .after(2)
                .complete(petugas);
        Journey.start(workflow, office, "2027-03-31T15:55", petugas)
                .at("2027-04-01T08:00")
                .complete(petugas);
    }

    @Test
    void givesMedianP90AndShareWithinTheStandardPerStep() {
        Map<String, StepFigures> steps = byKey(StepGrouping.STEP);

        assertThat(steps).containsOnlyKeys("1", "2", "3", "4", "5");
        assertFigures(steps.get("1"), 3, minutes(4), minutes(24.8), 3, 2);
        assertFigures(steps.get("2"), 4, minutes(4.5), minutes(5.7), 4, 3);
        assertFigures(steps.get("3"), 3, minutes(5), minutes(5), 3, 3);
        assertFigures(steps.get("4"), 3, minutes(5), minutes(6.6), 3, 2);
        assertFigures(steps.get("5"), 3, minutes(2), minutes(2.8), 0, 0);
        assertThat(steps.get("1").standardText()).isEqualTo("5 menit");
        assertThat(steps.get("1").sopVersionId())
                .isEqualTo(office.version().id().value());
        assertThat(steps.get("1").shareWithinStandard()).isEqualTo(2.0 / 3);
        assertThat(steps.get("5").shareWithinStandard()).isNull();
    }

    @Test
    void countsWorkingTimeAcrossAWeekendAndAHolidayAsTheTimelineDoes() {
        List<LateStep> late =
                figures.lateSteps(office.code(), MARCH, office.version().id().value(), 1);

        assertThat(late).singleElement().satisfies(step -> {
            assertThat(step.caseId()).isEqualTo(caseC.id);
            assertThat(step.workingSeconds()).isEqualTo(30 * 60);
        });
        var timelineStep = workflow.history(caseC.id).steps().getFirst();
        assertThat(timelineStep.workingTime().toSeconds())
                .isEqualTo(late.getFirst().workingSeconds());
    }

    @Test
    void groupsTheOfficesOwnStepsPerPositionOfficerAndMonth() {
        Map<String, StepFigures> positions = byKey(StepGrouping.POSITION);
        assertFigures(positions.get("petugas-pelayanan"), 6, minutes(2.5), minutes(17), 3, 2);
        assertFigures(positions.get("kasi-rehabsos"), 4, minutes(4.5), minutes(5.7), 4, 3);

        Map<String, StepFigures> officers = byKey(StepGrouping.OFFICER);
        assertFigures(officers.get("kasi-rehabsos-1"), 3, minutes(4), minutes(5.6), 3, 2);
        assertFigures(officers.get("kasi-rehabsos-2"), 1, minutes(5), minutes(5), 1, 1);
        assertThat(officers.get("kasi-rehabsos-2").label()).isEqualTo("Pejabat kasi-rehabsos 2");

        assertThat(byKey(StepGrouping.MONTH)).containsOnlyKeys("2027-03").hasEntrySatisfying("2027-03", month -> {
            assertThat(month.steps()).isEqualTo(16);
            assertThat(month.judged()).isEqualTo(13);
            assertThat(month.withinStandard()).isEqualTo(10);
        });
    }

    @Test
    void setsEachWholeCaseAgainstTheSopsTotalWithTheApplicantsTimeApart() {
        assertThat(figures.caseFigures(office.code(), MARCH)).singleElement().satisfies(figures -> {
            assertThat(figures.cases()).isEqualTo(3);
            assertThat(figures.officeTotalSeconds()).isEqualTo(20 * 60);
            assertThat(figures.totalText()).isEqualTo("20 Menit");
            assertThat(figures.medianOfficeSeconds()).isEqualTo(minutes(24));
            assertThat(figures.p90OfficeSeconds()).isCloseTo(minutes(42.4), within(0.001));
            assertThat(figures.medianApplicantSeconds()).isZero();
            assertThat(figures.withinTotal()).isEqualTo(1);
        });
        List<LateCase> late =
                figures.lateCases(office.code(), MARCH, office.version().id().value());
        assertThat(late).extracting(LateCase::caseId).containsExactly(caseC.id, caseB.id);
        assertThat(late.get(1).officeSeconds()).isEqualTo(24 * 60);
        assertThat(late.get(1).applicantSeconds()).isEqualTo(443 * 60);
    }

    @Test
    void listsEveryActivityOfTheVersionWithItsStandardInWorkingSeconds() {
        assertThat(figures.standards(office.version().id().value()))
                .extracting(ActivityStandard::number, ActivityStandard::standardSeconds)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, 300L),
                        org.assertj.core.groups.Tuple.tuple(2, 300L),
                        org.assertj.core.groups.Tuple.tuple(3, 300L),
                        org.assertj.core.groups.Tuple.tuple(4, 300L),
                        org.assertj.core.groups.Tuple.tuple(5, null));
    }

    private Map<String, StepFigures> byKey(StepGrouping grouping) {
        return figures.stepFigures(office.code(), MARCH, grouping).stream()
                .collect(Collectors.toMap(StepFigures::key, Function.identity()));
    }

    private static void assertFigures(
            StepFigures figures, long steps, double median, double p90, long judged, long within) {
        assertThat(figures.steps()).as("steps of %s", figures.key()).isEqualTo(steps);
        assertThat(figures.medianSeconds()).as("median of %s", figures.key()).isCloseTo(median, within(0.001));
        assertThat(figures.p90Seconds()).as("p90 of %s", figures.key()).isCloseTo(p90, within(0.001));
        assertThat(figures.judged()).as("judged of %s", figures.key()).isEqualTo(judged);
        assertThat(figures.withinStandard()).as("within of %s", figures.key()).isEqualTo(within);
    }

    private static double minutes(double minutes) {
        return minutes * 60;
    }
}
