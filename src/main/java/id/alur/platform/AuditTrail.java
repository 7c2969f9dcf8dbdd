package id.alur.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail (docs/security.md "Audit trail"): an append-only record of who did or looked at what, when and from
 * where. UU 27/2022 (PDP) art. 31 asks the controller to record every processing of personal data; the table refuses
 * UPDATE and DELETE itself (V1_50), so not even the application can rewrite it.
 *
 * <p>Who is the signed-in user ({@link AlurUser#current()}) unless the event names one ({@link AuditEvent#by}); where
 * is the request's remote address (behind a proxy set {@code server.forward-headers-strategy=native} so that it is the
 * client's).
 *
 * <ul>
 *   <li>{@link #record} joins the caller's transaction: an admin action and its record commit together or not at all.
 *   <li>{@link #recordAlone} commits on its own: for refusals and failed sign-ins, whose request rolls back.
 *   <li>{@link #recordKept} joins the caller's transaction and, should that roll back, commits on its own after it: for
 *       a processing that happened whatever became of the work it served (a registry look-up during a refused
 *       intake), at no commit of its own when the work commits.
 * </ul>
 */
@Component
public class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    private static final String COLUMNS =
            "id, at, actor, actor_office, address, action, outcome, object_type, object_id, office_code, detail";

    private final JdbcClient jdbc;
    private final TransactionTemplate alone;
    /** The transaction's events for {@link #recordKept}, bound to it while it runs. */
    private final Object keptKey = new Object();

    AuditTrail(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.alone = new TransactionTemplate(transactions);
        this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records the event in the caller's transaction (or on its own when there is none). */
    public void record(AuditEvent event) {
        AlurUser user = AlurUser.current().orElse(null);
        String actor = event.actor() != null ? event.actor() : user == null ? "anonymous" : user.username();
        String actorOffice = event.actor() != null || user == null ? null : user.officeCode();
        jdbc.sql("insert into audit_event (actor, actor_office, address, action, outcome, object_type, object_id,"
                        + " office_code, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        truncate(actor, 100),
                        actorOffice,
                        address(),
                        event.action(),
                        event.outcome().name(),
                        event.objectType(),
                        event.objectId() == null ? null : truncate(event.objectId(), 200),
                        event.officeCode(),
                        event.detail())
                .update();
        if (event.outcome() != AuditOutcome.DONE) {
            log.info(
                    "Audit: {} {} {} {} of office {} by {}",
                    event.action(),
                    event.outcome(),
                    event.objectType(),
                    event.objectId(),
                    event.officeCode(),
                    actor);
        }
    }

    /** Records the event in a transaction of its own, which commits even when the caller's rolls back. */
    public void recordAlone(AuditEvent event) {
        alone.executeWithoutResult(status -> record(event));
    }

    /**
     * Records the event in the caller's transaction; when that transaction does not commit, records it again after the
     * rollback, in one transaction of its own with the other events kept so by the same transaction (UU 27/2022 art.
     * 31: the processing happened even though the work it was part of was undone). Without a transaction it commits
     * alone, as {@link #record} does.
     */
    public void recordKept(AuditEvent event) {
        record(event);
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        @SuppressWarnings("unchecked")
        var kept = (List<AuditEvent>) TransactionSynchronizationManager.getResource(keptKey);
        if (kept == null) {
            var events = new ArrayList<AuditEvent>();
            TransactionSynchronizationManager.bindResource(keptKey, events);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(keptKey);
                    if (status != STATUS_COMMITTED) {
                        recordAfterRollback(events);
                    }
                }
            });
            kept = events;
        }
        kept.add(event);
    }

    private void recordAfterRollback(List<AuditEvent> events) {
        try {
            alone.executeWithoutResult(status -> events.forEach(this::record));
        } catch (RuntimeException e) {
            // the rollback's own cause (the database gone, most likely) is the caller's to report
            log.error("Audit: {} records kept past a rollback could not be written", events.size(), e);
        }
    }

    /** The records the query matches, newest first. */
    public List<AuditRecord> find(AuditQuery query) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from audit_event where true");
        List<Object> params = new ArrayList<>();
        if (query.offices() != null) {
            if (query.offices().isEmpty()) {
                return List.of();
            }
            String marks =
                    String.join(", ", query.offices().stream().map(o -> "?").toList());
            sql.append(" and (office_code in (")
                    .append(marks)
                    .append(") or (office_code is null and actor_office in (")
                    .append(marks)
                    .append(")))");
            params.addAll(query.offices());
            params.addAll(query.offices());
        }
        if (query.from() != null) {
            sql.append(" and at >= ?");
            params.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            sql.append(" and at < ?");
            params.add(Timestamp.from(query.to()));
        }
        if (query.actor() != null) {
            sql.append(" and actor = ?");
            params.add(query.actor());
        }
        if (query.actionPrefix() != null) {
            sql.append(" and action like ? escape '\\'");
            params.add(query.actionPrefix()
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_") + "%");
        }
        if (query.outcome() != null) {
            sql.append(" and outcome = ?");
            params.add(query.outcome().name());
        }
        if (query.objectType() != null) {
            sql.append(" and object_type = ?");
            params.add(query.objectType());
        }
        if (query.objectId() != null) {
            sql.append(" and object_id = ?");
            params.add(query.objectId());
        }
        if (query.subjects() != null) {
            if (query.subjects().isEmpty()) {
                return List.of();
            }
            sql.append(" and (")
                    .append(String.join(
                            " or ",
                            query.subjects().stream()
                                    .map(s -> "(object_type = ? and object_id = ?)")
                                    .toList()))
                    .append(")");
            query.subjects().forEach(subject -> {
                params.add(subject.type());
                params.add(subject.id());
            });
        }
        sql.append(" order by at desc, id desc limit ").append(query.limit());
        if (query.offset() > 0) {
            sql.append(" offset ").append(query.offset());
        }
        return jdbc.sql(sql.toString()).params(params).query(AuditTrail::read).list();
    }

    /** Every record about any of these objects of one type, oldest first (a data subject's processing history). */
    public List<AuditRecord> about(String objectType, Collection<String> objectIds) {
        if (objectIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from audit_event where object_type = ? and object_id = any(?)"
                        + " order by at, id")
                .params(objectType, objectIds.toArray(String[]::new))
                .query(AuditTrail::read)
                .list();
    }

    private static @Nullable String address() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return truncate(request.getRemoteAddr(), 64);
        }
        return null;
    }

    private static @Nullable String truncate(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static AuditRecord read(ResultSet rs, int row) throws SQLException {
        return new AuditRecord(
                rs.getLong("id"),
                rs.getTimestamp("at").toInstant(),
                rs.getString("actor"),
                rs.getString("actor_office"),
                rs.getString("address"),
                rs.getString("action"),
                AuditOutcome.valueOf(rs.getString("outcome")),
                rs.getString("object_type"),
                rs.getString("object_id"),
                rs.getString("office_code"),
                rs.getString("detail"));
    }
}
