package id.alur.office;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** API tokens, stored as their SHA-256 only. */
@Repository
class ApiTokenRepository {

    private static final String QUERY = """
            select t.id, u.username, t.name, t.token_prefix, t.created_at, t.created_by, t.last_used_at, t.revoked_at,
                   t.expires_at
              from api_token t join app_user u on u.id = t.user_id
            """;

    /** An active token: its user, as signing in needs them, and when it was last used ({@code null}: never). */
    record ActiveToken(Credentials user, @Nullable Instant lastUsedAt) {}

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long userId, String name, String hash, String prefix, String by, Instant expiresAt) {
        return jdbc.sql("insert into api_token (user_id, name, token_hash, token_prefix, created_by, expires_at)"
                        + " values (?, ?, ?, ?, ?, ?) returning id")
                .params(userId, name, hash, prefix, by, Timestamp.from(expiresAt))
                .query(Long.class)
                .single();
    }

    List<ApiTokenView> ofUser(String username) {
        return jdbc.sql(QUERY + " where u.username = ? order by t.created_at desc, t.id desc")
                .param(username)
                .query(ApiTokenRepository::token)
                .list();
    }

    Optional<ApiTokenView> find(long id) {
        return jdbc.sql(QUERY + " where t.id = ?")
                .param(id)
                .query(ApiTokenRepository::token)
                .optional();
    }

    /** The active (not revoked, not expired at {@code now}) token with this hash whose user is enabled, with that user. */
    Optional<ActiveToken> active(String hash, Instant now) {
        return jdbc.sql("select " + Credentials.COLUMNS + ", t.last_used_at"
                        + " from api_token t join app_user u on u.id = t.user_id"
                        + " left join office o on o.id = u.last_office_id"
                        + " where t.token_hash = ? and t.revoked_at is null and t.expires_at > ? and u.enabled")
                .params(hash, Timestamp.from(now))
                .query((rs, n) -> new ActiveToken(Credentials.read(rs), instant(rs.getTimestamp("last_used_at"))))
                .optional();
    }

    /** Records the use; written only when the stored time is older than a minute (two nodes racing write once). */
    void touch(String hash, Instant at) {
        jdbc.sql(
                        "update api_token set last_used_at = :at where token_hash = :hash"
                                + " and (last_used_at is null or last_used_at < cast(:at as timestamptz) - interval '1 minute')")
                .param("at", Timestamp.from(at))
                .param("hash", hash)
                .update();
    }

    int revoke(long id, String by) {
        return jdbc.sql("update api_token set revoked_at = now(), revoked_by = ? where id = ? and revoked_at is null")
                .params(by, id)
                .update();
    }

    private static ApiTokenView token(ResultSet rs, int row) throws SQLException {
        return new ApiTokenView(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("name"),
                rs.getString("token_prefix"),
                instant(rs.getTimestamp("created_at")),
                rs.getString("created_by"),
                instant(rs.getTimestamp("last_used_at")),
                instant(rs.getTimestamp("revoked_at")),
                rs.getTimestamp("expires_at").toInstant());
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
