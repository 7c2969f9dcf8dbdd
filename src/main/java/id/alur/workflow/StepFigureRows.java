package id.alur.workflow;

import id.alur.calendar.WorkingCalendar;
import id.alur.workflow.CaseRepository.CaseRow;
import id.alur.workflow.CaseRepository.Closing;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The Mutu Baku figures of closed steps kept by storage (V5_190, docs/decisions.md "workflow"): when a step closes
 * done, its day's and its month's row of {@code workflow_step_figures} count it in its working-time bucket, in the
 * step's transaction; the compliance report and the dashboard read these rows, a few hundred for an office's month,
 * instead of the month's closed steps (545,000 at 1 M cases). Percentiles are read from the buckets (see
 * {@link Distribution}): exact when every bucket holds steps of one value or at most two steps, else within its width (a
 * tenth of its value at most).
 */
@Repository
class StepFigureRows {

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;

    StepFigureRows(JdbcClient jdbc, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /**
     * Counts a step that closed done. The rows are written just before the transaction commits, not when the step
     * closes: the steps of an activity that close on one day by one officer in one bucket share a row, and an update
     * locks it until commit, so the lock is held for the commit alone, not for the rest of the transition (its history,
     * its letters).
     */
    void closed(CaseRow kase, StepView step, Closing closing) {
        ZoneId zone = calendar.zoneOf(kase.officeCode());
        LocalDate day = closing.at().atZone(zone).toLocalDate();
        Runnable write = () -> jdbc.sql("""
                        insert into workflow_step_figures as f
                               (office_code, grain, period_start, sop_version_id, activity_number, position_code,
                                closed_by, bucket, lane_kind, sop_code, activity_name, closed_by_name, standard_text,
                                steps, judged, within_standard, min_seconds, max_seconds)
                        select :office, g.grain, g.period_start, :version, :number, :position, :by,
                               workflow_seconds_bucket(:seconds), :lane, :sopCode, :name, :byName, :standard, 1,
                               :judged, :within, :seconds, :seconds
                          from (values ('D', cast(:day as date)), ('M', cast(:month as date))) g(grain, period_start)
                        on conflict (office_code, grain, period_start, sop_version_id, activity_number, position_code,
                                     closed_by, bucket)
                        do update set steps = f.steps + 1,
                                      judged = f.judged + excluded.judged,
                                      within_standard = f.within_standard + excluded.within_standard,
                                      min_seconds = least(f.min_seconds, excluded.min_seconds),
                                      max_seconds = greatest(f.max_seconds, excluded.max_seconds),
                                      sop_code = least(f.sop_code, excluded.sop_code),
                                      activity_name = least(f.activity_name, excluded.activity_name),
                                      closed_by_name = least(f.closed_by_name, excluded.closed_by_name),
                                      standard_text = least(f.standard_text, excluded.standard_text)
                        """)
                .param("office", kase.officeCode())
                .param("day", day)
                .param("month", day.withDayOfMonth(1))
                .param("version", kase.sopVersionId())
                .param("number", step.activityNumber())
                .param("position", step.positionCode())
                .param("by", closing.by().username())
                .param("seconds", closing.workingSeconds())
                .param("lane", step.laneKind().name())
                .param("sopCode", kase.sopCode())
                .param("name", step.activityName())
                .param("byName", closing.by().displayName())
                .param("standard", step.standardText())
                .param("judged", closing.withinStandard() == null ? 0 : 1)
                .param("within", Boolean.TRUE.equals(closing.withinStandard()) ? 1 : 0)
                .update();
        beforeCommit(write);
    }

    /**
     * Runs a figure write just before the transaction commits (at once without one): the rows of a day are shared by
     * every step and case closing in it, so their row lock is held only for the commit, not for the transition.
     */
    static void beforeCommit(Runnable write) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    write.run();
                }
            });
        } else {
            write.run();
        }
    }

    /** Recomputes an office's rows from its steps in its time zone now (the SQL function of V5_190). */
    long rebuild(String officeCode) {
        return jdbc.sql("select workflow_rebuild_step_figures(:office, :zone)")
                .param("office", officeCode)
                .param("zone", calendar.zoneOf(officeCode).getId())
                .query(Long.class)
                .single();
    }

    /**
     * The figures of an office's steps closed in the period, grouped: the whole months inside the period from the
     * month rows, the days before and after them from the day rows.
     */
    List<StepFigures> figures(String officeCode, StatisticsPeriod period, StepGrouping grouping) {
        LocalDate from = period.from();
        LocalDate end = period.to().plusDays(1);
        LocalDate monthsFrom =
                from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate monthsTo = end.withDayOfMonth(1);
        if (!monthsFrom.isBefore(monthsTo)) {
            monthsFrom = end;
            monthsTo = end;
        }
        boolean perStep = grouping == StepGrouping.STEP;
        String key = switch (grouping) {
            case STEP -> "sop_version_id, activity_number";
            case POSITION -> "position_code";
            case OFFICER -> "closed_by";
            case MONTH -> "to_char(period_start, 'YYYY-MM')";
        };
        String sql = """
                select %1$s, bucket, %2$s as group_key, %3$s as group_label,
                       %4$s as sop_version_id, %5$s as sop_code, %6$s as lane_kind, %7$s as standard_text,
                       sum(steps) as steps, sum(judged) as judged, sum(within_standard) as within_standard,
                       min(min_seconds) as min_seconds, max(max_seconds) as max_seconds
                  from workflow_step_figures
                 where office_code = :office
                   and ((grain = 'M' and period_start >= :monthsFrom and period_start < :monthsTo)
                        or (grain = 'D' and period_start >= :from and period_start < :monthsFrom)
                        or (grain = 'D' and period_start >= :monthsTo and period_start < :end))
                   %8$s
                 group by %1$s, bucket
                 order by %1$s, bucket
                """.formatted(
                        key,
                        switch (grouping) {
                            case STEP -> "activity_number::text";
                            case MONTH -> key;
                            default -> key;
                        },
                        switch (grouping) {
                            case STEP -> "min(activity_name)";
                            case POSITION -> "position_code";
                            case OFFICER -> "min(closed_by_name)";
                            case MONTH -> key;
                        },
                        perStep ? "sop_version_id" : "0",
                        perStep ? "min(sop_code)" : "null",
                        perStep ? "min(lane_kind)" : "'POSITION'",
                        perStep ? "min(standard_text)" : "null",
                        perStep ? "" : "and lane_kind = 'POSITION'");
        List<Bin> bins = jdbc.sql(sql)
                .param("office", officeCode)
                .param("from", from)
                .param("end", end)
                .param("monthsFrom", monthsFrom)
                .param("monthsTo", monthsTo)
                .query((rs, n) -> new Bin(
                        rs.getLong("sop_version_id"),
                        rs.getString("group_key"),
                        rs.getString("group_label"),
                        rs.getString("sop_code"),
                        LaneKind.valueOf(rs.getString("lane_kind")),
                        rs.getString("standard_text"),
                        rs.getLong("bucket"),
                        rs.getLong("steps"),
                        rs.getLong("judged"),
                        rs.getLong("within_standard"),
                        rs.getLong("min_seconds"),
                        rs.getLong("max_seconds")))
                .list();
        List<StepFigures> figures = new ArrayList<>();
        int first = 0;
        for (int i = 1; i <= bins.size(); i++) {
            if (i == bins.size() || !bins.get(i).sameGroup(bins.get(first))) {
                figures.add(group(bins.subList(first, i)));
                first = i;
            }
        }
        return figures;
    }

    private static StepFigures group(List<Bin> bins) {
        Bin head = bins.getFirst();
        long steps = 0;
        long judged = 0;
        long within = 0;
        String label = null;
        String sopCode = null;
        String standard = null;
        for (Bin bin : bins) {
            steps += bin.steps();
            judged += bin.judged();
            within += bin.within();
            label = least(label, bin.label());
            sopCode = least(sopCode, bin.sopCode());
            standard = least(standard, bin.standardText());
        }
        var timed = new Distribution(bins.stream()
                .filter(b -> b.bucket() >= 0)
                .map(b -> new Bucket(b.steps(), b.min(), b.max()))
                .toList());
        return new StepFigures(
                head.key(),
                Objects.requireNonNullElse(label, head.key()),
                head.sopVersionId(),
                sopCode,
                head.laneKind(),
                standard,
                steps,
                timed.percentile(0.5),
                timed.percentile(0.9),
                judged,
                within);
    }

    private static @Nullable String least(@Nullable String a, @Nullable String b) {
        return a == null ? b : b == null || a.compareTo(b) <= 0 ? a : b;
    }

    /** One working-time bucket of a group, summed over the period's rows. */
    record Bin(
            long sopVersionId,
            String key,
            @Nullable String label,
            @Nullable String sopCode,
            LaneKind laneKind,
            @Nullable String standardText,
            long bucket,
            long steps,
            long judged,
            long within,
            long min,
            long max) {

        boolean sameGroup(Bin other) {
            return sopVersionId == other.sopVersionId && key.equals(other.key);
        }
    }

    /** How many values a bucket holds, and its least and greatest. */
    record Bucket(long count, long min, long max) {}

    /**
     * Working times as buckets in ascending order, each with its count and its smallest and largest value; the values
     * of a bucket are taken as spread evenly between those two. {@link #percentile} interpolates as SQL's
     * {@code percentile_cont} does between the two values around the fraction's position, so it gives the same figure
     * as {@code percentile_cont} over the steps themselves whenever every bucket holds steps of one value or at
     * most two steps.
     */
    record Distribution(List<Bucket> bins) {

        double percentile(double fraction) {
            long n = bins.stream().mapToLong(Bucket::count).sum();
            if (n == 0) {
                return 0;
            }
            double position = fraction * (n - 1);
            long below = (long) Math.floor(position);
            double lower = value(below);
            double rest = position - below;
            return rest == 0 ? lower : lower + rest * (value(below + 1) - lower);
        }

        /** The value at 0-based rank {@code rank}. */
        double value(long rank) {
            long skipped = 0;
            for (Bucket bin : bins) {
                if (rank < skipped + bin.count()) {
                    long inBin = rank - skipped;
                    return bin.count() == 1
                            ? bin.min()
                            : bin.min() + (double) (bin.max() - bin.min()) * inBin / (bin.count() - 1);
                }
                skipped += bin.count();
            }
            return bins.getLast().max();
        }

        /**
         * How many values are at most {@code limit}: exact but in the bucket that holds the limit between its least
         * and greatest value, where the values are taken as spread evenly (as {@link #percentile} takes them).
         */
        long atMost(long limit) {
            long found = 0;
            for (Bucket bin : bins) {
                if (bin.max() <= limit) {
                    found += bin.count();
                } else if (bin.min() <= limit) {
                    found += 1
                            + (long) Math.floor(
                                    (double) (limit - bin.min()) * (bin.count() - 1) / (bin.max() - bin.min()));
                }
            }
            return found;
        }
    }
}
