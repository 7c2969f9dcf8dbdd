package id.alur.bench;

import id.alur.sop.Activity;
import id.alur.sop.Sop;
import id.alur.sop.SopFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The data behind the page latencies: permohonan with their workflow cases, steps, history rows and checklists,
 * generated in the database with {@code generate_series} (not through the API), in seed 000's office on its published
 * SOP version, complete enough for the inbox and case pages to show them as they show a real one.
 */
final class Latency {

    /** The lane whose inbox holds the generated open cases: verification (activity 2) of seed 000. */
    static final String POSITION = "kasi-rehabsos";

    /** One generated case in fifty is still open, at verification. */
    static final int OPEN_EVERY = 50;

    static final String TRACKING_PREFIX = "ALR-2025-";

    record Generated(
            long cases,
            long steps,
            long history,
            long openSteps,
            long permohonan,
            long generated,
            long firstPermohonan,
            long historyPerCase) {

        /** The permohonan generated as number {@code g} (1-based): its id and its tracking number. */
        GeneratedPermohonan permohonan(long g) {
            return new GeneratedPermohonan(firstPermohonan + g - 1, trackingNumber(g));
        }

        /** The number (1-based) of a generated permohonan picked by a random long. */
        long pickNumber(long random) {
            return 1 + Math.floorMod(random, generated);
        }

        /** A generated permohonan picked by a random long. */
        GeneratedPermohonan pick(long random) {
            return permohonan(1 + Math.floorMod(random, generated));
        }
    }

    record GeneratedPermohonan(long id, String trackingNumber) {}

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

    /** Six hexadecimal digits, upper case: all in the tracking numbers' alphabet; 2025 is before any live intake. */
    static String trackingNumber(long g) {
        String hex = HexFormat.of().withUpperCase().toHexDigits(g).replaceFirst("^0+(?=.{6})", "");
        return TRACKING_PREFIX + hex.substring(Math.max(0, hex.length() - 6));
    }

    /** The NIK of generated permohonan {@code g}, as {@link #generate} writes it (a valid NIK of Kec. Sumber). */
    static String nik(long g) {
        return String.format("331701%02d%02d85%04d", 41 + g % 28, 1 + g % 12, 1 + g % 9998);
    }

    /** The applicant's name of generated permohonan {@code g}, as {@link #generate} writes it. */
    static String applicantName(long g) {
        return "Pemohon " + g;
    }

    /** When generated permohonan {@code g} was submitted, as {@link #generate} writes it. */
    static Instant submittedAt(long g) {
        return BASE.plusSeconds(20 * g);
    }

    private static final Instant BASE = Instant.parse("2025-01-06T01:00:00Z");

    private final JdbcClient jdbc;

