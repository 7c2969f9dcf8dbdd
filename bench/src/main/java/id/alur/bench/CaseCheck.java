package id.alur.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a lifecycle row through the HTTP API must have left in the database, read after the row: every case the clients
 * finished is finished with its five steps and its history, its permohonan closed with the hand-over recorded, and
 * its two letters of seed 000 (the Tanda Terima issued at step 1, the Surat Pengantar at step 4) stored with both
 * PDFs. The letters and the permohonan's closing are written after the step's commit (Spring Modulith listeners), so
 * {@link #awaitDrained} first waits for that deferred work and says how long it took after the window closed.
 */
final class CaseCheck {

    static final List<String> LETTER_KINDS = List.of("TANDA_TERIMA", "SURAT_PENGANTAR");

    private final JdbcClient jdbc;
    private final long casesBefore;
    private final java.time.Instant rowStart;

    /** Marks where a row starts: the cases it creates are the ones after the current last case. */
    CaseCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.casesBefore = jdbc.sql("select coalesce(max(id), 0) from workflow_case")
                .query(Long.class)
                .single();
        this.rowStart = jdbc.sql("select now()")
                .query(java.time.OffsetDateTime.class)
                .single()
                .toInstant();
    }

    /** What is still to be done for the row's cases: letters not stored, permohonan not closed, events pending. */
    record Backlog(long cases, long withLetters, long closed, long pendingEvents) {

        boolean drained() {
            return withLetters == cases && closed == cases && pendingEvents == 0;
        }
    }

    Backlog backlog() {
        return jdbc.sql("""
                        with row_cases as (
                          select id from workflow_case where id > :before and subject_ref like 'permohonan:%')
                        select (select count(*) from row_cases) as cases,
                               (select count(*) from row_cases c
                                 where (select count(*) from letter l
                                         where l.case_id = c.id and l.kind in ('TANDA_TERIMA', 'SURAT_PENGANTAR')
                                           and substring(l.pdf from 1 for 5) = '\\x255044462d'::bytea
                                           and substring(l.office_copy_pdf from 1 for 5) = '\\x255044462d'::bytea)
                                       = 2) as with_letters,
                               (select count(*) from row_cases c join permohonan p on p.workflow_case_id = c.id
                                 where p.status = 'FINISHED') as closed,
                               (select count(*) from event_publication
                                 where completion_date is null and publication_date >= :since) as pending""")
                .param("before", casesBefore)
                .param("since", java.sql.Timestamp.from(rowStart))
                .query((rs, i) -> new Backlog(
                        rs.getLong("cases"), rs.getLong("with_letters"), rs.getLong("closed"), rs.getLong("pending")))
                .single();
    }

    /**
     * Waits, polling every 50 ms, until every case of the row has its letters with their PDFs, its permohonan is
     * closed and no event publication of the row is pending.
     *
     * @param windowEnd {@link System#nanoTime()} when the measured window closed
     * @return how long after the window closed the backlog was drained (zero if it already was)
     * @throws IllegalStateException when it is not drained within the timeout
     */
    Duration awaitDrained(long windowEnd, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Backlog backlog;
        while (!(backlog = backlog()).drained()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "deferred work not done " + timeout.toSeconds() + " s after the row: " + backlog);
            }
            Thread.sleep(50);
        }
        return Duration.ofNanos(Math.max(0, System.nanoTime() - windowEnd));
    }

    /** Checks every case, step, history row, permohonan and letter of the row; the problems found, or none. */
    List<String> check(String what, Set<Long> finishedByClients) {
        var problems = new ArrayList<String>();
        List<Long> inDatabase = jdbc.sql("select id from workflow_case where id > :before order by id")
                .param("before", casesBefore)
                .query(Long.class)
                .list();
        if (!new HashSet<>(inDatabase).equals(finishedByClients)) {
            problems.add(what + ": the clients finished " + finishedByClients.size() + " cases, the database has "
                    + inDatabase.size() + " new cases, not the same ones");
        }
        long n = finishedByClients.size();
        var counts = jdbc.sql("""
                        with row_cases as (select id, state, current_step_id from workflow_case where id > :before)
                        select (select count(*) from row_cases where state = 'FINISHED' and current_step_id is null),
                               (select count(*) from workflow_step s join row_cases c on c.id = s.case_id
                                 where s.state = 'DONE'),
                               (select count(*) from workflow_step s join row_cases c on c.id = s.case_id
                                 where s.state <> 'DONE'),
                               (select count(distinct k) from (select count(*) k from workflow_history h
                                  join row_cases c on c.id = h.case_id group by h.case_id) shapes),
                               (select min(k) from (select count(*) k from workflow_history h
                                  join row_cases c on c.id = h.case_id group by h.case_id) shapes),
                               (select count(*) from permohonan p join row_cases c on c.id = p.workflow_case_id
                                 where p.status = 'FINISHED' and p.closed_at is not null
                                   and exists (select 1 from permohonan_handover h where h.permohonan_id = p.id)
                                   and (select count(*) from permohonan_checklist_item i
                                         where i.permohonan_id = p.id and i.present) = 5
                                   and exists (select 1 from permohonan_document d where d.permohonan_id = p.id)),
                               (select count(*) from letter l join row_cases c on c.id = l.case_id),
                               (select count(*) from letter l join row_cases c on c.id = l.case_id
                                 where l.kind in ('TANDA_TERIMA', 'SURAT_PENGANTAR')
                                   and substring(l.pdf from 1 for 5) = '\\x255044462d'::bytea
                                   and substring(l.office_copy_pdf from 1 for 5) = '\\x255044462d'::bytea
                                   and l.pdf_sha256 = encode(sha256(l.pdf), 'hex')),
                               (select count(distinct (l.case_id, l.kind)) from letter l
                                 join row_cases c on c.id = l.case_id)""")
                .param("before", casesBefore)
                .query((rs, i) -> {
                    long[] row = new long[9];
                    for (int c = 0; c < row.length; c++) {
                        row[c] = rs.getLong(c + 1);
                    }
                    return row;
                })
                .single();
        if (counts[0] != n) {
            problems.add(what + ": " + counts[0] + " of " + n + " cases finished");
        }
        if (counts[1] != n * 5 || counts[2] != 0) {
            problems.add(what + ": " + counts[1] + " steps done for " + n + " cases (expected " + n * 5 + "), "
                    + counts[2] + " not done");
        }
        if (n > 0 && (counts[3] != 1 || counts[4] < 7)) {
            problems.add(what + ": history in " + counts[3] + " different shapes, at least " + counts[4] + " rows");
        }
        if (counts[5] != n) {
            problems.add(what + ": " + counts[5] + " of " + n
                    + " permohonan closed FINISHED with the hand-over, 5 papers and the scan");
        }
        if (counts[6] != n * 2 || counts[7] != n * 2 || counts[8] != n * 2) {
            problems.add(what + ": " + counts[6] + " letters for " + n + " cases (expected " + n * 2 + ": "
                    + String.join(" and ", LETTER_KINDS) + "), " + counts[7] + " with both PDFs and their hash, "
                    + counts[8] + " distinct");
        }
        return problems;
    }

    /** The ids of letters the rows issued, for rendering them again. */
    static List<Long> letterIds(JdbcClient jdbc, int limit) {
        return jdbc.sql("select id from letter where subject_ref like 'permohonan:%' order by id desc limit :limit")
                .param("limit", limit)
                .query(Long.class)
                .list();
    }
}
