package id.alur.workflow;

import static id.alur.workflow.SqlValues.enumOrNull;
import static id.alur.workflow.SqlValues.instant;
import static id.alur.workflow.SqlValues.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cases and their steps on PostgreSQL through {@link JdbcClient}; Flyway migration V5_0 owns the tables. Steps are read
 * straight into {@link StepView}s, named after the lanes of the case's SOP ({@link Route#laneName}).
 */
@Repository
class CaseRepository {

    /** A row of {@code workflow_case}. */
    record CaseRow(
            long id,
            String officeCode,
            long sopVersionId,
            String sopCode,
            String sopName,
            String subjectRef,
            CaseState state,
            @Nullable Long currentStepId,
            @Nullable Integer resumeAt,
            @Nullable Instant returnedAt,
            Instant startedAt,
            String startedBy,
            @Nullable Instant endedAt,
            @Nullable String endReason,
            Clocks clocks,
            int version) {}

    /**
     * What a transition that moves the case writes to its row.
     *
     * @param resumeAt where to resume when the papers return, set only while returned to the applicant
     */
    record CaseChange(
            CaseState state,
            @Nullable Integer resumeAt,
            @Nullable Instant returnedAt,
            @Nullable Instant endedAt,
            @Nullable String endReason,
            Clocks clocks) {}

    /** How a step closes. */
    record Closing(
            StepState state,
            Instant at,
            Acting by,
            HistoryAction action,
            long workingSeconds,
            @Nullable Boolean withinStandard,
            @Nullable String outputName,
            @Nullable String outputRef,
            @Nullable String note,
            @Nullable OutsideResult result,
            @Nullable HandOver handOver) {}

    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CaseRow> findCase(long id) {
        return jdbc.sql("select * from workflow_case where id = :id")
                .param("id", id)
                .query(CaseRepository::caseRow)
                .optional();
    }

    /** The case a step belongs to, read by the step's id in one statement. */
    Optional<CaseRow> findCaseOfStep(long stepId) {
        return jdbc.sql("select * from workflow_case where id = (select case_id from workflow_step where id = :step)")
                .param("step", stepId)
                .query(CaseRepository::caseRow)
                .optional();
    }

    Optional<StepView> findStep(long id, Route route) {
        return jdbc.sql("select * from workflow_step where id = :id")
                .param("id", id)
                .query(steps(route))
                .optional();
    }

    List<StepView> steps(long caseId, Route route) {
        return jdbc.sql("select * from workflow_step where case_id = :caseId order by id")
                .param("caseId", caseId)
                .query(steps(route))
                .list();
    }

    CaseRow insertCase(
            String officeCode,
            long sopVersionId,
            String sopCode,
            String sopName,
            String subjectRef,
            CaseState state,
            Instant startedAt,
            String startedBy) {
        return jdbc.sql("""
                        insert into workflow_case (office_code, sop_version_id, sop_code, sop_name, subject_ref, state,
                                                   started_at, started_by)
                        values (:office, :version, :code, :name, :subject, :state, :at, :by)
                        returning *
                        """)
                .param("office", officeCode)
                .param("version", sopVersionId)
                .param("code", sopCode)
                .param("name", sopName)
                .param("subject", subjectRef)
                .param("state", state.name())
                .param("at", ts(startedAt))
                .param("by", startedBy)
                .query(CaseRepository::caseRow)
                .single();
    }

    /**
     * The optimistic lock: the first write of a claim or a release, which leave the case as it is. Empty when another
     * transaction changed the case since it was read; the caller then writes nothing.
     */
    Optional<CaseRow> bumpVersion(long caseId, int expectedVersion) {
        return jdbc.sql(
                        "update workflow_case set version = version + 1 where id = :id and version = :version returning *")
                .param("id", caseId)
                .param("version", expectedVersion)
                .query(CaseRepository::caseRow)
                .optional();
    }

    /**
     * The case's one write in a transition that moves it: the new state, return point, end and clocks, with the
     * optimistic lock — the first write of the transition. When the transition opens a step its id is drawn from the
     * step's sequence here (the step is inserted next with {@link #insertStep}; the foreign key is checked at commit,
     * V5_1). Empty when another transaction changed the case since it was read: then nothing was written or drawn.
     *
     * @param bump whether the version goes up (every transition; not the start, which wrote the row itself)
     */
    Optional<CaseRow> advance(long caseId, int expectedVersion, CaseChange change, boolean bump, boolean opensStep) {
        return jdbc.sql("""
                        update workflow_case
                           set version = version + :bump, state = :state,
                               current_step_id = case when :opens
                                                      then nextval(pg_get_serial_sequence('workflow_step', 'id'))
                                                 end,
                               resume_at_activity = :resumeAt, returned_at = :returnedAt, ended_at = :endedAt,
                               end_reason = :endReason, office_seconds = :office, applicant_seconds = :applicant,
                               outside_seconds = :outside
                         where id = :id and version = :version
                        returning *
                        """)
                .param("bump", bump ? 1 : 0)
                .param("version", expectedVersion)
                .param("opens", opensStep)
                .param("state", change.state().name())
                .param("resumeAt", change.resumeAt())
                .param("returnedAt", ts(change.returnedAt()))
                .param("endedAt", ts(change.endedAt()))
                .param("endReason", change.endReason())
                .param("office", change.clocks().office())
                .param("applicant", change.clocks().applicant())
                .param("outside", change.clocks().outside())
                .param("id", caseId)
                .query(CaseRepository::caseRow)
                .optional();
    }

