package id.alur.workflow;

import static id.alur.workflow.WorkflowFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import id.alur.calendar.WorkingCalendar;
import id.alur.sop.SopService;
import id.alur.workflow.WorkflowFixture.Office;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The stored Mutu Baku figures (V5_190, V5_191; {@link StepFigureRows}, {@link CaseFigureRows}): a step that closes
 * done, and a case that finishes, is counted in its day's and its month's row in the office's time zone, in its
 * working-time bucket; the rebuild from the steps and cases gives the same rows; a period that cuts months reads the
 * days at its edges and the whole months between.
 *
 * <pre>
 * case A  Mon 1 Mar 2027 08:00 (Asia/Jakarta)  steps 2, 4, 5, 1, 3 min
 * case B  Wed 31 Mar 15:55                      step 1 closes Thu 1 Apr 08:00 (35 working minutes: 16:00 and 07:30 bound the day)
 * case C  Wed 31 Mar 23:30 in Jakarta           step 1 closes Thu 1 Apr 06:50 = 31 Mar 23:50 UTC, before office hours (0 min): an April step
 * </pre>
 */
@WorkflowModuleTest
class StepFigureRowsIntegrationTests {

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
    final Acting kabid = as("kabid-rehabilitasi-jamsos");
    final Acting kadis = as("kepala-dinas");

    Office office;

    @BeforeEach
    void cases() {
        office = new WorkflowFixture(sops, calendar, workflow, jdbc).office("dinsosppkb-rembang");
        Journey.start(workflow, office, "2027-03-01T08:00", petugas)
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
        Journey.start(workflow, office, "2027-03-31T15:55", petugas)
                .at("2027-04-01T08:00")
                .complete(petugas);
        Journey.start(workflow, office, "2027-03-31T23:30", petugas)
                .at("2027-04-01T06:50")
                .complete(petugas);
    }

    @Test
    void countsAClosedStepInItsDayAndItsMonthInItsWorkingTimeBucket() {
        assertThat(rows("activity_number = 1 and period_start < '2027-04-01'"))
                .containsExactly(
                        Map.of(
                                "grain",
                                "D",
                                "period_start",
                                "2027-03-01",
                                "bucket",
                                120L,
                                "steps",
                                1L,
                                "judged",
                                1L,
                                "within_standard",
                                1L,
                                "min_seconds",
                                120L,
                                "max_seconds",
                                120L),
                        Map.of(
                                "grain",
                                "M",
                                "period_start",
                                "2027-03-01",
                                "bucket",
                                120L,
                                "steps",
                                1L,
                                "judged",
                                1L,
                                "within_standard",
                                1L,
                                "min_seconds",
                                120L,
                                "max_seconds",
                                120L));
        // the two April steps: the day is the office's (Jakarta), not UTC's 31 March
        assertThat(rows("activity_number = 1 and grain = 'D' and period_start >= '2027-04-01'"))
                .extracting(r -> r.get("period_start") + " " + r.get("bucket") + " " + r.get("steps"))
                .containsExactly("2027-04-01 0 1", "2027-04-01 2100 1");
        assertThat(rows("grain = 'M' and period_start = '2027-03-01'"))
                .extracting(r -> r.get("bucket"))
                .containsExactly(120L, 240L, 300L, 60L, 180L);
    }

    @Test
    void countsAFinishedCaseInItsDayAndMonthByEachClock() {
        // case A: 15 office minutes, no applicant or outside time, 15 minutes from start to end
        assertThat(caseRows())
                .containsExactly(
                        "D 2027-03-01 A 0 1",
                        "D 2027-03-01 L 900 1",
                        "D 2027-03-01 O 900 1",
                        "D 2027-03-01 X 0 1",
                        "M 2027-03-01 A 0 1",
                        "M 2027-03-01 L 900 1",
                        "M 2027-03-01 O 900 1",
                        "M 2027-03-01 X 0 1");
        assertThat(figures.caseFigures(office.code(), StatisticsPeriod.monthOf(LocalDate.of(2027, 3, 1))))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.cases()).isEqualTo(1);
                    assertThat(c.medianOfficeSeconds()).isEqualTo(900.0);
                    assertThat(c.withinTotal()).isEqualTo(1);
                });
    }

    @Test
    void theRebuildFromTheStepsAndCasesGivesTheRowsTheTransitionsWrote() {
        List<Map<String, Object>> written = rows("true");
        List<String> cases = caseRows();

        assertThat(figures.rebuildFigures(office.code())).isEqualTo(written.size() + cases.size());
        assertThat(rows("true")).isEqualTo(written);
        assertThat(caseRows()).isEqualTo(cases);
    }

    private List<String> caseRows() {
        return jdbc.sql("""
                        select grain || ' ' || period_start || ' ' || clock || ' ' || bucket || ' ' || cases
                               || case when min_seconds = max_seconds then '' else ' ' || min_seconds || '-' || max_seconds end
                          from workflow_case_figures
                         where office_code = :office
                         order by grain, period_start, clock, bucket
                        """).param("office", office.code()).query(String.class).list();
    }

    @Test
    void readsTheWholeMonthsFromTheMonthRowsAndTheDaysAtTheEdges() {
        // 1 March .. 1 April: March from its month row, 1 April from its day row
        var marchAndADay = figures.stepFigures(
                office.code(),
                new StatisticsPeriod(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 1)),
                StepGrouping.STEP);
        assertThat(marchAndADay.getFirst().steps()).isEqualTo(3);
        assertThat(marchAndADay.getFirst().medianSeconds()).isEqualTo(120.0);
        // 2 March .. 30 April: no whole March, the days from 2 March; April whole
        var fromTheSecond = figures.stepFigures(
                office.code(),
                new StatisticsPeriod(LocalDate.of(2027, 3, 2), LocalDate.of(2027, 4, 30)),
                StepGrouping.STEP);
        assertThat(fromTheSecond).singleElement().satisfies(first -> {
            assertThat(first.key()).isEqualTo("1");
            assertThat(first.steps()).isEqualTo(2);
            assertThat(first.medianSeconds()).isEqualTo(1050.0);
            assertThat(first.p90Seconds()).isEqualTo(1890.0);
        });
        assertThat(figures.stepFigures(
                        office.code(),
                        new StatisticsPeriod(LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 31)),
                        StepGrouping.MONTH))
                .isEmpty();
    }

    private List<Map<String, Object>> rows(String where) {
        return jdbc.sql("""
                        select grain, period_start::text, sop_version_id, activity_number, position_code, closed_by,
                               bucket, lane_kind, sop_code, activity_name, closed_by_name, standard_text, steps,
                               judged, within_standard, min_seconds, max_seconds
                          from workflow_step_figures
                         where office_code = :office and %s
                         order by grain, period_start, activity_number, bucket
                        """.formatted(where)).param("office", office.code()).query().listOfRows().stream()
                .map(r -> where.startsWith("activity_number = 1 and period_start")
                        ? Map.of(
                                "grain",
                                r.get("grain"),
                                "period_start",
                                r.get("period_start"),
                                "bucket",
                                r.get("bucket"),
                                "steps",
                                r.get("steps"),
                                "judged",
                                r.get("judged"),
                                "within_standard",
                                r.get("within_standard"),
                                "min_seconds",
                                r.get("min_seconds"),
                                "max_seconds",
                                r.get("max_seconds"))
                        : r)
                .toList();
    }
}
