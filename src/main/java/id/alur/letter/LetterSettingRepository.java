package id.alur.letter;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.MappedQuerySpec;
import org.springframework.stereotype.Repository;

@Repository
class LetterSettingRepository {

    private static final String COLUMNS = "id, office_code, sop_code, kind, issue_step, sign_step, paraf_steps,"
            + " pattern, classification_code, unit_code, subject, addressee, signs_for_title, version";

    private final JdbcClient jdbc;

    LetterSettingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LetterSetting> forSop(String officeCode, String sopCode) {
        return settings("office_code = ? and sop_code = ? order by id", officeCode, sopCode)
                .list();
    }

    List<LetterSetting> forOffice(String officeCode) {
        return settings("office_code = ? order by sop_code, kind", officeCode).list();
    }

    Optional<LetterSetting> find(long id) {
        return settings("id = ?", id).optional();
    }

    private MappedQuerySpec<LetterSetting> settings(String where, Object... parameters) {
        return jdbc.sql("select " + COLUMNS + " from letter_setting where " + where)
                .params(parameters)
                .query(LetterSettingRepository::map);
    }

    /** Inserts a new setting, refusing a second one for the same office, SOP and kind. */
    long insert(LetterSetting s, String by, Instant at) {
        Integer taken = jdbc.sql(
                        "select count(*) from letter_setting where office_code = ? and sop_code = ? and kind = ?")
                .params(s.officeCode(), s.sopCode(), s.kind().name())
                .query(Integer.class)
                .single();
        if (taken > 0) {
            throw new InvalidLetterInputException("kind", "letter.setting.duplicate");
        }
        return jdbc.sql("""
                        insert into letter_setting (office_code, sop_code, kind, issue_step, sign_step, paraf_steps,
                          pattern, classification_code, unit_code, subject, addressee, signs_for_title, updated_at,
                          updated_by)
                        values (:office, :sop, :kind, :issue, :sign, :paraf, :pattern, :class, :unit, :subject,
                          :addressee, :signsFor, :at, :by)
                        returning id""")
                .params(parameters(s))
                .param("office", s.officeCode())
                .param("sop", s.sopCode())
                .param("kind", s.kind().name())
                .param("at", Timestamp.from(at))
                .param("by", by)
                .query(Long.class)
                .single();
    }

    /** Removes a setting of the office; false when the office has no such setting. Issued letters keep theirs. */
    boolean delete(String officeCode, long id) {
        return jdbc.sql("delete from letter_setting where id = ? and office_code = ?")
                        .params(id, officeCode)
                        .update()
                == 1;
    }

    /** Updates the numbering and steps of a setting; false when someone else changed it first (version). */
    boolean update(LetterSetting s, String by, Instant at) {
        return jdbc.sql("""
                        update letter_setting set issue_step = :issue, sign_step = :sign, paraf_steps = :paraf,
                          pattern = :pattern, classification_code = :class, unit_code = :unit, subject = :subject,
                          addressee = :addressee, signs_for_title = :signsFor, updated_at = :at, updated_by = :by,
                          version = version + 1
                        where id = :id and version = :version""")
                        .params(parameters(s))
                        .param("id", s.id())
                        .param("version", s.version())
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .update()
                == 1;
    }

    /** Who changed a setting last and when. */
    LastChange lastChange(long id) {
        return jdbc.sql("select updated_by, updated_at from letter_setting where id = ?")
                .param(id)
                .query((rs, row) ->
                        new LastChange(rs.getString(1), rs.getTimestamp(2).toInstant()))
                .optional()
                .orElse(new LastChange(null, null));
    }

    record LastChange(String by, Instant at) {}

    private static Map<String, Object> parameters(LetterSetting s) {
        var map = new HashMap<String, Object>();
        map.put("issue", s.issueStep());
        map.put("sign", s.signStep());
        map.put("paraf", s.parafSteps().toArray(Integer[]::new));
        map.put("pattern", s.pattern().text());
        map.put("class", s.classificationCode());
        map.put("unit", s.unitCode());
        map.put("subject", s.subject());
        map.put("addressee", s.addressee());
        map.put("signsFor", s.signsForTitle());
        return map;
    }

    private static LetterSetting map(ResultSet rs, int row) throws SQLException {
        Array paraf = rs.getArray("paraf_steps");
        return new LetterSetting(
                rs.getLong("id"),
                rs.getString("office_code"),
                rs.getString("sop_code"),
                LetterKind.valueOf(rs.getString("kind")),
                rs.getInt("issue_step"),
                rs.getInt("sign_step"),
                Arrays.asList((Integer[]) paraf.getArray()),
                NumberingPattern.parse(rs.getString("pattern")),
                rs.getString("classification_code"),
                rs.getString("unit_code"),
                rs.getString("subject"),
                rs.getString("addressee"),
                rs.getString("signs_for_title"),
                rs.getInt("version"));
    }
}
