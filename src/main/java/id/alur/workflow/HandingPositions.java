package id.alur.workflow;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Back-fills {@code workflow_step.handing_position} (V5_240) for the applicant's steps opened before it existed, so a
 * hand-over waiting since then is found in the handing lane's inbox too (issue 12 follow-up), not only in the front
 * desk's. The lane is decided from the case's SOP version by {@link Route#handingPosition}, the rule a new step is
 * opened with; the SOP is stored as its source text (sop_version.source_text), so this is Java at start-up rather than
 * a SQL migration (docs/decisions.md, workflow).
 *
 * <p>Idempotent: it reads only open applicant steps with no handing position and sets one only where still null, so
 * running again (each start, or two nodes at once) changes nothing written before. Each update commits alone: a step
 * filled is correct whatever happens to the next.
 */
@Component
class HandingPositions {

    private static final Logger log = LoggerFactory.getLogger(HandingPositions.class);

    private record OpenStep(long id, int activityNumber, long versionId) {}

    private final JdbcClient jdbc;
    private final SopVersions versions;

    HandingPositions(JdbcClient jdbc, SopVersions versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        int filled = fill();
        if (filled > 0) {
            log.info("Filled the handing position of {} open applicant steps opened before V5_240", filled);
        }
    }

    /** @return the steps given a handing position now */
    int fill() {
        // Few rows: the open applicant steps (the partial workflow_step_inbox_idx holds only open ones); most get no
        // lane.
        List<OpenStep> open = jdbc.sql("""
                        select s.id, s.activity_number, c.sop_version_id
                          from workflow_step s join workflow_case c on c.id = s.case_id
                         where s.state in ('OPEN', 'CLAIMED') and s.lane_kind = 'APPLICANT'
                           and s.handing_position is null
                        """)
                .query((rs, n) -> new OpenStep(rs.getLong(1), rs.getInt(2), rs.getLong(3)))
                .list();
        int filled = 0;
        for (OpenStep step : open) {
            Route route = versions.get(step.versionId()).route();
            if (!route.hasActivity(step.activityNumber())) {
                continue;
            }
            String lane = route.handingPosition(route.activity(step.activityNumber()));
            if (lane != null) {
                filled += jdbc.sql("update workflow_step set handing_position = :lane"
                                + " where id = :id and handing_position is null")
                        .param("lane", lane)
                        .param("id", step.id())
                        .update();
            }
        }
        return filled;
    }
}
