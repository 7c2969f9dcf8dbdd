package id.alur.office;

import id.alur.platform.OfficeZones;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Offices and their positions. Writes take the details as checked by {@link Offices}. The office's time zone is not
 * kept here but by the working calendar ({@link OfficeZones}): one fact, read into every {@link OfficeView}.
 */
@Repository
class OfficeRepository {

    private static final String OFFICE_COLUMNS = "o.id, o.code, o.name, o.kind, o.address, o.version";
    private static final String POSITION_COLUMNS =
            "o.code as office_code, p.id, p.code, p.title, p.rank_order, p.front_desk, p.outside_party, p.version";

    private final JdbcClient jdbc;
    private final OfficeZones zones;

    OfficeRepository(JdbcClient jdbc, OfficeZones zones) {
        this.jdbc = jdbc;
        this.zones = zones;
    }

    List<OfficeView> findAll() {
        return jdbc.sql("select " + OFFICE_COLUMNS + " from office o order by o.code")
                .query(this::office)
                .list();
    }

    Optional<OfficeView> find(String code) {
        return jdbc.sql("select " + OFFICE_COLUMNS + " from office o where o.code = ?")
                .param(code)
                .query(this::office)
                .optional();
    }

    Optional<Long> idOf(String code) {
        return jdbc.sql("select id from office where code = ?")
                .param(code)
                .query(Long.class)
                .optional();
    }

    void insert(String code, OfficeDetails details, ZoneId zone, String by) {
        jdbc.sql("insert into office (code, name, kind, address, updated_by) values (?, ?, ?, ?, ?)")
                .params(code, details.name(), details.kind().name(), details.address(), by)
                .update();
        zones.setZone(code, zone);
    }

    void update(String code, OfficeDetails details, ZoneId zone, int version, String by) {
        int updated = jdbc.sql("""
                        update office set name = ?, kind = ?, address = ?, version = version + 1,
                               updated_at = now(), updated_by = ?
                         where code = ? and version = ?""")
                .params(details.name(), details.kind().name(), details.address(), by, code, version)
                .update();
        if (updated == 0) {
            throw Changes.conflict(
                    jdbc.sql("select updated_by, updated_at from office where code = ?")
                            .param(code),
                    "office.office.changedMeanwhile",
                    find(code).orElse(null));
        }
        zones.setZone(code, zone);
    }

    List<PositionView> positions(String officeCode) {
        return jdbc.sql("select " + POSITION_COLUMNS
                        + " from position p join office o on o.id = p.office_id where o.code = ?"
                        + " order by p.rank_order, p.code")
                .param(officeCode)
                .query(OfficeRepository::position)
                .list();
    }

    Optional<PositionView> position(String officeCode, String positionCode) {
        return jdbc.sql("select " + POSITION_COLUMNS
                        + " from position p join office o on o.id = p.office_id where o.code = ? and p.code = ?")
                .params(officeCode, positionCode)
                .query(OfficeRepository::position)
                .optional();
    }

    Optional<Long> positionId(String officeCode, String positionCode) {
        return jdbc.sql(
                        "select p.id from position p join office o on o.id = p.office_id where o.code = ? and p.code = ?")
                .params(officeCode, positionCode)
                .query(Long.class)
                .optional();
    }

    void insertPosition(long officeId, String code, PositionDetails details, String by) {
        jdbc.sql("""
                        insert into position (office_id, code, title, rank_order, front_desk, outside_party, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        officeId,
                        code,
                        details.title(),
                        details.rankOrder(),
                        details.frontDesk(),
                        details.outsideParty(),
                        by)
                .update();
    }

    void updatePosition(String officeCode, String code, PositionDetails details, int version, String by) {
        int updated = jdbc.sql("""
                        update position p set title = ?, rank_order = ?, front_desk = ?, outside_party = ?,
                               version = p.version + 1, updated_at = now(), updated_by = ?
                          from office o
                         where o.id = p.office_id and o.code = ? and p.code = ? and p.version = ?""")
                .params(
                        details.title(),
                        details.rankOrder(),
                        details.frontDesk(),
                        details.outsideParty(),
                        by,
                        officeCode,
                        code,
                        version)
                .update();
        if (updated == 0) {
            throw Changes.conflict(
                    jdbc.sql("select p.updated_by, p.updated_at from position p join office o on o.id = p.office_id"
                                    + " where o.code = ? and p.code = ?")
                            .params(officeCode, code),
                    "office.position.changedMeanwhile",
                    position(officeCode, code).orElse(null));
        }
    }

    private OfficeView office(ResultSet rs, int row) throws SQLException {
        String code = rs.getString("code");
        return new OfficeView(
                code,
                rs.getString("name"),
                OfficeKind.valueOf(rs.getString("kind")),
                rs.getString("address"),
                zones.zoneOf(code),
                rs.getInt("version"));
    }

    private static PositionView position(ResultSet rs, int row) throws SQLException {
        return new PositionView(
                rs.getString("office_code"),
                rs.getString("code"),
                rs.getString("title"),
                rs.getInt("rank_order"),
                rs.getBoolean("front_desk"),
                rs.getBoolean("outside_party"),
                rs.getInt("version"));
    }
}
