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

/** User accounts. Writes take the profile as checked by {@link UserAccounts}. */
@Repository
class UserRepository {

    private static final String USER_COLUMNS =
            "u.id, u.username, u.full_name, u.nip, u.pangkat, u.email, u.enabled, u.system_admin, u.last_login_at, u.version";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserView> find(String username) {
        return jdbc.sql("select " + USER_COLUMNS + " from app_user u where u.username = ?")
                .param(username)
                .query(UserRepository::user)
                .optional();
    }

    /** The full names of those of these users that exist, by username, in one statement. */
    java.util.Map<String, String> fullNames(java.util.Collection<String> usernames) {
        var names = new java.util.HashMap<String, String>();
        if (usernames.isEmpty()) {
            return names;
        }
        jdbc.sql("select username, full_name from app_user where username = any(?)")
                .param(usernames.toArray(String[]::new))
                .query((rs, n) -> names.put(rs.getString(1), rs.getString(2)))
                .list();
        return names;
    }

    Optional<Long> idOf(String username) {
        return jdbc.sql("select id from app_user where username = ?")
                .param(username)
                .query(Long.class)
                .optional();
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("select " + Credentials.COLUMNS
                        + " from app_user u left join office o on o.id = u.last_office_id where u.username = ?")
                .param(username)
                .query((rs, n) -> Credentials.read(rs))
                .optional();
    }

    List<UserView> findAll() {
        return jdbc.sql("select " + USER_COLUMNS + " from app_user u order by u.username")
                .query(UserRepository::user)
                .list();
    }

    /** Users who hold a position in the office or administer it. */
    List<UserView> ofOffice(String officeCode) {
        return jdbc.sql("select " + USER_COLUMNS + " from app_user u where u.id in ("
                        + " select m.user_id from membership m join position p on p.id = m.position_id"
                        + " join office o on o.id = p.office_id where o.code = :office"
                        + " union select a.user_id from office_administrator a join office o on o.id = a.office_id"
                        + " where o.code = :office) order by u.username")
                .param("office", officeCode)
                .query(UserRepository::user)
                .list();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?")
                        .param(username)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    boolean nipTaken(String nip, @Nullable String exceptUsername) {
        return jdbc.sql("select count(*) from app_user where nip = ? and username <> ?")
                        .params(nip, exceptUsername == null ? "" : exceptUsername)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void insert(String username, UserProfile profile, String passwordHash, String by) {
        jdbc.sql("""
                        insert into app_user (username, full_name, nip, pangkat, email, password_hash, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        username,
                        profile.fullName(),
                        profile.nip(),
                        profile.pangkat(),
                        profile.email(),
                        passwordHash,
                        by)
                .update();
    }

    void update(String username, UserProfile profile, int version, String by) {
        int updated = jdbc.sql("""
                        update app_user set full_name = ?, nip = ?, pangkat = ?, email = ?, version = version + 1,
                               updated_at = now(), updated_by = ?
                         where username = ? and version = ?""")
                .params(profile.fullName(), profile.nip(), profile.pangkat(), profile.email(), by, username, version)
                .update();
        if (updated == 0) {
            throw Changes.conflict(
                    jdbc.sql("select updated_by, updated_at from app_user where username = ?")
                            .param(username),
                    "office.user.changedMeanwhile",
                    find(username).orElse(null));
        }
    }

    void setPasswordHash(String username, String hash, String by) {
        jdbc.sql("update app_user set password_hash = ?, updated_at = now(), updated_by = ? where username = ?")
                .params(hash, by, username)
                .update();
    }

    void setEnabled(String username, boolean enabled, String by) {
        jdbc.sql(
                        "update app_user set enabled = ?, version = version + 1, updated_at = now(), updated_by = ? where username = ?")
                .params(enabled, by, username)
                .update();
    }

    void setSystemAdmin(String username, boolean admin, String by) {
        jdbc.sql(
                        "update app_user set system_admin = ?, version = version + 1, updated_at = now(), updated_by = ? where username = ?")
                .params(admin, by, username)
                .update();
    }

    void recordLogin(String username, Instant at) {
        jdbc.sql("update app_user set last_login_at = ? where username = ?")
                .params(Timestamp.from(at), username)
                .update();
    }

    void rememberOffice(String username, String officeCode) {
        jdbc.sql("update app_user set last_office_id = (select id from office where code = ?) where username = ?")
                .params(officeCode, username)
                .update();
    }

    private static UserView user(ResultSet rs, int row) throws SQLException {
        Timestamp lastLogin = rs.getTimestamp("last_login_at");
        return new UserView(
                rs.getString("username"),
                rs.getString("full_name"),
                rs.getString("nip"),
                rs.getString("pangkat"),
                rs.getString("email"),
                rs.getBoolean("enabled"),
                rs.getBoolean("system_admin"),
                lastLogin == null ? null : lastLogin.toInstant(),
                rs.getInt("version"));
    }
}