    Latency(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Generates {@code cases} permohonan of seed 000 with explicit ids after the existing ones (so the rows refer to
     * each other without look-ups): every one with its five checklist papers and its workflow case; one in
     * {@value #OPEN_EVERY} open at verification in the Kasi Rehabsos's inbox (intake done; the step claimed and
     * released in turns), the others finished with five closed steps; every case gets {@code historyPerCase} history
     * rows tied to its steps.
     */
    Generated generate(long cases, int historyPerCase) {
        if (cases > 0xFFFFFFL) {
            throw new IllegalArgumentException("at most 16,777,215 generated cases (six hexadecimal digits)");
        }
        Sop sop = SopFormat.seed(AlurInProcess.OFFICE);
        long version = jdbc.sql("""
                        select id from sop_version where office_code = :office and code = :code and status = 'PUBLISHED'
                         order by version desc limit 1""")
                .param("office", AlurInProcess.OFFICE)
                .param("code", AlurInProcess.SOP_CODE)
                .query(Long.class)
                .single();
        String sopName = sop.header().name();
        String villageName = jdbc.sql(
                        "select village_name from permohonan where village_code = '33.17.01.2002' limit 1")
                .query(String.class)
                .optional()
                .orElse("Desa/kelurahan 33.17.01.2002, Kec. Sumber, Kab. Rembang, Jawa Tengah");
        var base = BASE.atOffset(ZoneOffset.UTC);
        long p0 = max("permohonan");
        long c0 = max("workflow_case");
        long s0 = max("workflow_step");
        var params = new java.util.HashMap<String, Object>();
        params.put("office", AlurInProcess.OFFICE);
        params.put("version", version);
        params.put("code", AlurInProcess.SOP_CODE);
        params.put("name", sopName);
        params.put("base", base);
        params.put("cases", cases);
        params.put("p0", p0);
        params.put("c0", c0);
        params.put("s0", s0);
        params.put("open", OPEN_EVERY);
        params.put("villageName", villageName);
        params.put("prefix", TRACKING_PREFIX);
        params.put("perCase", historyPerCase);
        params.put("position", POSITION);
        List<Activity> activities = sop.activities();
        for (int a = 1; a <= 5; a++) {
            Activity activity = activities.get(a - 1);
            params.put("a" + a, activity.description());
            params.put("p" + a, activity.actorId());
        }
        List<String> requirements = sop.first().standard().requirements();
        for (int r = 0; r < 5; r++) {
            params.put("r" + r, requirements.get(r));
        }

        sql("""
                insert into permohonan (id, tracking_number, office_code, sop_code, sop_name, nik, applicant_name,
                                        birth_date, sex, family_card_number, address, village_code, village_name, phone,
                                        incomplete, workflow_case_id, status, submitted_at, submitted_by, closed_at)
                overriding system value
                select :p0 + g, :prefix || lpad(upper(to_hex(g)), 6, '0'), :office, :code, :name,
                       '331701' || lpad((41 + g % 28)::text, 2, '0') || lpad((1 + g % 12)::text, 2, '0') || '85'
                         || lpad((1 + g % 9998)::text, 4, '0'),
                       'Pemohon ' || g, make_date(1985, (1 + g % 12)::int, (1 + g % 28)::int), 'FEMALE',
                       '3317011203150007', 'Jl. Pemuda ' || (g % 200) || ' RT 01 RW 02', '33.17.01.2002',
                       :villageName, '0812' || lpad((g % 100000000)::text, 8, '0'), false, :c0 + g,
                       case when g % :open = 0 then 'OPEN' else 'FINISHED' end,
                       :base + g * interval '20 seconds', 'rembang.petugas-pelayanan',
                       case when g % :open = 0 then null else :base + g * interval '20 seconds' + interval '25 minutes' end
                  from generate_series(1, :cases) g""", params);
        sql("""
                insert into permohonan_checklist_item (permohonan_id, position, requirement, present)
                select :p0 + g, r, (array[:r0, :r1, :r2, :r3, :r4])[r + 1], true
                  from generate_series(1, :cases) g cross join generate_series(0, 4) r""", params);
        sql("""
                insert into workflow_case (id, office_code, sop_version_id, sop_code, sop_name, subject_ref, state,
                                           started_at, started_by, ended_at, office_seconds)
                overriding system value
                select :c0 + g, :office, :version, :code, :name, 'permohonan:' || (:p0 + g),
                       case when g % :open = 0 then 'ACTIVE' else 'FINISHED' end,
                       :base + g * interval '20 seconds', 'rembang.petugas-pelayanan',
                       case when g % :open = 0 then null else :base + g * interval '20 seconds' + interval '25 minutes' end,
                       case when g % :open = 0 then 300 else 1500 end
                  from generate_series(1, :cases) g""", params);
        // step ids :s0 + (g - 1) * 5 + activity; an open case has step 1 done and step 2 at verification, claimed by
        // the kasi when its history's last turn is a claim
        boolean openClaimed = historyPerCase >= 4 && (historyPerCase - 4) % 2 == 0;
        params.put("openState", openClaimed ? "CLAIMED" : "OPEN");
        params.put("openClaimed", openClaimed);
        params.put("claimer", "rembang." + POSITION);
        params.put("claimerName", "Agus Prasetyo");
        sql("""
                insert into workflow_step (id, case_id, office_code, activity_number, activity_name, position_code,
                                           lane_kind, inbox_position, state, started_at, due_at, standard_text,
                                           claimed_by, claimed_by_name, claimed_at, closed_at, closed_by,
                                           closed_by_name, closed_action, working_seconds, within_standard)
                overriding system value
                select :s0 + (g - 1) * 5 + a, :c0 + g, :office, a,
                       (array[:a1, :a2, :a3, :a4, :a5])[a], p.position, 'POSITION', p.position,
                       case when g % :open = 0 and a = 2 then :openState else 'DONE' end,
                       :base + g * interval '20 seconds' + (a - 1) * interval '5 minutes',
                       :base + g * interval '20 seconds' + a * interval '5 minutes', '5 menit',
                       case when g % :open = 0 and a = 2 then case when :openClaimed then :claimer end
                            else 'rembang.' || p.position end,
                       case when g % :open = 0 and a = 2 then case when :openClaimed then :claimerName end
                            else 'Bench' end,
                       case when g % :open <> 0 or a = 1 or :openClaimed
                            then :base + g * interval '20 seconds' + (a - 1) * interval '5 minutes' + interval '1 minute'
                       end,
                       case when g % :open = 0 and a = 2 then null
                            else :base + g * interval '20 seconds' + a * interval '5 minutes' end,
                       case when g % :open = 0 and a = 2 then null else 'rembang.' || p.position end,
                       case when g % :open = 0 and a = 2 then null else 'Bench' end,
                       case when g % :open = 0 and a = 2 then null
                            when a in (2, 3) then 'DECIDED_YA' else 'COMPLETED' end,
                       -- working times spread over 1 to 25 minutes (not one value for all: the stored figures,
                       -- V5_190, keep a row per working-time bucket, and real steps fill many buckets)
                       case when g % :open = 0 and a = 2 then null
                            else 60 + (((g - 1) * 5 + a) * 7919) % 1441 end,
                       case when g % :open = 0 and a = 2 then null
                            else 60 + (((g - 1) * 5 + a) * 7919) % 1441 <= 300 end
                  from generate_series(1, :cases) g
                  cross join generate_series(1, 5) a
                  join (values (1, :p1), (2, :p2), (3, :p3), (4, :p4), (5, :p5)) p(number, position) on p.number = a
                 where g % :open <> 0 or a <= 2""", params);
        sql("""
                update workflow_case set current_step_id = :s0 + (id - :c0 - 1) * 5 + 2
                 where id > :c0 and state = 'ACTIVE'""", params);
        // the history of a finished case follows its five steps; an open case's: started, intake, then verification
        // claimed and released in turns
        sql("""
                insert into workflow_history (case_id, step_id, at, action, activity_number, activity_name,
                                              position_code, to_state, actor_username, actor_name, actor_position)
                select :c0 + g,
                       case when e.activity is null then null else :s0 + (g - 1) * 5 + e.activity end,
                       :base + g * interval '20 seconds' + h * interval '1 minute', e.action, e.activity,
                       (array[:a1, :a2, :a3, :a4, :a5])[e.activity],
                       (array[:p1, :p2, :p3, :p4, :p5])[e.activity],
                       case when e.action = 'FINISHED' then 'FINISHED' else 'ACTIVE' end,
                       'rembang.' || coalesce((array[:p1, :p2, :p3, :p4, :p5])[e.activity], :p1), 'Bench',
                       coalesce((array[:p1, :p2, :p3, :p4, :p5])[e.activity], :p1)
                  from generate_series(1, :cases) g
                  cross join generate_series(1, :perCase) h
                  cross join lateral (
                    select case when g % :open <> 0
                                then (array['STARTED', 'CLAIMED', 'COMPLETED', 'CLAIMED', 'DECIDED_YA', 'CLAIMED',
                                            'DECIDED_YA', 'COMPLETED', 'COMPLETED', 'FINISHED'])[1 + (h - 1) % 10]
                                when h <= 3 then (array['STARTED', 'CLAIMED', 'COMPLETED'])[h]
                                when (h - 4) % 2 = 0 then 'CLAIMED' else 'RELEASED' end as action,
                           case when g % :open <> 0
                                then (array[null, 1, 1, 2, 2, 3, 3, 4, 5, null]::int[])[1 + (h - 1) % 10]
                                when h = 1 then null when h <= 3 then 1 else 2 end as activity) e""", params);
        for (String table : List.of("permohonan", "workflow_case", "workflow_step")) {
            jdbc.sql("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table
                            + "))")
                    .query(Long.class)
                    .optional();
        }
        for (String table : List.of(
                "permohonan", "permohonan_checklist_item", "workflow_case", "workflow_step", "workflow_history")) {
            jdbc.sql("analyze " + table).update();
        }
        return new Generated(
                count("select count(*) from workflow_case"),
                count("select count(*) from workflow_step"),
                count("select count(*) from workflow_history"),
                count("select count(*) from workflow_step where state in ('OPEN', 'CLAIMED')"),
                count("select count(*) from permohonan"),
                cases,
                p0 + 1,
                historyPerCase);
    }

    private long max(String table) {
        return count("select coalesce(max(id), 0) from " + table);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private void sql(String sql, java.util.Map<String, Object> params) {
        var spec = jdbc.sql(sql);
        for (var p : params.entrySet()) {
            if (sql.contains(":" + p.getKey())) {
                spec = spec.param(p.getKey(), p.getValue());
            }
        }
        spec.update();
    }
}
