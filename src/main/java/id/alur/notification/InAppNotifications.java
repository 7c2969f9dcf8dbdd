package id.alur.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The in-app notification list of each user, with the count of unread ones the header shows. */
@Repository
class InAppNotifications {

    /** One row of a user's list. */
    record Row(
            long id,
            String kind,
            String subject,
            String body,
            @Nullable String link,
            Instant createdAt,
            boolean read) {}

    private final JdbcClient jdbc;

    InAppNotifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Puts the notification into the user's list and marks its delivery sent, in one statement: both or neither. Does
     * nothing when the delivery was sent already.
     */
    boolean deliver(
            long deliveryId, String username, String officeCode, NotificationKind kind, Message message, Instant now) {
        return jdbc.sql("""
                        with sent as (
                            update notification_delivery
                            set status = 'SENT', attempts = attempts + 1, sent_at = :now, last_error = null
                            where id = :delivery and status <> 'SENT'
                            returning id)
                        insert into notification (delivery_id, username, office_code, kind, subject, body, link, created_at)
                        select id, :username, :office, :kind, :subject, :body, :link, :now from sent
                        """)
                        .param("now", Sql.timestamp(now))
                        .param("delivery", deliveryId)
                        .param("username", username)
                        .param("office", officeCode)
                        .param("kind", kind.name())
                        .param("subject", message.subject())
                        .param("body", message.body())
                        .param("link", message.link())
                        .update()
                > 0;
    }

    /** The user's notifications, newest first. */
    List<Row> list(String username, int limit) {
        return jdbc.sql("""
                        select id, kind, subject, body, link, created_at, read_at is not null as read
                        from notification where username = ?
                        order by created_at desc, id desc
                        limit ?
                        """)
                .params(username, limit)
                .query((rs, row) -> new Row(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getString("link"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getBoolean("read")))
                .list();
    }

    long unread(String username) {
        return jdbc.sql("select count(*) from notification where username = ? and read_at is null")
                .param(username)
                .query(Long.class)
                .single();
    }

    /**
     * Marks one of the user's notifications read and returns the page it is about ({@code ""} for none); empty when
     * the user has no such notification.
     */
    Optional<String> markRead(long id, String username, Instant now) {
        return jdbc.sql("""
                        update notification set read_at = coalesce(read_at, ?)
                        where id = ? and username = ?
                        returning coalesce(link, '')
                        """)
                .params(Sql.timestamp(now), id, username)
                .query(String.class)
                .optional();
    }

    int markAllRead(String username, Instant now) {
        return jdbc.sql("update notification set read_at = ? where username = ? and read_at is null")
                .params(Sql.timestamp(now), username)
                .update();
    }
}
