package id.alur.workflow;

import id.alur.calendar.WorkingCalendar;
import id.alur.workflow.CaseRepository.CaseRow;
import id.alur.workflow.StepFigureRows.Bucket;
import id.alur.workflow.StepFigureRows.Distribution;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The whole cases' figures kept by storage (V5_191), as {@link StepFigureRows} keeps the steps': a case that finishes
 * is counted, just before its transaction commits, in its day's and month's rows by each of its clocks (the office's
 * working time, the applicant's, outside parties', the lead time) in that clock's bucket. The compliance report's
 * cases against the SOP's total and the dashboard's lead-time trend read them instead of the cases.
 */
@Repository
class CaseFigureRows {

    /** The clocks, as V5_191 names them. */
    static final String OFFICE = "O";

    static final String APPLICANT = "A";
    static final String OUTSIDE = "X";
    static final String LEAD = "L";

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;

    CaseFigureRows(JdbcClient jdbc, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /** Counts a case that finished (its row as the finishing transition wrote it), at commit. */
    void finished(CaseRow kase) {
        if (kase.endedAt() == null) {
            throw new IllegalStateException("case " + kase.id() + " has not ended");
        }
        LocalDate day =
                kase.endedAt().atZone(calendar.zoneOf(kase.officeCode())).toLocalDate();
        long lead = Duration.between(kase.startedAt(), kase.endedAt()).toSeconds();
        Runnable write = () -> jdbc.sql("""
                        insert into workflow_case_figures as f
                               (office_code, grain, period_start, sop_version_id, clock, bucket, sop_code, sop_name,
                                cases, min_seconds, max_seconds)
                        select :office, g.grain, g.period_start, :version, k.clock, workflow_seconds_bucket(k.seconds),
                               :sopCode, :sopName, 1, k.seconds, k.seconds
                          from (values ('D', cast(:day as date)), ('M', cast(:month as date))) g(grain, period_start)
                          cross join (values ('O', cast(:office_s as bigint)), ('A', cast(:applicant_s as bigint)),
                                             ('X', cast(:outside_s as bigint)), ('L', cast(:lead_s as bigint)))
                                     k(clock, seconds)
                        on conflict (office_code, grain, period_start, sop_version_id, clock, bucket)
                        do update set cases = f.cases + 1,
                                      min_seconds = least(f.min_seconds, excluded.min_seconds),
                                      max_seconds = greatest(f.max_seconds, excluded.max_seconds),
                                      sop_code = least(f.sop_code, excluded.sop_code),
                                      sop_name = least(f.sop_name, excluded.sop_name)
                        """)
                .param("office", kase.officeCode())
                .param("day", day)
                .param("month", day.withDayOfMonth(1))
                .param("version", kase.sopVersionId())
                .param("sopCode", kase.sopCode())
                .param("sopName", kase.sopName())
                .param("office_s", kase.clocks().office())
                .param("applicant_s", kase.clocks().applicant())
                .param("outside_s", kase.clocks().outside())
                .param("lead_s", lead)
                .update();
        // at commit, as StepFigureRows.closed: the rows of a day are shared, their lock lasts only the commit
        StepFigureRows.beforeCommit(write);
    }

    long rebuild(String officeCode) {
        return jdbc.sql("select workflow_rebuild_case_figures(:office, :zone)")
                .param("office", officeCode)
                .param("zone", calendar.zoneOf(officeCode).getId())
                .query(Long.class)
                .single();
    }

    /** One version's finished cases in the period: how many, and each clock's values as buckets. */
    record VersionCases(long versionId, String sopCode, String sopName, long cases, Map<String, Distribution> clocks) {}

    /** Per SOP version, in version order: the whole months of the period from the month rows, its edges by day. */
    List<VersionCases> versions(String officeCode, StatisticsPeriod period) {
        Map<Long, VersionCases> found = new LinkedHashMap<>();
        Map<Long, Map<String, List<Bucket>>> buckets = new LinkedHashMap<>();
        rows(officeCode, period.from(), period.to().plusDays(1), true, (rs) -> {
            long version = rs.getLong("sop_version_id");
            String clock = rs.getString("clock");
            found.putIfAbsent(
                    version, new VersionCases(version, rs.getString("sop_code"), rs.getString("sop_name"), 0, null));
            buckets.computeIfAbsent(version, v -> new LinkedHashMap<>())
                    .computeIfAbsent(clock, c -> new ArrayList<>())
                    .add(new Bucket(rs.getLong("cases"), rs.getLong("min_seconds"), rs.getLong("max_seconds")));
        });
        List<VersionCases> versions = new ArrayList<>();
        for (var v : found.values()) {
            Map<String, Distribution> clocks = new LinkedHashMap<>();
            buckets.get(v.versionId()).forEach((clock, list) -> clocks.put(clock, new Distribution(list)));
            long cases =
                    clocks.get(OFFICE).bins().stream().mapToLong(Bucket::count).sum();
            versions.add(new VersionCases(v.versionId(), v.sopCode(), v.sopName(), cases, clocks));
        }
        return versions;
    }

    /** Every month from {@code first} to {@code last}: cases finished, median office time, median lead time in days. */
    List<MonthFigures> months(String officeCode, YearMonth first, YearMonth last) {
        Map<String, Map<String, List<Bucket>>> byMonth = new LinkedHashMap<>();
        rows(
                officeCode,
                first.atDay(1),
                last.plusMonths(1).atDay(1),
                false,
                rs -> byMonth.computeIfAbsent(rs.getString("group_key"), m -> new LinkedHashMap<>())
                        .computeIfAbsent(rs.getString("clock"), c -> new ArrayList<>())
                        .add(new Bucket(rs.getLong("cases"), rs.getLong("min_seconds"), rs.getLong("max_seconds"))));
        List<MonthFigures> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            var clocks = byMonth.get(m.toString());
            if (clocks == null || !clocks.containsKey(OFFICE)) {
                months.add(new MonthFigures(m, 0, 0, 0));
                continue;
            }
            var office = new Distribution(clocks.get(OFFICE));
            var lead = new Distribution(clocks.getOrDefault(LEAD, List.of()));
            months.add(new MonthFigures(
                    m,
                    office.bins().stream().mapToLong(Bucket::count).sum(),
                    office.percentile(0.5),
                    lead.percentile(0.5) / 86400));
        }
        return months;
    }

