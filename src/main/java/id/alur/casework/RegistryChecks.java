package id.alur.casework;

import id.alur.registry.Eligibility;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The look-ups recorded on a permohonan (V6_170); the eligibility is not stored: the office's rule says it now. */
@Repository
class RegistryChecks {

    private final JdbcClient jdbc;

    RegistryChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(PermohonanId id, RegistryFinding finding) {
        jdbc.sql("""
                        insert into permohonan_registry_check (permohonan_id, position, nik, found, desil, edition_id,
                            edition_source, edition_imported_at, checked_at, checked_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id.value(),
                        finding.position(),
                        finding.nik(),
                        finding.found(),
                        finding.desil(),
                        finding.editionId(),
                        finding.editionSource(),
                        finding.editionImportedAt() == null ? null : Timestamp.from(finding.editionImportedAt()),
                        Timestamp.from(finding.checkedAt()),
                        finding.checkedBy())
                .update();
    }

    /** The recorded findings in position order, each with {@link Eligibility#NO_RULE} until the rule is applied. */
    List<RegistryFinding> of(PermohonanId id) {
        return jdbc.sql("select * from permohonan_registry_check where permohonan_id = ? order by position")
                .param(id.value())
                .query((rs, n) -> {
                    int desil = rs.getInt("desil");
                    Integer foundDesil = rs.wasNull() ? null : desil;
                    Timestamp importedAt = rs.getTimestamp("edition_imported_at");
                    return new RegistryFinding(
                            rs.getInt("position"),
                            rs.getString("nik"),
                            rs.getBoolean("found"),
                            foundDesil,
                            rs.getObject("edition_id", UUID.class),
                            rs.getString("edition_source"),
                            importedAt == null ? null : importedAt.toInstant(),
                            rs.getTimestamp("checked_at").toInstant(),
                            rs.getString("checked_by"),
                            Eligibility.NO_RULE);
                })
                .list();
    }
}
