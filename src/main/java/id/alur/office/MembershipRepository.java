package id.alur.office;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who holds which position ({@code membership}) and who administers which office ({@code office_administrator}). */
@Repository
class MembershipRepository {

    private static final String MEMBERSHIP_QUERY = """
            select m.id, u.username, u.full_name, o.code as office_code, o.name as office_name,
                   p.code as position_code, p.title as position_title, p.rank_order
              from membership m
              join app_user u on u.id = m.user_id
              join position p on p.id = m.position_id
              join office o on o.id = p.office_id
            """;

    private final JdbcClient jdbc;

    MembershipRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MembershipView> ofUser(String username) {
        return jdbc.sql(MEMBERSHIP_QUERY + " where u.username = ? order by o.code, p.rank_order, p.code")
                .param(username)
                .query(MembershipRepository::membership)
                .list();
    }

    List<MembershipView> ofOffice(String officeCode) {
        return jdbc.sql(MEMBERSHIP_QUERY + " where o.code = ? order by p.rank_order, p.code, u.username")
                .param(officeCode)
                .query(MembershipRepository::membership)
                .list();
    }

    boolean holds(String username, String officeCode, String positionCode) {
        return jdbc.sql("select count(*) from (" + MEMBERSHIP_QUERY
                                + " where u.username = ? and o.code = ? and p.code = ?) m")
                        .params(username, officeCode, positionCode)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void add(long userId, long positionId, String by) {
        jdbc.sql("insert into membership (user_id, position_id, created_by) values (?, ?, ?) on conflict do nothing")
                .params(userId, positionId, by)
                .update();
    }

    int remove(long userId, long positionId) {
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

    /** Codes of the offices where the user holds a position or is an administrator. */
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
