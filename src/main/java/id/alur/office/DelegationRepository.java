package id.alur.office;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Delegations (Plh/Plt) and the positions users act in on a day. */
@Repository
class DelegationRepository {

    private static final String QUERY = """
            select d.id, o.code as office_code, p.code as position_code, p.title as position_title,
                   h.username as holder_username, h.full_name as holder_name,
                   s.username as stand_in_username, s.full_name as stand_in_name,
                   d.kind, d.starts_on, d.ends_on, d.ended_on, d.reason, d.version
              from delegation d
              join position p on p.id = d.position_id
              join office o on o.id = p.office_id
              join app_user s on s.id = d.stand_in_user_id
              left join app_user h on h.id = d.holder_user_id
            """;

    /** Valid on :on: begun, not past its end, not ended early on or before :on. */
    private static final String VALID_ON =
            "d.starts_on <= :on and d.ends_on >= :on and (d.ended_on is null or d.ended_on > :on)";

    /** The positions a user holds in their own right and those they stand in for, as read. */
    record Held(List<PositionAssignment> own, List<PositionAssignment> delegated) {}

    private final JdbcClient jdbc;

    DelegationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DelegationView> find(long id) {
        return jdbc.sql(QUERY + " where d.id = ?")
                .param(id)
                .query(DelegationRepository::delegation)
                .optional();
    }

    /** The office's delegations that end on or after {@code since}, soonest first. */
    List<DelegationView> ofOffice(String officeCode, LocalDate since) {
        return jdbc.sql(QUERY + " where o.code = ? and d.ends_on >= ? order by d.starts_on, p.rank_order, d.id")
                .params(officeCode, Date.valueOf(since))
                .query(DelegationRepository::delegation)
                .list();
    }

    /**
     * Whether a delegation not ended early covers part of the range for the same position and the same absent
     * holder (or, for a vacant position, any Plt): one stand-in at a time.
     */
    boolean overlaps(long positionId, @Nullable Long holderId, LocalDate startsOn, LocalDate endsOn) {
        return jdbc.sql("""
                        select count(*) from delegation d
                         where d.position_id = :position
                           and (d.holder_user_id = :holder or (d.holder_user_id is null and cast(:holder as bigint) is null))
                           and d.starts_on <= :endsOn
                           and coalesce(least(d.ended_on - 1, d.ends_on), d.ends_on) >= :startsOn""")
                        .param("position", positionId)
                        .param("holder", holderId)
                        .param("startsOn", Date.valueOf(startsOn))
                        .param("endsOn", Date.valueOf(endsOn))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    long insert(long positionId, @Nullable Long holderId, long standInId, NewDelegation delegation, String by) {
        return jdbc.sql("""
                        insert into delegation (position_id, holder_user_id, stand_in_user_id, kind, starts_on, ends_on,
                                                reason, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        positionId,
                        holderId,
                        standInId,
                        delegation.kind().name(),
                        Date.valueOf(delegation.startsOn()),
                        Date.valueOf(delegation.endsOn()),
                        delegation.reason(),
                        by)
                .query(Long.class)
                .single();
    }

    int endEarly(long id, LocalDate from, int version, String by) {
        return jdbc.sql("""
                        update delegation set ended_on = ?, ended_by = ?, version = version + 1
                         where id = ? and version = ? and ended_on is null""").params(Date.valueOf(from), by, id, version).update();
    }

    /**
     * The positions the user holds on the day (none when disabled), in one statement since every request asks:
     * memberships (source 0), then the delegations valid that day, each by office, rank and code.
     */
    Held held(String username, LocalDate on) {
        record Row(boolean own, PositionAssignment position) {}
        List<Row> rows = jdbc.sql("""
                        select 0 as source, o.code as office_code, p.code as position_code, p.title as position_title,
                               p.rank_order, p.front_desk, p.outside_party, null as holder_username,
                               null as holder_name, null as kind
                          from membership m
                          join app_user u on u.id = m.user_id
                          join position p on p.id = m.position_id
                          join office o on o.id = p.office_id
                         where u.username = :username and u.enabled
                        union all
                        select 1, o.code, p.code, p.title, p.rank_order, p.front_desk, p.outside_party, h.username,
                               h.full_name, d.kind
                          from delegation d
                          join position p on p.id = d.position_id
                          join office o on o.id = p.office_id
                          join app_user s on s.id = d.stand_in_user_id
                          left join app_user h on h.id = d.holder_user_id
                         where s.username = :username and s.enabled and """ + " " + VALID_ON + """

                         order by 1, 2, 5, 3""")
                .param("username", username)
                .param("on", Date.valueOf(on))
                .query((rs, n) -> {
                    String kind = rs.getString("kind");
                    return new Row(
                            rs.getInt("source") == 0,
                            new PositionAssignment(
                                    rs.getString("office_code"),
                                    rs.getString("position_code"),
                                    rs.getString("position_title"),
                                    rs.getInt("rank_order"),
                                    rs.getBoolean("front_desk"),
                                    rs.getBoolean("outside_party"),
                                    rs.getString("holder_username"),
                                    rs.getString("holder_name"),
                                    kind == null ? null : DelegationKind.valueOf(kind)));
                })
                .list();
        return new Held(
                rows.stream().filter(Row::own).map(Row::position).toList(),
                rows.stream().filter(row -> !row.own()).map(Row::position).toList());
    }

    private static DelegationView delegation(ResultSet rs, int row) throws SQLException {
        Date endedOn = rs.getDate("ended_on");
        return new DelegationView(
                new DelegationId(rs.getLong("id")),
                rs.getString("office_code"),
                rs.getString("position_code"),
                rs.getString("position_title"),
                rs.getString("holder_username"),
                rs.getString("holder_name"),
                rs.getString("stand_in_username"),
                rs.getString("stand_in_name"),
                DelegationKind.valueOf(rs.getString("kind")),
                rs.getDate("starts_on").toLocalDate(),
                rs.getDate("ends_on").toLocalDate(),
                endedOn == null ? null : endedOn.toLocalDate(),
                rs.getString("reason"),
                rs.getInt("version"));
    }
}
