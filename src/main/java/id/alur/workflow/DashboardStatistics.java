package id.alur.workflow;

import static id.alur.workflow.SqlValues.ts;

import id.alur.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The figures of the head's dashboard that are not Mutu Baku per step: the open steps now, through the partial index of
 * open steps ({@code workflow_step_inbox_idx}), and the cases finished per month, from the stored figures of finished
 * cases ({@link CaseFigureRows}, V5_191); the monthly recap's counts per service, through the running cases' and
 * the ended cases' indexes ({@link #SERVICE_COUNTS}).
 */
@Repository
class DashboardStatistics {

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final CaseFigureRows cases;

    DashboardStatistics(JdbcClient jdbc, WorkingCalendar calendar, CaseFigureRows cases) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.cases = cases;
    }

    /**
     * The open steps per SOP version and step. The case side is read among the office's running cases (the partial
     * index {@code workflow_case_running_idx}): a case holds one step open at a time and the transition that ends it
     * closes that step ({@code StepWrites.close}), so an open step's case is running. Joined to every case, the
     * planner hashed the 20,000 open steps against a parallel scan of all 1 M cases: 200-270 ms, against 60-70 ms
     * (40,000 running-index entries and 20,000 case rows) this way (EXPLAIN ANALYZE, docs/benchmarks.md).
     */
    List<OpenSteps> openSteps(String officeCode, Instant now) {
        return jdbc.sql("""
                        select c.sop_version_id, min(c.sop_code) as sop_code, s.activity_number,
                               min(s.activity_name) as activity_name, min(s.position_code) as position_code,
                               min(s.lane_kind) as lane_kind, count(*) as open,
                               count(*) filter (where s.due_at < :now) as overdue
                          from workflow_step s
                          join workflow_case c on c.id = s.case_id
                         where s.office_code = :office and s.state in ('OPEN', 'CLAIMED')
                           and c.office_code = :office and c.ended_at is null
                         group by c.sop_version_id, s.activity_number
                         order by c.sop_version_id, s.activity_number
                        """)
                .param("office", officeCode)
                .param("now", ts(now))
                .query((rs, n) -> new OpenSteps(
                        rs.getLong("sop_version_id"),
                        rs.getString("sop_code"),
                        rs.getInt("activity_number"),
                        rs.getString("activity_name"),
                        rs.getString("position_code"),
                        LaneKind.valueOf(rs.getString("lane_kind")),
                        rs.getLong("open"),
                        rs.getLong("overdue")))
                .list();
    }

    /**
     * Every month from {@code first} to {@code last}, months without a finished case with zeros: read from the stored
     * figures of finished cases (V5_191), twelve month rows per bucket instead of a year's cases.
     */
    List<MonthFigures> finishedPerMonth(String officeCode, YearMonth first, YearMonth last) {
        return cases.months(officeCode, first, last);
    }

    /**
     * The cases that were running at some time in the period: still running ({@code ended_at is null}, the partial
     * index of running cases) or ended since its start ({@code workflow_case_ended_idx}, V5_120), and started before its
     * end ({@code workflow_case_started_idx}, V5_192). The planner takes the narrower: a recent month reads its own
     * cases and the running ones, an old month the cases started before its end, never the office's whole history.
     */
    static final String SERVICE_COUNTS = """
            select sop_code, max(sop_name) as sop_name,
                   count(*) filter (where started_at >= :from) as received,
                   count(*) filter (where state = 'FINISHED' and ended_at >= :from and ended_at < :to) as finished,
                   count(*) filter (where state = 'REFUSED' and ended_at >= :from and ended_at < :to) as refused,
                   count(*) filter (where state in ('CANCELLED', 'WITHDRAWN') and ended_at >= :from and ended_at < :to)
                       as withdrawn,
                   count(*) filter (where ended_at is null or ended_at >= :to) as running
              from workflow_case
             where office_code = :office and started_at < :to
               and (ended_at is null or ended_at >= :from)
             group by sop_code
             order by sop_code
            """;

    /** Per service (SOP code): cases received, finished, refused, cancelled or withdrawn in the period, running at its end. */
    List<ServiceCounts> serviceCounts(String officeCode, StatisticsPeriod period) {
        ZoneId zone = calendar.zoneOf(officeCode);
        Instant from = period.from().atStartOfDay(zone).toInstant();
        Instant to = period.to().plusDays(1).atStartOfDay(zone).toInstant();
        return jdbc.sql(SERVICE_COUNTS)
                .param("office", officeCode)
                .param("from", ts(from))
                .param("to", ts(to))
                .query((rs, n) -> new ServiceCounts(
                        rs.getString("sop_code"),
                        rs.getString("sop_name"),
                        rs.getLong("received"),
                        rs.getLong("finished"),
                        rs.getLong("refused"),
                        rs.getLong("withdrawn"),
                        rs.getLong("running")))
                .list();
    }
}
