package id.alur.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The inbox stays an index read however many cases have ended: 100,000 finished cases (500,000 closed steps) and
 * 2,000 open steps in one office, and the planner reads the partial inbox index in order instead of scanning.
 */
@SpringBootTest
@Tag("slow")
class InboxScaleIntegrationTests {

    @Autowired
    WorkflowService workflow;

    @Autowired
    JdbcClient jdbc;

    @Test
    void readsAPositionsInboxFromThePartialIndexAmongAHundredThousandEndedCases() {
        String office = "skala-" + System.nanoTime();
        Instant base = Instant.parse("2027-02-01T01:00:00Z");
        jdbc.sql("""
                        insert into workflow_case (office_code, sop_version_id, sop_code, sop_name, subject_ref, state,
                                                   started_at, started_by, ended_at)
                        select :office, 0, 'kis', 'KIS', 'S-' || g, 'FINISHED', :base, 'x', :base
                          from generate_series(1, 100000) g
                        """)
                .param("office", office)
                .param("base", base.atOffset(java.time.ZoneOffset.UTC))
                .update();
        // Fresh statistics before the steps go in: with the planner still believing the case table tiny, the
        // foreign-key check of every inserted step scans all cases, and the setup turns quadratic (minutes).
        jdbc.sql("analyze workflow_case").update();
        jdbc.sql("""
                        insert into workflow_step (case_id, office_code, activity_number, activity_name, position_code,
                                                   lane_kind, inbox_position, state, started_at, closed_at)
                        select c.id, c.office_code, a, 'kegiatan', 'p' || (a % 4), 'POSITION', 'p' || (a % 4), 'DONE',
                               c.started_at, c.started_at
                          from workflow_case c cross join generate_series(1, 5) a
                         where c.office_code = :office
                        """).param("office", office).update();
        jdbc.sql("""
                        insert into workflow_step (case_id, office_code, activity_number, activity_name, position_code,
                                                   lane_kind, inbox_position, state, started_at)
                        select c.id, c.office_code, 2, 'kegiatan', 'p' || (c.id / 50 % 4), 'POSITION', 'p' || (c.id / 50 % 4),
                               'OPEN', c.started_at + (c.id % 2000) * interval '1 minute'
                          from workflow_case c
                         where c.office_code = :office and c.id % 50 = 0
                        """).param("office", office).update();
        jdbc.sql("analyze workflow_step").update();
        jdbc.sql("analyze workflow_case").update();

        InboxFilter filter = InboxFilter.all(base);
        String plan = String.join(
                "\n",
                jdbc.sql("explain " + CaseRepository.inboxSql(filter, 2))
                        .param("office", office)
                        .param("position0", "p1")
                        .param("position1", "p2")
                        .param("window", 21)
                        .param("limit", 21)
                        .param("offset", 0)
                        .query(String.class)
                        .list());
        assertThat(plan).contains("workflow_step_inbox_idx").doesNotContain("Seq Scan on workflow_step");
        // each position is read in index order: no sort below the merge of the branches
        assertThat(plan.lines().filter(line -> line.contains("Sort")).count()).isLessThanOrEqualTo(1);

        InboxPage first = workflow.inbox(office, Set.of("p1", "p2"), filter, 0, 20);
        InboxPage second = workflow.inbox(office, Set.of("p1", "p2"), filter, 1, 20);
        assertThat(first.rows()).hasSize(20);
        assertThat(first.hasMore()).isTrue();
        var both = new java.util.ArrayList<>(first.rows());
        both.addAll(second.rows());
        assertThat(both).extracting(InboxRow::startedAt).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        assertThat(both).extracting(InboxRow::stepId).doesNotHaveDuplicates();
        List<Long> expected =
                jdbc.sql("""
                        select id from workflow_step
                         where office_code = :office and inbox_position in ('p1', 'p2') and state = 'OPEN'
                         order by started_at, id limit 40
                        """).param("office", office).query(Long.class).list();
        assertThat(both).extracting(r -> r.stepId().value()).containsExactlyElementsOf(expected);
    }
}