    /** Inserts a step under the id {@link #advance} drew for it, or a fresh one ({@code id} null). */
    StepView insertStep(
            @Nullable Long id,
            CaseRow kase,
            Route route,
            int activityNumber,
            String activityName,
            String positionCode,
            LaneKind laneKind,
            String inboxPosition,
            @Nullable String handingPosition,
            Instant startedAt,
            @Nullable Instant dueAt,
            @Nullable String standardText) {
        return jdbc.sql("""
                        insert into workflow_step (id, case_id, office_code, activity_number, activity_name,
                                                   position_code, lane_kind, inbox_position, handing_position, state,
                                                   started_at, due_at, standard_text)
                        overriding system value
                        values (coalesce(:id, nextval(pg_get_serial_sequence('workflow_step', 'id'))), :caseId, :office, :number, :name, :position, :kind, :inbox, :handing, 'OPEN',
                                :at, :due, :std)
                        returning *
                        """)
                .param("id", id)
                .param("caseId", kase.id())
                .param("office", kase.officeCode())
                .param("number", activityNumber)
                .param("name", activityName)
                .param("position", positionCode)
                .param("kind", laneKind.name())
                .param("inbox", inboxPosition)
                .param("handing", handingPosition)
                .param("at", ts(startedAt))
                .param("due", ts(dueAt))
                .param("std", standardText)
                .query(steps(route))
                .single();
    }

    StepView claimStep(long stepId, Acting by, Instant at, Route route) {
        return jdbc.sql("""
                        update workflow_step set state = 'CLAIMED', claimed_by = :by, claimed_by_name = :name,
                                                 claimed_at = :at
                         where id = :id
                        returning *
                        """)
                .param("by", by.username())
                .param("name", by.displayName())
                .param("at", ts(at))
                .param("id", stepId)
                .query(steps(route))
                .single();
    }

    StepView releaseStep(long stepId, Route route) {
        return jdbc.sql("""
                        update workflow_step set state = 'OPEN', claimed_by = null, claimed_by_name = null,
                                                 claimed_at = null
                         where id = :id
                        returning *
                        """).param("id", stepId).query(steps(route)).single();
    }

    void closeStep(long stepId, Closing closing) {
        OutsideResult result = closing.result();
        HandOver handOver = closing.handOver();
        jdbc.sql("""
                        update workflow_step
                           set state = :state, closed_at = :at, closed_by = :by, closed_by_name = :byName,
                               closed_action = :action, working_seconds = :seconds, within_standard = :within,
                               output_name = :outputName, output_ref = :outputRef, note = :note,
                               result_reference = :ref, result_date = :refDate, result_attachment_ref = :attachment,
                               handover_received_by = :receivedBy, handover_received_at = :receivedAt,
                               handover_identity = :identity
                         where id = :id
                        """)
                .param("state", closing.state().name())
                .param("at", ts(closing.at()))
                .param("by", closing.by().username())
                .param("byName", closing.by().displayName())
                .param("action", closing.action().name())
                .param("seconds", closing.workingSeconds())
                .param("within", closing.withinStandard())
                .param("outputName", closing.outputName())
                .param("outputRef", closing.outputRef())
                .param("note", closing.note())
                .param("ref", result == null ? null : result.reference())
                .param("refDate", result == null ? null : result.date())
                .param("attachment", result == null ? null : result.attachmentRef())
                .param("receivedBy", handOver == null ? null : handOver.receivedBy())
                .param("receivedAt", handOver == null ? null : ts(handOver.receivedAt()))
                .param("identity", handOver == null ? null : handOver.identityShown())
                .param("id", stepId)
                .update();
    }

    private static CaseRow caseRow(ResultSet rs, int n) throws SQLException {
        return new CaseRow(
                rs.getLong("id"),
                rs.getString("office_code"),
                rs.getLong("sop_version_id"),
                rs.getString("sop_code"),
                rs.getString("sop_name"),
                rs.getString("subject_ref"),
                CaseState.valueOf(rs.getString("state")),
                rs.getObject("current_step_id", Long.class),
                rs.getObject("resume_at_activity", Integer.class),
                instant(rs, "returned_at"),
                instant(rs, "started_at"),
                rs.getString("started_by"),
                instant(rs, "ended_at"),
                rs.getString("end_reason"),
                new Clocks(
                        rs.getLong("office_seconds"), rs.getLong("applicant_seconds"), rs.getLong("outside_seconds")),
                rs.getInt("version"));
    }

    private static RowMapper<StepView> steps(Route route) {
        return (rs, n) -> {
            String position = rs.getString("position_code");
            Long seconds = rs.getObject("working_seconds", Long.class);
            return new StepView(
                    new StepId(rs.getLong("id")),
                    rs.getInt("activity_number"),
                    rs.getString("activity_name"),
                    position,
                    route.laneName(position),
                    LaneKind.valueOf(rs.getString("lane_kind")),
                    StepState.valueOf(rs.getString("state")),
                    instant(rs, "started_at"),
                    rs.getString("standard_text"),
                    instant(rs, "due_at"),
                    rs.getString("claimed_by"),
                    rs.getString("claimed_by_name"),
                    instant(rs, "claimed_at"),
                    instant(rs, "closed_at"),
                    rs.getString("closed_by"),
                    rs.getString("closed_by_name"),
                    enumOrNull(rs, "closed_action", HistoryAction.class),
                    seconds == null ? null : Duration.ofSeconds(seconds),
                    rs.getObject("within_standard", Boolean.class),
                    rs.getString("output_name"),
                    rs.getString("output_ref"),
                    rs.getString("note"),
                    rs.getString("result_reference"),
                    rs.getObject("result_date", LocalDate.class),
                    rs.getString("result_attachment_ref"),
                    rs.getString("handover_received_by"),
                    instant(rs, "handover_received_at"),
                    rs.getString("handover_identity"),
                    instant(rs, "overdue_at"));
        };
    }
}
