package id.alur.office;

import id.alur.platform.ConcurrentChangeException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** User accounts, their memberships in positions and their office administrator rights. */
@Repository
class UserRepository {

    private static final String USER_COLUMNS =
            "u.id, u.username, u.full_name, u.nip, u.pangkat, u.email, u.enabled, u.system_admin, u.last_login_at, u.version";
    private static final String MEMBERSHIP_QUERY = """
            select m.id, u.username, u.full_name, o.code as office_code, o.name as office_name,
                   p.code as position_code, p.title as position_title, p.rank_order
              from membership m
              join app_user u on u.id = m.user_id
              join position p on p.id = m.position_id
              join office o on o.id = p.office_id
            """;

    /** What login needs about a user. */
    record Credentials(
            long id,
            String username,
            String fullName,
            String passwordHash,
            boolean enabled,
            boolean systemAdmin,
            String lastOfficeCode) {}

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

    Optional<Long> idOf(String username) {
        return jdbc.sql("select id from app_user where username = ?")
                .param(username)
                .query(Long.class)
                .optional();
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("""
                        select u.id, u.username, u.full_name, u.password_hash, u.enabled, u.system_admin, o.code
                          from app_user u left join office o on o.id = u.last_office_id
                         where u.username = ?""")
                .param(username)
                .query((rs, n) -> new Credentials(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBoolean(5),
                        rs.getBoolean(6),
                        rs.getString(7)))
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

    boolean nipTaken(String nip, String exceptUsername) {
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
                        profile.fullName().trim(),
                        OfficeRepository.blankToNull(profile.nip()),
                        OfficeRepository.blankToNull(profile.pangkat()),
                        OfficeRepository.blankToNull(profile.email()),
                        passwordHash,
                        by)
                .update();
    }

    void update(String username, UserProfile profile, int version, String by) {
        int updated = jdbc.sql("""
                        update app_user set full_name = ?, nip = ?, pangkat = ?, email = ?, version = version + 1,
                               updated_at = now(), updated_by = ?
                         where username = ? and version = ?""")
                .params(
                        profile.fullName().trim(),
                        OfficeRepository.blankToNull(profile.nip()),
                        OfficeRepository.blankToNull(profile.pangkat()),
                        OfficeRepository.blankToNull(profile.email()),
                        by,
                        username,
                        version)
                .update();
        if (updated == 0) {
            var who = jdbc.sql("select updated_by, updated_at from app_user where username = ?")
                    .param(username)
                    .query((rs, n) ->
                            new Object[] {rs.getString(1), rs.getTimestamp(2).toInstant()})
                    .optional();
            throw new ConcurrentChangeException(
                    "office.user.changedMeanwhile",
                    who.map(w -> (String) w[0]).orElse(null),
                    who.map(w -> (Instant) w[1]).orElse(null),
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

    List<MembershipView> memberships(String username) {
        return jdbc.sql(MEMBERSHIP_QUERY + " where u.username = ? order by o.code, p.rank_order, p.code")
                .param(username)
                .query(UserRepository::membership)
                .list();
    }

    List<MembershipView> members(String officeCode) {
        return jdbc.sql(MEMBERSHIP_QUERY + " where o.code = ? order by p.rank_order, p.code, u.username")
                .param(officeCode)
                .query(UserRepository::membership)
                .list();
    }

    boolean holds(String username, String officeCode, String positionCode) {
        return jdbc.sql("""
                        select count(*) from membership m
                          join app_user u on u.id = m.user_id
                          join position p on p.id = m.position_id
                          join office o on o.id = p.office_id
                         where u.username = ? and o.code = ? and p.code = ?""")
                        .params(username, officeCode, positionCode)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void addMembership(long userId, long positionId, String by) {
        jdbc.sql("insert into membership (user_id, position_id, created_by) values (?, ?, ?) on conflict do nothing")
                .params(userId, positionId, by)
                .update();
    }

    int removeMembership(long userId, long positionId) {
        return jdbc.sql("delete from membership where user_id = ? and position_id = ?")
                .params(userId, positionId)
                .update();
    }

    List<String> administeredOffices(String username) {
        return jdbc.sql("""
                        select o.code from office_administrator a join office o on o.id = a.office_id
                          join app_user u on u.id = a.user_id where u.username = ? order by o.code""").param(username).query(String.class).list();
    }

    void grantOfficeAdmin(long userId, long officeId, String by) {
        jdbc.sql(
                        "insert into office_administrator (user_id, office_id, created_by) values (?, ?, ?) on conflict do nothing")
                .params(userId, officeId, by)
                .update();
    }

    void revokeOfficeAdmin(long userId, long officeId) {
        jdbc.sql("delete from office_administrator where user_id = ? and office_id = ?")
                .params(userId, officeId)
                .update();
    }

    /** Offices where the user holds a position or is an administrator. */
    List<String> officesOf(String username) {
        return jdbc.sql("""
                        select o.code from office o where o.id in (
                          select p.office_id from membership m join position p on p.id = m.position_id
                            join app_user u on u.id = m.user_id where u.username = :username
                          union
                          select a.office_id from office_administrator a join app_user u on u.id = a.user_id
                           where u.username = :username)
                         order by o.code""").param("username", username).query(String.class).list();
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

    private static MembershipView membership(ResultSet rs, int row) throws SQLException {
        return new MembershipView(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("full_name"),
                rs.getString("office_code"),
                rs.getString("office_name"),
                rs.getString("position_code"),
                rs.getString("position_title"),
                rs.getInt("rank_order"));
    }
}
