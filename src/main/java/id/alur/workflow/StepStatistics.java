package id.alur.workflow;

import static id.alur.workflow.SqlValues.instant;
import static id.alur.workflow.SqlValues.ts;

import id.alur.calendar.WorkingCalendar;
import id.alur.sop.Activity;
import id.alur.sop.Sop;
import id.alur.sop.SopTotals;
import id.alur.sop.StandardTime;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The Mutu Baku figures of closed steps and finished cases. They aggregate the working time each step stored when it
 * closed ({@code workflow_step.working_seconds}, {@code within_standard}) and the clocks each case kept
 * ({@code office_seconds}, {@code applicant_seconds}, {@code outside_seconds}): working time is computed once, by
 * {@link StepTiming}, and the timeline and the reports read the same figure. The figures per step, position, officer
 * and month are read from the per-day and per-month rows kept when each step closes ({@link StepFigureRows}, V5_190);
 * the drill-down to the late steps finds them through {@code workflow_step_closed_idx} (office, closed_at; V5_60).
 */
@Repository
class StepStatistics {

    /** Perpres 21/2023 as the calendar applies it (calendar's {@code OfficeHours}): 7.5 net working hours a day. */
    static final long WORKING_DAY_SECONDS = 7 * 3600 + 30 * 60;

    /** The most rows a drill-down returns. */
    static final int DRILL_DOWN_LIMIT = 500;

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final SopVersions versions;
    private final StepFigureRows figures;
    private final CaseFigureRows cases;

