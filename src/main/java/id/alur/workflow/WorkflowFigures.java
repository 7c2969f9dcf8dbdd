package id.alur.workflow;

import id.alur.calendar.WorkingCalendar;
import id.alur.sop.SopService;
import id.alur.sop.SopVersionId;
import id.alur.sop.SopVersionNotFoundException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workflow's figures and reports, the module's second public facade beside {@link WorkflowService} (which runs
 * the cases): Mutu Baku compliance per step and per case from the stored figures (V5_190, V5_191), the drill-downs to
 * the late steps and cases, the dashboard's open steps and monthly trend, the recap's counts per service, the SOP
 * monitoring's findings per version. Only reads, but {@link #rebuildFigures}; the working time they count is the one
 * each step stored when it closed ({@link StepTiming}), which the timeline shows too, counted again when the office's
 * calendar changes ({@link CalendarRecount}; issue 13 item 4).
 */
@Service
public class WorkflowFigures {

    private final StepStatistics statistics;
    private final DashboardStatistics dashboard;
    private final Findings findings;
    private final SopService sops;
    private final WorkingCalendar calendar;

    WorkflowFigures(
            StepStatistics statistics,
            DashboardStatistics dashboard,
            Findings findings,
            SopService sops,
            WorkingCalendar calendar) {
        this.statistics = statistics;
        this.dashboard = dashboard;
        this.findings = findings;
        this.sops = sops;
        this.calendar = calendar;
    }

    /**
     * Mutu Baku figures of the office's steps closed in the period, grouped as asked: counts, median and p90 of the
     * working time each step stored when it closed, and how many closed within their standard.
     */
    @Transactional(readOnly = true)
    public List<StepFigures> stepFigures(String officeCode, StatisticsPeriod period, StepGrouping grouping) {
        return statistics.stepFigures(officeCode, period, grouping);
    }

    /** The office's cases finished in the period, per SOP version, against the SOP's total. */
    @Transactional(readOnly = true)
    public List<CaseFigures> caseFigures(String officeCode, StatisticsPeriod period) {
        return statistics.caseFigures(officeCode, period);
    }

    /**
     * Recomputes the office's stored Mutu Baku figures from its closed steps and finished cases, in its time zone now
     * (V5_190, V5_191): for steps and cases written into the database other than by closing and finishing them (the
     * bench's generated cases), and after a change of the office's calendar ({@link CalendarRecount} counts the steps'
     * working time again first), since each counts in the office's day on which it closed or finished.
     *
     * @return the rows written
     */
    @Transactional
    public long rebuildFigures(String officeCode) {
        return statistics.rebuildFigures(officeCode);
    }

    /**
     * The office's steps closed late in the period, newest first, at most 500.
     *
     * @param sopVersionId only this version, or every version when {@code null}
     * @param activityNumber only this activity, or all when {@code null}
     */
    @Transactional(readOnly = true)
    public List<LateStep> lateSteps(
            String officeCode, StatisticsPeriod period, @Nullable Long sopVersionId, @Nullable Integer activityNumber) {
        return statistics.lateSteps(officeCode, period, sopVersionId, activityNumber);
    }

    /** The office's cases of the version finished in the period over the SOP's total, longest first, at most 500. */
    @Transactional(readOnly = true)
    public List<LateCase> lateCases(String officeCode, StatisticsPeriod period, long sopVersionId) {
        return statistics.lateCases(officeCode, period, sopVersionId);
    }

    /** The office's open steps at {@code now} per SOP version and activity, with how many are past their due time. */
    @Transactional(readOnly = true)
    public List<OpenSteps> openSteps(String officeCode, Instant now) {
        return dashboard.openSteps(officeCode, now);
    }

    /**
     * The office's cases finished in each month from {@code first} to {@code last} (office's zone), in order, a month
     * without any with zeros: their count and median lead time.
     */
    @Transactional(readOnly = true)
    public List<MonthFigures> finishedPerMonth(String officeCode, YearMonth first, YearMonth last) {
        return dashboard.finishedPerMonth(officeCode, first, last);
    }

    /**
     * The office's cases per service (SOP code) in the period: received, finished, refused, cancelled or withdrawn in
     * it, and running at its end.
     */
    @Transactional(readOnly = true)
    public List<ServiceCounts> serviceCounts(String officeCode, StatisticsPeriod period) {
        return dashboard.serviceCounts(officeCode, period);
    }

    /** The office's findings on the SOP version recorded in the period (office's zone), by activity, oldest first. */
    @Transactional(readOnly = true)
    public List<Finding> findings(String officeCode, long sopVersionId, StatisticsPeriod period) {
        var zone = calendar.zoneOf(officeCode);
        return findings.ofVersion(
                officeCode,
                sopVersionId,
                period.from().atStartOfDay(zone).toInstant(),
                period.to().plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The office an SOP version belongs to, empty when there is no such version. */
    public Optional<String> sopVersionOffice(long sopVersionId) {
        try {
            return Optional.of(sops.get(new SopVersionId(sopVersionId)).officeCode());
        } catch (SopVersionNotFoundException e) {
            return Optional.empty();
        }
    }

    /** Every activity of an SOP version with its Mutu Baku, in the SOP's order. */
    public List<ActivityStandard> standards(long sopVersionId) {
        return statistics.standards(sopVersionId);
    }
}
