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
        String where = where(officeCode, query, zone, now, params);
        String from = " from permohonan p left join workflow_case_overview w on w.case_id = p.workflow_case_id ";
        long offset = (long) query.page() * size;
        var statement = jdbc.sql(
                COLUMNS + from + where + " order by " + query.sort().orderBy() + " limit :limit offset :offset");
        for (var e : params.entrySet()) {
            statement = statement.param(e.getKey(), e.getValue());
        }
        List<PermohonanHit> hits = new ArrayList<>(statement
                .param("limit", size + 1)
                .param("offset", offset)
                .query((rs, n) -> hit(rs, now))
                .list());
        boolean hasMore = hits.size() > size;
        if (hasMore) {
            hits.removeLast();
        }
        long total;
        if (query.page() == 0 && !hasMore) {
            total = hits.size();
        } else {
            var count = jdbc.sql("select count(*) from (select 1" + from + where + " limit :countLimit) found");
            for (var e : params.entrySet()) {
                count = count.param(e.getKey(), e.getValue());
            }
            total = count.param("countLimit", PermohonanHits.COUNT_LIMIT + 1)
                    .query(Long.class)
                    .single();
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
    List<LedgerLine> ledger(String officeCode, Instant from, Instant to, int limit) {
        return jdbc.sql("""
                        select p.id, p.tracking_number, p.submitted_at, p.applicant_name, p.nik, p.sop_code, p.sop_name,
                               coalesce((select bool_and(ci.present) from permohonan_checklist_item ci
                                          where ci.permohonan_id = p.id), true) as complete,
                               w.state, w.activity_number, w.activity_name, p.closed_at, p.submitted_by,
                               p.workflow_case_id
                          from permohonan p left join workflow_case_overview w on w.case_id = p.workflow_case_id
                         where p.office_code = :office and p.submitted_at >= :from and p.submitted_at < :to
                         order by p.submitted_at, p.id
                         limit :limit
                        """)
                .param("office", officeCode)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("limit", limit)
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

    private static String where(
            String officeCode, PermohonanQuery query, ZoneId zone, Instant now, Map<String, Object> params) {
        var where = new StringBuilder(" where p.office_code = :office");
        params.put("office", officeCode);
        if (query.text() != null) {
            var text = SearchText.of(query.text());
            switch (text.kind()) {
                case TRACKING_NUMBER -> where.append(" and p.tracking_number = :text");
                case WHOLE_NUMBER -> where.append(" and (p.nik = :text or p.family_card_number = :text)");
                case NIK_SUFFIX -> where.append(" and reverse(p.nik) like reverse(:text) || '%'");
                case NAME -> where.append(" and casework_fold(p.applicant_name) like casework_fold(:text)");
                case TOO_SHORT -> throw new IllegalArgumentException("search text too short: " + query.text());
            }
            params.put("text", text.kind() == SearchText.Kind.NAME ? text.containsPattern() : text.value());
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