    StepStatistics(
            JdbcClient jdbc,
            WorkingCalendar calendar,
            SopVersions versions,
            StepFigureRows figures,
            CaseFigureRows cases) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.versions = versions;
        this.figures = figures;
        this.cases = cases;
    }

    /** Read from the stored figures ({@link StepFigureRows}, V5_190), not from the steps. */
    List<StepFigures> stepFigures(String officeCode, StatisticsPeriod period, StepGrouping grouping) {
        return figures.figures(officeCode, period, grouping);
    }

    long rebuildFigures(String officeCode) {
        return figures.rebuild(officeCode) + cases.rebuild(officeCode);
    }

    /** Read from the stored figures of finished cases ({@link CaseFigureRows}, V5_191), in version order. */
    List<CaseFigures> caseFigures(String officeCode, StatisticsPeriod period) {
        List<CaseFigures> figures = new ArrayList<>();
        for (var found : cases.versions(officeCode, period)) {
            long versionId = found.versionId();
            Sop sop = versions.get(versionId).view().sop();
            long total = officeTotalSeconds(versionId);
            var office = found.clocks().get(CaseFigureRows.OFFICE);
            figures.add(new CaseFigures(
                    versionId,
                    found.sopCode(),
                    found.sopName(),
                    total,
                    SopTotals.asWritten(sop),
                    found.cases(),
                    office.percentile(0.5),
                    office.percentile(0.9),
                    found.clocks().get(CaseFigureRows.APPLICANT).percentile(0.5),
                    found.clocks().get(CaseFigureRows.OUTSIDE).percentile(0.5),
                    office.atMost(total)));
        }
        return figures;
    }

    List<LateStep> lateSteps(
            String officeCode, StatisticsPeriod period, @Nullable Long sopVersionId, @Nullable Integer activityNumber) {
        ZoneId zone = calendar.zoneOf(officeCode);
        var statement = jdbc.sql("""
                        select s.case_id, c.subject_ref, s.id, c.sop_version_id, s.activity_number, s.activity_name,
                               s.position_code, s.closed_by_name, s.standard_text, s.started_at, s.due_at,
                               s.closed_at, s.working_seconds
                          from workflow_step s
                          join workflow_case c on c.id = s.case_id
                         where s.office_code = :office and s.state = 'DONE' and s.within_standard = false
                           and s.closed_at >= :from and s.closed_at < :to
                           and (cast(:version as bigint) is null or c.sop_version_id = :version)
                           and (cast(:activity as integer) is null or s.activity_number = :activity)
                         order by s.closed_at desc, s.id desc
                         limit :limit
                        """)
                .param("office", officeCode)
                .param("from", ts(start(period, zone)))
                .param("to", ts(end(period, zone)))
                .param("version", sopVersionId)
                .param("activity", activityNumber)
                .param("limit", DRILL_DOWN_LIMIT);
        return statement
                .query((rs, n) -> new LateStep(
                        new CaseId(rs.getLong("case_id")),
                        rs.getString("subject_ref"),
                        new StepId(rs.getLong("id")),
                        rs.getLong("sop_version_id"),
                        rs.getInt("activity_number"),
                        rs.getString("activity_name"),
                        rs.getString("position_code"),
                        rs.getString("closed_by_name"),
                        rs.getString("standard_text"),
                        instant(rs, "started_at"),
                        instant(rs, "due_at"),
                        instant(rs, "closed_at"),
                        rs.getLong("working_seconds")))
                .list();
    }

    List<LateCase> lateCases(String officeCode, StatisticsPeriod period, long sopVersionId) {
        ZoneId zone = calendar.zoneOf(officeCode);
        long total = officeTotalSeconds(sopVersionId);
        return jdbc.sql("""
                        select id, subject_ref, started_at, ended_at, office_seconds, applicant_seconds,
                               outside_seconds
                          from workflow_case
                         where office_code = :office and state = 'FINISHED' and sop_version_id = :version
                           and ended_at >= :from and ended_at < :to and office_seconds > :total
                         order by office_seconds desc, id
                         limit :limit
                        """)
                .param("office", officeCode)
                .param("version", sopVersionId)
                .param("total", total)
                .param("from", ts(start(period, zone)))
                .param("to", ts(end(period, zone)))
                .param("limit", DRILL_DOWN_LIMIT)
                .query((rs, n) -> new LateCase(
                        new CaseId(rs.getLong("id")),
                        rs.getString("subject_ref"),
                        sopVersionId,
                        instant(rs, "started_at"),
                        instant(rs, "ended_at"),
                        rs.getLong("office_seconds"),
                        rs.getLong("applicant_seconds"),
                        rs.getLong("outside_seconds"),
                        total))
                .list();
    }

    List<ActivityStandard> standards(long sopVersionId) {
        var loaded = versions.get(sopVersionId);
        Route route = loaded.route();
        List<ActivityStandard> standards = new ArrayList<>();
        for (Activity activity : loaded.view().sop().activities()) {
            StandardTime time =
                    activity.standard() == null ? null : activity.standard().time();
            standards.add(new ActivityStandard(
                    activity.number(),
                    activity.description(),
                    activity.actorId(),
                    route.laneKind(activity),
                    time == null ? null : time.text(),
                    time == null ? null : seconds(time)));
        }
        return standards;
    }

    /** The SOP's total over the office's own activities, in working seconds. */
    long officeTotalSeconds(long sopVersionId) {
        return standards(sopVersionId).stream()
                .filter(s -> s.laneKind() == LaneKind.POSITION && s.standardSeconds() != null)
                .mapToLong(ActivityStandard::standardSeconds)
                .sum();
    }

    /** A standard time in working seconds, rounded as {@link StepTiming} rounds it for the due time. */
    static @Nullable Long seconds(StandardTime time) {
        if (time.amount() == null || time.unit() == null) {
            return null;
        }
        StepTiming.Amount amount = StepTiming.amount(time);
        return switch (amount.unit()) {
            case MINUTES -> amount.value() * 60;
            case HOURS -> amount.value() * 3600;
            case DAYS -> amount.value() * WORKING_DAY_SECONDS;
            default -> throw new IllegalStateException("Unexpected unit " + amount.unit());
        };
    }

    private static Instant start(StatisticsPeriod period, ZoneId zone) {
        return period.from().atStartOfDay(zone).toInstant();
    }

    private static Instant end(StatisticsPeriod period, ZoneId zone) {
        return period.to().plusDays(1).atStartOfDay(zone).toInstant();
    }
}
