package id.alur.notification;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The once-only ledger of deliveries, one row per (event, recipient, channel) under a unique constraint. Each statement
 * commits on its own (the listeners run outside a transaction), so a delivery marked sent stays sent when a later one
 * of the same event fails.
 */
@Repository
class Deliveries {

    enum Status {
        PENDING,
        SENT,
        FAILED
    }

    /** A delivery of the ledger. */
    record Delivery(long id, Status status, int attempts) {}

    /** A failed delivery as the administrator's list shows it. */
    record Failed(
            String eventKey,
            String recipient,
            Channel channel,
            String kind,
            @Nullable String address,
            int attempts,
            @Nullable String lastError,
            Instant createdAt) {}

    private final JdbcClient jdbc;

    Deliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The delivery for the key, created pending when there is none yet. */
    Delivery claim(
            String eventKey,
            String recipient,
            Channel channel,
            String officeCode,
            NotificationKind kind,
            @Nullable String address,
            Instant now) {
        jdbc.sql("""
                        insert into notification_delivery
                            (event_key, recipient, channel, office_code, kind, address, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict on constraint notification_delivery_once do nothing
                        """)
                .params(eventKey, recipient, channel.name(), officeCode, kind.name(), address, Sql.timestamp(now))
                .update();
        return jdbc.sql("""
                        select id, status, attempts from notification_delivery
                        where event_key = ? and recipient = ? and channel = ?
                        """)
                .params(eventKey, recipient, channel.name())
                .query((rs, row) ->
                        new Delivery(rs.getLong("id"), Status.valueOf(rs.getString("status")), rs.getInt("attempts")))
                .single();
    }

    void sent(long id, Instant at) {
        jdbc.sql("""
                        update notification_delivery
                        set status = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = null
                        where id = ?
                        """).params(Sql.timestamp(at), id).update();
    }

    /** One try failed; {@code giveUp} lists the delivery for the administrator. */
    void tried(long id, String error, boolean giveUp) {
        jdbc.sql("""
                        update notification_delivery
                        set attempts = attempts + 1, last_error = ?, status = ?
                        where id = ?
                        """)
                .params(error, giveUp ? Status.FAILED.name() : Status.PENDING.name(), id)
                .update();
    }

    /** The office's failed deliveries, newest first. */
    List<Failed> failed(String officeCode, int limit) {
        return jdbc.sql("""
                        select event_key, recipient, channel, kind, address, attempts, last_error, created_at
                        from notification_delivery
                        where office_code = ? and status = 'FAILED'
                        order by created_at desc, id desc
                        limit ?
                        """)
                .params(officeCode, limit)
                .query((rs, row) -> new Failed(
                        rs.getString("event_key"),
                        rs.getString("recipient"),
                        Channel.valueOf(rs.getString("channel")),
                        rs.getString("kind"),
                        rs.getString("address"),
                        rs.getInt("attempts"),
                        rs.getString("last_error"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
