package id.alur.bench;

import id.alur.workflow.CaseId;
import id.alur.workflow.CaseView;
import id.alur.workflow.InboxFilter;
import id.alur.workflow.InboxPage;
import id.alur.workflow.Timeline;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.Set;
import java.util.function.LongConsumer;
import org.HdrHistogram.Histogram;

/**
 * Latency of the inbox and of a case at scale: cases, steps and history rows generated in the database with
 * {@code generate_series} (not through the API) in seed 000's office on its published SOP version, then single
 * sequential reads through the workflow API, timed per call.
 */
final class Latency {

    static final String POSITION = "kasi-rehabsos";

    record Generated(long cases, long steps, long history, long openSteps, long firstCase, long lastCase) {}

    record Percentiles(long calls, double p50, double p95, double p99, double max) {

        static Percentiles of(Histogram histogram) {
            return new Percentiles(
                    histogram.getTotalCount(),
                    histogram.getValueAtPercentile(50) / 1e6,
                    histogram.getValueAtPercentile(95) / 1e6,
                    histogram.getValueAtPercentile(99) / 1e6,
                    histogram.getMaxValue() / 1e6);
        }
    }

    private final AlurInProcess alur;

    Latency(AlurInProcess alur) {
        this.alur = alur;
    }

    /**
     * One case in fifty is still open at verification (Kasi Rehabsos's inbox), the rest finished with five closed
     * steps; every case gets {@code historyPerCase} history rows.
     */
    Generated generate(long cases, int historyPerCase) {
        var jdbc = alur.jdbc;
        long version = jdbc.sql("""
                        select id from sop_version where office_code = :office and code = :code and status = 'PUBLISHED'
                         order by version desc limit 1""")
                .param("office", AlurInProcess.OFFICE)
                .param("code", AlurInProcess.SOP_CODE)
                .query(Long.class)
                .single();
        String sopName = jdbc.sql("select sop_name from workflow_case where office_code = :office limit 1")
                .param("office", AlurInProcess.OFFICE)
                .query(String.class)
                .optional()
                .orElse("PELAYANAN PENGANTAR PEMBUATAN KARTU INDONESIA SEHAT (KIS)");
        var base = Instant.parse("2026-01-05T01:00:00Z").atOffset(ZoneOffset.UTC);
        long before = jdbc.sql("select coalesce(max(id), 0) from workflow_case")
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into workflow_case (office_code, sop_version_id, sop_code, sop_name, subject_ref, state,
                                                   started_at, started_by, ended_at, office_seconds)
                        select :office, :version, :code, :name, 'gen-' || g,
                               case when g % 50 = 0 then 'ACTIVE' else 'FINISHED' end,
                               :base + g * interval '20 seconds', 'bench-generator',
                               case when g % 50 = 0 then null else :base + g * interval '20 seconds' + interval '25 minutes' end,
                               1500
                          from generate_series(1, :cases) g""")
                .param("office", AlurInProcess.OFFICE)
                .param("version", version)
                .param("code", AlurInProcess.SOP_CODE)
                .param("name", sopName)
                .param("base", base)
                .param("cases", cases)
                .update();
        long first = before + 1;
        long last =
                jdbc.sql("select max(id) from workflow_case").query(Long.class).single();
        String[] positions = {"petugas-pelayanan", "kasi-rehabsos", "kabid-rehabilitasi-jamsos", "kepala-dinas"};
        // finished cases: five closed steps; open cases: the intake done, verification open
        jdbc.sql("""
                        insert into workflow_step (case_id, office_code, activity_number, activity_name, position_code,
                                                   lane_kind, inbox_position, state, started_at, closed_at, closed_by,
                                                   closed_by_name, closed_action, working_seconds, within_standard)
                        select c.id, c.office_code, a, 'Kegiatan ' || a, p.position, 'POSITION', p.position, 'DONE',
                               c.started_at + (a - 1) * interval '5 minutes', c.started_at + a * interval '5 minutes',
                               'bench-generator', 'Bench', case when a in (2, 3) then 'DECIDED_YA' else 'COMPLETED' end,
                               300, true
                          from workflow_case c
                          cross join generate_series(1, 5) a
                          join (values (1, :p0), (2, :p1), (3, :p2), (4, :p3), (5, :p0)) p(number, position) on p.number = a
                         where c.id between :first and :last and (c.state = 'FINISHED' or a = 1)""")
                .param("p0", positions[0])
                .param("p1", positions[1])
                .param("p2", positions[2])
                .param("p3", positions[3])
                .param("first", first)
                .param("last", last)
                .update();
        jdbc.sql("""
                        insert into workflow_step (case_id, office_code, activity_number, activity_name, position_code,
                                                   lane_kind, inbox_position, state, started_at, due_at)
                        select c.id, c.office_code, 2, 'Kegiatan 2', :position, 'POSITION', :position, 'OPEN',
                               c.started_at + interval '5 minutes', c.started_at + interval '10 minutes'
                          from workflow_case c
                         where c.id between :first and :last and c.state = 'ACTIVE'""")
                .param("position", POSITION)
                .param("first", first)
                .param("last", last)
                .update();
        jdbc.sql("""
                        update workflow_case c set current_step_id = s.id
                          from workflow_step s
                         where s.case_id = c.id and s.state = 'OPEN' and c.id between :first and :last""").param("first", first).param("last", last).update();
        jdbc.sql("""
                        insert into workflow_history (case_id, at, action, activity_number, position_code, to_state,
                                                      actor_username, actor_name, actor_position)
                        select c.id, c.started_at + h * interval '1 minute',
                               (array['STARTED','CLAIMED','COMPLETED','CLAIMED','DECIDED_YA','CLAIMED','DECIDED_YA',
                                      'CLAIMED','COMPLETED','FINISHED'])[1 + (h - 1) % 10],
                               1 + (h - 1) % 5, :position, 'ACTIVE', 'bench-generator', 'Bench', :position
                          from workflow_case c
                          cross join generate_series(1, :perCase) h
                         where c.id between :first and :last""")
                .param("position", POSITION)
                .param("perCase", historyPerCase)
                .param("first", first)
                .param("last", last)
                .update();
        jdbc.sql("analyze workflow_case").update();
        jdbc.sql("analyze workflow_step").update();
        jdbc.sql("analyze workflow_history").update();
        long totalCases =
                jdbc.sql("select count(*) from workflow_case").query(Long.class).single();
        long steps =
                jdbc.sql("select count(*) from workflow_step").query(Long.class).single();
        long history = jdbc.sql("select count(*) from workflow_history")
                .query(Long.class)
                .single();
        long open = jdbc.sql("select count(*) from workflow_step where state in ('OPEN', 'CLAIMED')")
                .query(Long.class)
                .single();
        return new Generated(totalCases, steps, history, open, first, last);
    }

    /** The first pages of Kasi Rehabsos's inbox, 20 rows each, as an officer pages through them. */
    Percentiles inbox(int warmUp, int calls, LongConsumer rowsSeen) {
        var random = new Random(20261123L);
        var histogram = new Histogram(60_000_000_000L, 3);
        for (int i = 0; i < warmUp + calls; i++) {
            int page = random.nextInt(5);
            long from = System.nanoTime();
            InboxPage result = alur.workflow.inbox(
                    AlurInProcess.OFFICE, Set.of(POSITION), InboxFilter.all(Instant.now()), page, 20);
            long took = System.nanoTime() - from;
            if (i >= warmUp) {
                histogram.recordValue(took);
                rowsSeen.accept(result.rows().size());
            }
        }
        return Percentiles.of(histogram);
    }

    /** A case as its page shows it: the case with its open step, and its whole timeline. */
    Percentiles casePage(Generated generated, int warmUp, int calls, LongConsumer entriesSeen) {
        var random = new Random(11L);
        var histogram = new Histogram(60_000_000_000L, 3);
        long span = generated.lastCase() - generated.firstCase() + 1;
        for (int i = 0; i < warmUp + calls; i++) {
            CaseId id = new CaseId(generated.firstCase() + (long) (random.nextDouble() * span));
            long from = System.nanoTime();
            CaseView view = alur.workflow.caseView(id);
            Timeline timeline = alur.workflow.history(id);
            long took = System.nanoTime() - from;
            if (i >= warmUp) {
                histogram.recordValue(took);
                entriesSeen.accept(view == null ? 0 : timeline.entries().size());
            }
        }
        return Percentiles.of(histogram);
    }
}
