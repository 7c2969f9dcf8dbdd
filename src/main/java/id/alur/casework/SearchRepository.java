package id.alur.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds applications of an office: {@code permohonan} joined to the workflow's read view
 * {@code workflow_case_overview} (V5_50), never to the workflow's tables. Each kind of search text and each filter has
 * an index (V6_50); results are paged with {@code limit}/{@code offset} and counted up to
 * {@link PermohonanHits#COUNT_LIMIT}.
 */
@Repository
class SearchRepository {

    private static final String COLUMNS = """
            select p.id, p.tracking_number, p.sop_code, p.sop_name, p.nik, p.applicant_name, p.submitted_at,
                   p.submitted_by, p.closed_at, w.state, w.activity_number, w.activity_name,
                   coalesce(w.claimed_by_name, w.claimed_by) as holder, w.claimed_by, w.position_code, w.due_at,
                   w.step_started_at, w.returned_at
            """;

    private final JdbcClient jdbc;

    SearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PermohonanHits search(String officeCode, PermohonanQuery query, ZoneId zone, Instant now, int size) {
        var params = new LinkedHashMap<String, Object>();
        String found = found(officeCode, query, params);
        String where = where(officeCode, query, zone, now, params);
        String from = " from permohonan p left join workflow_case_overview w on w.case_id = p.workflow_case_id ";
        long offset = (long) query.page() * size;
        // limit and offset are written into the statement, not bound: with them as parameters the generic plan (which
        // pgjdbc's server-side statement switches to after five executions) cannot know how few rows are asked for
        // and plans the office's applications in parallel workers: 26 ms for the list page at 1 M applications,
        // against 0.7 ms for the same page planned for its limit (EXPLAIN ANALYZE, docs/benchmarks.md). Both are
        // numbers computed here.
        var statement = jdbc.sql(found + COLUMNS + from + where + " order by "
                + query.sort().orderBy() + " limit " + (size + 1) + " offset " + offset);
        for (var e : params.entrySet()) {
            statement = statement.param(e.getKey(), e.getValue());
        }
        List<PermohonanHit> hits =
                new ArrayList<>(statement.query((rs, n) -> hit(rs, now)).list());
        boolean hasMore = hits.size() > size;
        if (hasMore) {
            hits.removeLast();
        }
        long total;
        if (query.page() == 0 && !hasMore) {
            total = hits.size();
        } else {
            var count = jdbc.sql(found + "select count(*) from (select 1" + from + where + " limit "
                    + (PermohonanHits.COUNT_LIMIT + 1) + ") counted");
            for (var e : params.entrySet()) {
                count = count.param(e.getKey(), e.getValue());
            }
            total = count.query(Long.class).single();
        }
        boolean lowerBound = total > PermohonanHits.COUNT_LIMIT;
        return new PermohonanHits(
                hits, query.page(), size, hasMore, Math.min(total, PermohonanHits.COUNT_LIMIT), lowerBound);
    }

    /**
     * The oldest {@code limit} applications of these services whose case is in this running state, longest waiting
     * first: read from the running cases by state ({@code workflow_case_running_by_state_idx}, V5_50), which stay few
     * however many have ended.
     */
    List<QueueRow> queue(String officeCode, SearchState state, List<String> sopCodes, int limit) {
        if (sopCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select p.id, p.tracking_number, p.sop_name, p.applicant_name, w.activity_name, w.due_at,
                               coalesce(w.returned_at, w.step_started_at, w.started_at) as since,
                               (select string_agg(ci.requirement, chr(10) order by ci.position)
                                  from permohonan_checklist_item ci
                                 where ci.permohonan_id = p.id and not ci.present) as missing
                          from workflow_case_overview w join permohonan p on p.workflow_case_id = w.case_id
                         where w.office_code = :office and w.state = :state and w.ended_at is null
                           and p.sop_code in (:sops)
                         order by since, p.id
                         limit :limit
                        """)
                .param("office", officeCode)
                .param("state", state.caseState())
                .param("sops", sopCodes)
                .param("limit", limit)
                .query((rs, n) -> {
                    String missing = rs.getString("missing");
                    return new QueueRow(
                            new PermohonanId(rs.getLong("id")),
                            rs.getString("tracking_number"),
                            rs.getString("sop_name"),
                            rs.getString("applicant_name"),
                            rs.getString("activity_name"),
                            instant(rs, "since"),
                            instant(rs, "due_at"),
                            missing == null ? List.of() : List.of(missing.split("\n")));
                })
                .list();
    }

    /**
     * The applications received in {@code [from, to)}, in the order received, at most {@code limit} (the caller asks
     * for one more than it shows to know the period holds too many). Read from {@code permohonan_by_office_submitted}.
     * Whether the papers are complete is an aggregate per application over the checklist's primary key: written as
     * {@code not exists (... and not present)} the planner expected no missing paper at all and hashed them from a scan
     * of every checklist row of the database, 5 s at 1 M applications (docs/benchmarks.md).
     */
    List<LedgerLine> ledger(String officeCode, Instant from, Instant to, long offset, int limit) {
        // limit and offset written into the statement, as for the list pages (above): a page of the ledger is planned
        // for its own size, not a generic limit
        return jdbc.sql("""
                        select p.id, p.tracking_number, p.submitted_at, p.applicant_name, p.nik, p.sop_code, p.sop_name,
                               coalesce((select bool_and(ci.present) from permohonan_checklist_item ci
                                          where ci.permohonan_id = p.id), true) as complete,
                               w.state, w.activity_number, w.activity_name, p.closed_at, p.submitted_by,
                               p.workflow_case_id
                          from permohonan p left join workflow_case_overview w on w.case_id = p.workflow_case_id
                         where p.office_code = :office and p.submitted_at >= :from and p.submitted_at < :to
                         order by p.submitted_at, p.id
                        """ + " limit " + limit + " offset " + offset)
                .param("office", officeCode)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> {
                    String caseState = rs.getString("state");
                    return new LedgerLine(
                            new PermohonanId(rs.getLong("id")),
                            rs.getString("tracking_number"),
                            instant(rs, "submitted_at"),
                            rs.getString("applicant_name"),
                            rs.getString("nik"),
                            rs.getString("sop_code"),
                            rs.getString("sop_name"),
                            rs.getBoolean("complete"),
                            caseState == null
                                    ? null
                                    : SearchState.ofCaseState(caseState).orElse(null),
                            rs.getObject("activity_number", Integer.class),
                            rs.getString("activity_name"),
                            instant(rs, "closed_at"),
                            rs.getString("submitted_by"),
                            rs.getObject("workflow_case_id", Long.class));
                })
                .list();
    }

    /**
     * How many applications were received in {@code [from, to)}: the total a page of the buku kendali shows. An
     * index-only count over {@code permohonan_by_office_submitted}, without the case and checklist joins of a row.
     */
    long ledgerCount(String officeCode, Instant from, Instant to) {
        return jdbc.sql("""
                        select count(*) from permohonan p
                         where p.office_code = :office and p.submitted_at >= :from and p.submitted_at < :to
                        """)
                .param("office", officeCode)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(Long.class)
                .single();
    }

    /**
     * The applications whose NIK ends with the digits or whose name contains the text, found first through their own
     * index ({@code permohonan_by_nik_suffix}, {@code permohonan_name_trgm}) in a materialized CTE, then sorted and paged:
     * the plan no longer depends on the text's value. Written as a filter beside {@code order by ... limit}, the
     * generic plan that pgjdbc's server-side prepared statement switches to after five executions cannot know how few
     * rows match, walks the office's applications newest first and filters every one of them: 3.1 s for a NIK suffix,
     * 4.7 s for a name at 1 M applications (EXPLAIN ANALYZE under {@code plan_cache_mode=force_generic_plan},
     * docs/benchmarks.md), against 0.3 ms and 86 ms this way. The suffix is a range of the reversed NIK, bounds
     * computed here ({@code ~>=~}/{@code ~<~}, the operators of {@code text_pattern_ops}), so the index condition holds
     * in every plan. An empty string when the text is a tracking number or a whole number (an equality, planned well
     * in any plan) or there is no text.
     */
    private static String found(String officeCode, PermohonanQuery query, Map<String, Object> params) {
        if (query.text() == null) {
            return "";
        }
        var text = SearchText.of(query.text());
        String match = switch (text.kind()) {
            case NIK_SUFFIX -> {
                String reversed = new StringBuilder(text.value()).reverse().toString();
                params.put("suffixFrom", reversed);
                // the digits' reversed prefix up to the next prefix: the last character raised by one ('9' -> ':')
                params.put(
                        "suffixTo",
                        reversed.substring(0, reversed.length() - 1)
                                + (char) (reversed.charAt(reversed.length() - 1) + 1));
                yield "reverse(f.nik) ~>=~ :suffixFrom and reverse(f.nik) ~<~ :suffixTo";
            }
            case NAME -> {
                // The trigram index (GIN) is driven by its first condition. Given only the whole name, it is driven by
                // the name's rarest trigram, not its rarest word: for "mohon 543210" every trigram of "mohon" is in all
                // the bench's million names, each of its 4,000 candidates from "543" was looked up in those six
                // posting lists, and it read all their pages, 1,228 buffers and 89 ms. The last word first and the
                // whole name after it: 57 buffers and 1.2 ms (EXPLAIN ANALYZE, generic plan, docs/benchmarks.md).
                var word = text.lastWordPattern();
                word.ifPresent(pattern -> params.put("word", pattern));
                yield word.isPresent()
                        ? "casework_fold(f.applicant_name) like casework_fold(:word)"
                                + " and casework_fold(f.applicant_name) like casework_fold(:text)"
                        : "casework_fold(f.applicant_name) like casework_fold(:text)";
            }
            default -> null;
        };
        if (match == null) {
            return "";
        }
        params.put("office", officeCode);
        return "with found as materialized (select f.id from permohonan f where f.office_code = :office and " + match
                + ") ";
    }

    private static String where(
            String officeCode, PermohonanQuery query, ZoneId zone, Instant now, Map<String, Object> params) {
        var where = new StringBuilder(" where p.office_code = :office");
        params.put("office", officeCode);
        if (query.text() != null) {
            var text = SearchText.of(query.text());
            switch (text.kind()) {
                case TRACKING_NUMBER -> where.append(" and p.tracking_number = :text");
                case WHOLE_NUMBER -> where.append(" and (p.nik = :text or p.family_card_number = :text)");
                case NIK_SUFFIX, NAME -> where.append(" and p.id in (select id from found)");
                case TOO_SHORT -> throw new IllegalArgumentException("search text too short: " + query.text());
            }
            if (text.kind() != SearchText.Kind.NIK_SUFFIX) {
                params.put("text", text.kind() == SearchText.Kind.NAME ? text.containsPattern() : text.value());
            }
        }
        if (query.sopCode() != null) {
            where.append(" and p.sop_code = :sopCode");
            params.put("sopCode", query.sopCode());
        }
        SearchState state = query.state();
        if (state != null) {
            // ended cases are found by the permohonan's own status (indexed); running ones by the case's state
            switch (state) {
                case FINISHED -> where.append(" and p.status = 'FINISHED'");
                case REFUSED -> where.append(" and p.status = 'REFUSED' and w.state = :state");
                case WITHDRAWN -> where.append(" and p.status = 'CANCELLED' and w.state = :state");
                default -> where.append(" and p.status = 'OPEN' and w.state = :state and w.ended_at is null");
            }
            if (state != SearchState.FINISHED) {
                params.put("state", state.caseState());
            }
        }
        if (query.activityNumber() != null) {
            where.append(" and w.activity_number = :activity");
            params.put("activity", query.activityNumber());
        }
        if (query.overdueOnly()) {
            where.append(" and w.due_at < :now");
            params.put("now", Timestamp.from(now));
        }
        if (query.from() != null) {
            where.append(" and p.submitted_at >= :from");
            params.put("from", Timestamp.from(query.from().atStartOfDay(zone).toInstant()));
        }
        if (query.to() != null) {
            where.append(" and p.submitted_at < :to");
            params.put(
                    "to",
                    Timestamp.from(query.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (query.officer() != null) {
            where.append(" and p.submitted_by = :officer");
            params.put("officer", query.officer());
        }
        return where.toString();
    }

    private static PermohonanHit hit(ResultSet rs, Instant now) throws SQLException {
        String caseState = rs.getString("state");
        Instant due = instant(rs, "due_at");
        Instant returned = instant(rs, "returned_at");
        Instant stepStarted = instant(rs, "step_started_at");
        SearchState state =
                caseState == null ? null : SearchState.ofCaseState(caseState).orElse(null);
        return new PermohonanHit(
                new PermohonanId(rs.getLong("id")),
                rs.getString("tracking_number"),
                rs.getString("sop_code"),
                rs.getString("sop_name"),
                rs.getString("nik"),
                rs.getString("applicant_name"),
                instant(rs, "submitted_at"),
                rs.getString("submitted_by"),
                instant(rs, "closed_at"),
                state,
                rs.getObject("activity_number", Integer.class),
                rs.getString("activity_name"),
                rs.getString("holder"),
                rs.getString("claimed_by"),
                rs.getString("position_code"),
                due,
                due != null && now.isAfter(due),
                state == SearchState.RETURNED_TO_APPLICANT ? returned : stepStarted);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