    @FunctionalInterface
    private interface Row {
        void accept(java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    /**
     * The rows of {@code [from, end)}, whole months from the month rows, summed per SOP version (or per month over
     * every version), clock and bucket, buckets in ascending order.
     */
    private void rows(String officeCode, LocalDate from, LocalDate end, boolean perVersion, Row row) {
        String group = perVersion ? "sop_version_id" : "to_char(period_start, 'YYYY-MM')";
        LocalDate monthsFrom =
                from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate monthsTo = end.withDayOfMonth(1);
        if (!monthsFrom.isBefore(monthsTo)) {
            monthsFrom = end;
            monthsTo = end;
        }
        jdbc.sql("""
                        select %1$s as group_key, %2$s as sop_version_id, clock, bucket, min(sop_code) as sop_code,
                               min(sop_name) as sop_name, sum(cases) as cases, min(min_seconds) as min_seconds,
                               max(max_seconds) as max_seconds
                          from workflow_case_figures
                         where office_code = :office
                           and ((grain = 'M' and period_start >= :monthsFrom and period_start < :monthsTo)
                                or (grain = 'D' and period_start >= :from and period_start < :monthsFrom)
                                or (grain = 'D' and period_start >= :monthsTo and period_start < :end))
                         group by %1$s, clock, bucket
                         order by %1$s, clock, bucket
                        """.formatted(group, perVersion ? "sop_version_id" : "0"))
                .param("office", officeCode)
                .param("from", from)
                .param("end", end)
                .param("monthsFrom", monthsFrom)
                .param("monthsTo", monthsTo)
                .query((rs, n) -> {
                    row.accept(rs);
                    return n;
                })
                .list();
    }
}
