package id.alur.letter;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The bodies the offices wrote (table {@code letter_template}): the office's body of a kind for every SOP
 * ({@value #OFFICE}), and an SOP's own body of a kind (V17_1); an SOP without one uses the office's, an office without
 * one the standard body.
 */
@Repository
class LetterTemplateRepository {

    /** The SOP code of the office's body of a kind, for every SOP that has none of its own (as letter settings). */
    static final String OFFICE = LetterSetting.EVERY_SOP;

    /** A stored body with its version (optimistic locking) and who wrote it last, when. */
    record Stored(LetterTemplate template, int version, String updatedBy, Instant updatedAt) {}

    private final JdbcClient jdbc;

    LetterTemplateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The body stored for the SOP ({@value #OFFICE}: the office's own for every SOP). */
    Optional<Stored> find(String officeCode, String sopCode, LetterKind kind) {
        return jdbc.sql("""
                        select body, version, updated_by, updated_at from letter_template
                        where office_code = ? and sop_code = ? and kind = ?""")
                .params(officeCode, sopCode, kind.name())
                .query((rs, row) -> new Stored(
                        new LetterTemplate(kind, rs.getString("body")),
                        rs.getInt("version"),
                        rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    /** The SOPs' own bodies of the office, each as {@code <sop code>/<kind slug>}. */
    Set<String> sopBodies(String officeCode) {
        return new TreeSet<>(jdbc.sql("""
                        select sop_code, kind from letter_template where office_code = ? and sop_code <> ?""")
                .params(officeCode, OFFICE)
                .query((rs, row) -> rs.getString("sop_code") + "/"
                        + LetterKind.valueOf(rs.getString("kind")).slug())
                .list());
    }

    /** The body a letter of the kind takes for the SOP: the SOP's own, else the office's, else the standard one. */
    LetterTemplate current(String officeCode, String sopCode, LetterKind kind) {
        // One statement: it runs in the issuing step's transaction, whose cost is budgeted
        // (TransitionCostIntegrationTests).
        return jdbc.sql("""
                        select body from letter_template
                        where office_code = ? and kind = ? and sop_code in (?, ?)
                        order by sop_code = ? limit 1""")
                .params(officeCode, kind.name(), sopCode, OFFICE, OFFICE)
                .query(String.class)
                .optional()
                .map(body -> new LetterTemplate(kind, body))
                .orElseGet(() -> LetterTemplate.standard(kind));
    }

    /**
     * Stores the body: a first one at version 0 when {@code version} is 0 and none is stored, otherwise only if the
     * stored version is {@code version}; false when someone else saved meanwhile.
     */
    boolean save(String officeCode, String sopCode, LetterTemplate template, int version, String by, Instant at) {
        int inserted = jdbc.sql("""
                        insert into letter_template (office_code, sop_code, kind, body, updated_at, updated_by)
                        values (?, ?, ?, ?, ?, ?) on conflict (office_code, sop_code, kind) do nothing""")
                .params(officeCode, sopCode, template.kind().name(), template.body(), Timestamp.from(at), by)
                .update();
        if (inserted == 1) {
            return version == 0;
        }
        return jdbc.sql("""
                        update letter_template set body = ?, updated_at = ?, updated_by = ?, version = version + 1
                        where office_code = ? and sop_code = ? and kind = ? and version = ?""")
                        .params(
                                template.body(),
                                Timestamp.from(at),
                                by,
                                officeCode,
                                sopCode,
                                template.kind().name(),
                                version)
                        .update()
                == 1;
    }

    /** Removes an SOP's own body of the kind at that version; false when there is none at that version. */
    boolean delete(String officeCode, String sopCode, LetterKind kind, int version) {
        return jdbc.sql("""
                        delete from letter_template where office_code = ? and sop_code = ? and kind = ? and version = ?""").params(officeCode, sopCode, kind.name(), version).update() == 1;
    }
}
