package id.alur.workflow;

import static id.alur.workflow.SqlValues.instant;
import static id.alur.workflow.SqlValues.ts;

import id.alur.calendar.OfficeCalendarChanged;
import id.alur.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts again the working time of closed steps when an office's calendar changed ({@link OfficeCalendarChanged}: its
 * zone, hours or exceptions, the national holidays), then rebuilds the office's Mutu Baku figures (V5_190, V5_191):
 * issue 13 item 4, one implementation of working time serves the timeline and the reports, so after a holiday is
 * added on a day a step spanned, the step's working time on the case page and the compliance report's median both
 * leave that day out (docs/decisions.md "workflow").
 *
 * <p>What is counted again: each closed step's {@code working_seconds} ({@link StepTiming}, as at its close, from its
 * start to its close on the calendar as it stands now) and the case's three clocks, which are the sums of its closed
 * steps' time by lane plus the applicant's time while the papers were back (from the return to the next step, or to
 * the case's end). Not counted again: the due time and the within-standard verdict, the promise a step was given when
 * it opened (docs/calendar.md: a change moves the due times of steps started after it), nor the history rows, which
 * are evidence of what was counted at the close and only ever added to (V5_0).
 *
 * <p>Runs after the change commits, on one thread, from the durable event publication registry (a crash or a failure
 * leaves the publication incomplete and platform's {@code EventResubmission} runs it again; counting again is
 * idempotent). A batch of cases per transaction, the cases locked ({@code for update}) and their version bumped where a
 * clock changed, so a transition that read a case before its clocks were counted again loses its optimistic lock and
 * is decided again on a fresh read ({@link Transitions}).
 */
@Component
class CalendarRecount {

    private static final Logger log = LoggerFactory.getLogger(CalendarRecount.class);

    /** The listener's id in the event publication registry, fixed so that a renamed method keeps its publications. */
    static final String RECOUNT_LISTENER = "workflow-calendar-recount";

    /** Cases locked and counted again in one transaction. */
    static final int BATCH = 200;

    /**
     * Rebuilding an office's figures while its steps close may meet a row a closing step added meanwhile (the
     * rebuild's insert then fails on the key); the rebuild is tried again on a fresh snapshot.
     */
    private static final int REBUILD_ATTEMPTS = 3;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final TransactionTemplate transactions;
    private final StepTiming timing;
    private final WorkingCalendar calendar;
    private final StepStatistics statistics;

    CalendarRecount(
            JdbcClient jdbc,
            JdbcTemplate batches,
            TransactionTemplate transactions,
            StepTiming timing,
            WorkingCalendar calendar,
            StepStatistics statistics) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.transactions = transactions;
        this.timing = timing;
        this.calendar = calendar;
        this.statistics = statistics;
    }

    @Async(WorkflowConfiguration.RECOUNT_THREAD)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @TransactionalEventListener(id = RECOUNT_LISTENER)
    void on(OfficeCalendarChanged changed) {
        List<String> offices = changed.everyOffice()
                ? jdbc.sql("select distinct office_code from workflow_case order by office_code")
                        .query(String.class)
                        .list()
                : List.of(Objects.requireNonNull(changed.officeCode()));
        for (String office : offices) {
            long steps = recount(office, changed.from(), changed.to());
            log.info(
                    "Calendar of {} changed ({}): working time of {} closed steps counted again",
                    office,
                    changed,
                    steps);
        }
    }

    /**
     * Counts again the office's closed steps of the cases that ran on the days {@code from} to {@code to} (every case
     * when {@code from} is {@code null}) and, when any changed or the zone did, rebuilds the office's figures.
     *
     * @return the steps whose working time changed
     */
    long recount(String officeCode, @Nullable LocalDate from, @Nullable LocalDate to) {
        ZoneId zone = calendar.zoneOf(officeCode);
        // a day's margin on either side: the days are the office's, its cases' instants are taken in its zone now
        Instant start =
                from == null ? null : from.minusDays(1).atStartOfDay(zone).toInstant();
        Instant end = to == null ? null : to.plusDays(2).atStartOfDay(zone).toInstant();
        long changedSteps = 0;
        boolean anyCase = false;
        long after = 0;
        while (true) {
            long afterId = after;
            Batch batch = Objects.requireNonNull(
                    transactions.execute(status -> recountBatch(officeCode, start, end, afterId)));
            anyCase |= batch.cases() > 0;
            changedSteps += batch.changedSteps();
            if (batch.cases() < BATCH) {
                break;
            }
            after = batch.lastCaseId();
        }
        // a zone change moves each step into the office's day on which it closed, even where no working time changed
        if (anyCase && (changedSteps > 0 || from == null)) {
            rebuild(officeCode);
        }
        return changedSteps;
    }

    private record Batch(int cases, long lastCaseId, long changedSteps) {}

    private record CaseRow(long id, @Nullable Instant endedAt, Clocks clocks) {}

    private record StepRow(
            long id,
            long caseId,
            LaneKind lane,
            Instant startedAt,
            @Nullable Instant closedAt,
            @Nullable Long workingSeconds) {}

    private Batch recountBatch(String officeCode, @Nullable Instant start, @Nullable Instant end, long after) {
        List<CaseRow> cases = jdbc.sql("""
                        select id, ended_at, office_seconds, applicant_seconds, outside_seconds
                          from workflow_case
                         where office_code = :office and id > :after
                           and (cast(:end as timestamptz) is null or started_at < :end)
                           and (cast(:start as timestamptz) is null or ended_at is null or ended_at >= :start)
                         order by id
                         limit :batch
                           for update
                        """)
                .param("office", officeCode)
                .param("after", after)
                .param("start", ts(start))
                .param("end", ts(end))
                .param("batch", BATCH)
                .query((rs, n) -> new CaseRow(
                        rs.getLong("id"),
                        instant(rs, "ended_at"),
                        new Clocks(
                                rs.getLong("office_seconds"),
                                rs.getLong("applicant_seconds"),
                                rs.getLong("outside_seconds"))))
                .list();
        if (cases.isEmpty()) {
            return new Batch(0, after, 0);
        }
        Map<Long, List<StepRow>> stepsOf = new LinkedHashMap<>();
        jdbc.sql("""
                        select id, case_id, lane_kind, started_at, closed_at, working_seconds
                          from workflow_step
                         where case_id in (:cases)
                         order by case_id, id
                        """)
                .param("cases", cases.stream().map(CaseRow::id).toList())
                .query((rs, n) -> new StepRow(
                        rs.getLong("id"),
                        rs.getLong("case_id"),
                        LaneKind.valueOf(rs.getString("lane_kind")),
                        Objects.requireNonNull(instant(rs, "started_at")),
                        instant(rs, "closed_at"),
                        rs.getObject("working_seconds", Long.class)))
                .list()
                .forEach(step -> stepsOf.computeIfAbsent(step.caseId(), id -> new ArrayList<>())
                        .add(step));
        List<Object[]> stepUpdates = new ArrayList<>();
        List<Object[]> caseUpdates = new ArrayList<>();
        for (CaseRow kase : cases) {
            List<StepRow> steps = stepsOf.getOrDefault(kase.id(), List.of());
            Clocks clocks = new Clocks(0, 0, 0);
            for (int i = 0; i < steps.size(); i++) {
                StepRow step = steps.get(i);
                if (step.closedAt() == null) {
                    continue;
                }
                long seconds = seconds(officeCode, step.startedAt(), step.closedAt());
                if (step.workingSeconds() == null || step.workingSeconds() != seconds) {
                    stepUpdates.add(new Object[] {seconds, step.id()});
                }
                clocks = clocks.plus(step.lane(), seconds);
                // A transition opens the next step at the instant it closes this one, and ends the case then: a
                // running case has no open step only while the papers are back with the applicant (Tidak or a
                // return), from this close until the case resumed (its next step opened) or ended. Not yet counted
                // while they still are.
                Instant back = i + 1 < steps.size() ? steps.get(i + 1).startedAt() : kase.endedAt();
                if (back != null) {
                    clocks = clocks.plus(LaneKind.APPLICANT, seconds(officeCode, step.closedAt(), back));
                }
            }
            if (!clocks.equals(kase.clocks())) {
                caseUpdates.add(new Object[] {clocks.office(), clocks.applicant(), clocks.outside(), kase.id()});
            }
        }
        if (!stepUpdates.isEmpty()) {
            batches.batchUpdate("update workflow_step set working_seconds = ? where id = ?", stepUpdates);
        }
        if (!caseUpdates.isEmpty()) {
            batches.batchUpdate("""
                    update workflow_case
                       set office_seconds = ?, applicant_seconds = ?, outside_seconds = ?, version = version + 1
                     where id = ?
                    """, caseUpdates);
        }
        return new Batch(cases.size(), cases.getLast().id(), stepUpdates.size());
    }

    private long seconds(String officeCode, Instant from, Instant to) {
        return timing.workingTimeBetween(officeCode, from, to).toSeconds();
    }

    private void rebuild(String officeCode) {
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWithoutResult(status -> statistics.rebuildFigures(officeCode));
                return;
            } catch (DuplicateKeyException e) {
                if (attempt == REBUILD_ATTEMPTS) {
                    throw e;
                }
                log.info("Rebuilding the figures of {} met a step closing meanwhile; again ({})", officeCode, attempt);
            }
        }
    }
}
