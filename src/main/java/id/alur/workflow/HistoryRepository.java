package id.alur.workflow;

import static id.alur.workflow.SqlValues.enumOrNull;
import static id.alur.workflow.SqlValues.instant;
import static id.alur.workflow.SqlValues.name;
import static id.alur.workflow.SqlValues.ts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only history of cases ({@code workflow_history}, V5_0; a trigger refuses updates and deletes): rows go in
 * as {@link HistoryRow}s and come back as {@link TimelineEntry}s.
 */
@Repository
class HistoryRepository {

    /**
     * Who acted on a row, as its label says it ("Budi, Plh. untuk Sri", "Ani atas nama Pemohon").
     *
     * @param positionCode the lane of the activity acted on
     */
    record Actor(
            String name,
            @Nullable DelegationKind delegationKind,
            @Nullable String onBehalfOfName,
            @Nullable LaneKind recordedFor,
            @Nullable String positionCode) {}

    /** The last thing done to a case: who did it, when, on which step. */
    record LastAct(
            @Nullable Long stepId,
            String actorUsername,
            @Nullable String actorName,
            Instant at) {}

    private final JdbcClient jdbc;

    HistoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(HistoryRow row) {
        Acting acting = row.acting();
        jdbc.sql("""
                        insert into workflow_history (case_id, step_id, at, action, activity_number, activity_name,
                               position_code, from_activity, to_activity, from_state, to_state, actor_username,
                               actor_name, actor_position, on_behalf_of_username, on_behalf_of_name, delegation_kind,
                               recorded_for, note, output_name, output_ref, standard_text, due_at, working_seconds,
                               within_standard)
                        values (:caseId, :stepId, :at, :action, :number, :name, :position, :from, :to, :fromState,
                                :toState, :user, :userName, :userPosition, :forUser, :forName, :kind, :recordedFor,
                                :note, :outputName, :outputRef, :std, :due, :seconds, :within)
                        """)
                .param("caseId", row.caseId())
                .param("stepId", row.stepId())
                .param("at", ts(row.at()))
                .param("action", row.action().name())
                .param("number", row.activityNumber())
                .param("name", row.activityName())
                .param("position", row.positionCode())
                .param("from", row.fromActivity())
                .param("to", row.toActivity())
                .param("fromState", name(row.fromState()))
                .param("toState", row.toState().name())
                .param("user", acting.username())
                .param("userName", acting.displayName())
                .param("userPosition", acting.positionCode())
                .param("forUser", acting.onBehalfOfUsername())
                .param("forName", acting.onBehalfOfName())
                .param("kind", name(acting.kind()))
                .param("recordedFor", name(row.recordedFor()))
                .param("note", row.note())
                .param("outputName", row.outputName())
                .param("outputRef", row.outputRef())
                .param("std", row.standardText())
                .param("due", ts(row.dueAt()))
                .param("seconds", row.workingSeconds())
                .param("within", row.withinStandard())
                .update();
    }

    /** The case's history, oldest first, each row labelled by {@code labels}. */
    List<TimelineEntry> entries(long caseId, Function<Actor, String> labels) {
        return jdbc.sql("select * from workflow_history where case_id = :caseId order by id")
                .param("caseId", caseId)
                .query((rs, n) -> {
                    String actorName = rs.getString("actor_name");
                    String positionCode = rs.getString("position_code");
                    String onBehalfOfName = rs.getString("on_behalf_of_name");
                    DelegationKind delegation = enumOrNull(rs, "delegation_kind", DelegationKind.class);
                    LaneKind recordedFor = enumOrNull(rs, "recorded_for", LaneKind.class);
                    Long stepId = rs.getObject("step_id", Long.class);
                    Long seconds = rs.getObject("working_seconds", Long.class);
                    return new TimelineEntry(
                            rs.getLong("id"),
                            instant(rs, "at"),
                            HistoryAction.valueOf(rs.getString("action")),
                            stepId == null ? null : new StepId(stepId),
                            rs.getObject("activity_number", Integer.class),
                            rs.getString("activity_name"),
                            positionCode,
                            rs.getObject("from_activity", Integer.class),
                            rs.getObject("to_activity", Integer.class),
                            enumOrNull(rs, "from_state", CaseState.class),
                            CaseState.valueOf(rs.getString("to_state")),
                            rs.getString("actor_username"),
                            actorName,
                            rs.getString("actor_position"),
                            rs.getString("on_behalf_of_username"),
                            onBehalfOfName,
                            delegation,
                            recordedFor,
                            rs.getString("note"),
                            rs.getString("output_name"),
                            rs.getString("output_ref"),
                            rs.getString("standard_text"),
                            instant(rs, "due_at"),
                            seconds == null ? null : Duration.ofSeconds(seconds),
                            rs.getObject("within_standard", Boolean.class),
                            labels.apply(new Actor(actorName, delegation, onBehalfOfName, recordedFor, positionCode)));
                })
                .list();
    }

    /** The last row of the case's history. */
    Optional<LastAct> last(long caseId) {
        return jdbc.sql("""
                        select step_id, actor_username, actor_name, at from workflow_history
                         where case_id = :caseId order by id desc limit 1
                        """)
                .param("caseId", caseId)
                .query((rs, n) -> new LastAct(
                        rs.getObject("step_id", Long.class),
                        rs.getString("actor_username"),
                        rs.getString("actor_name"),
                        instant(rs, "at")))
                .optional();
    }
}
