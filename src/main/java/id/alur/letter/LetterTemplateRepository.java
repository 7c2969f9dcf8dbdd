package id.alur.letter;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The bodies the offices wrote (table {@code letter_template}); an office without one uses the standard body. */
@Repository
class LetterTemplateRepository {

    /** A stored body with its version (optimistic locking) and who wrote it last, when. */
    record Stored(LetterTemplate template, int version, String updatedBy, Instant updatedAt) {}

    private final JdbcClient jdbc;

    LetterTemplateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find(String officeCode, LetterKind kind) {
        return jdbc.sql("""
                        select body, version, updated_by, updated_at from letter_template
                        where office_code = ? and kind = ?""")
                .params(officeCode, kind.name())
                .query((rs, row) -> new Stored(
                        new LetterTemplate(kind, rs.getString("body")),
                        rs.getInt("version"),
                        rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    /** The office's body of the kind, or the standard one. */
    LetterTemplate current(String officeCode, LetterKind kind) {
        return find(officeCode, kind).map(Stored::template).orElseGet(() -> LetterTemplate.standard(kind));
    }

    /**
     * Stores the body: a first one at version 0 when {@code version} is 0 and none is stored, otherwise only if the
     * stored version is {@code version}; false when someone else saved meanwhile.
     */
    boolean save(String officeCode, LetterTemplate template, int version, String by, Instant at) {
        int inserted = jdbc.sql("""
                        insert into letter_template (office_code, kind, body, updated_at, updated_by)
                        values (?, ?, ?, ?, ?) on conflict (office_code, kind) do nothing""")
                .params(officeCode, template.kind().name(), template.body(), Timestamp.from(at), by)
                .update();
        if (inserted == 1) {
            return version == 0;
        }
        return jdbc.sql("""
                        update letter_template set body = ?, updated_at = ?, updated_by = ?, version = version + 1
                        where office_code = ? and kind = ? and version = ?""")
                        .params(
                                template.body(),
                                Timestamp.from(at),
                                by,
                                officeCode,
                                template.kind().name(),
                                version)
                        .update()
                == 1;
    }
}
