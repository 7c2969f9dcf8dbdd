package id.alur.registry;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Editions and their rows on PostgreSQL; rows come from the staging table ({@link ImportStaging}). */
@Repository
class RegistryEditions {

    private final JdbcClient jdbc;

    RegistryEditions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertEdition(RegistryEdition edition, int skippedRows) {
        jdbc.sql("""
                INSERT INTO registry_edition (id, office_code, source_name, imported_at, imported_by, row_count,
                                              skipped_rows)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        edition.id(),
                        edition.officeCode(),
                        edition.sourceName(),
                        Timestamp.from(edition.importedAt()),
                        edition.importedBy(),
                        edition.rowCount(),
                        skippedRows)
                .update();
    }

    void count(UUID editionId, int rows, int skippedRows) {
        jdbc.sql("UPDATE registry_edition SET row_count = ?, skipped_rows = ? WHERE id = ?")
                .params(rows, skippedRows, editionId)
                .update();
    }

    Optional<RegistryEdition> newest(String officeCode) {
        return jdbc.sql("""
                SELECT id, office_code, source_name, imported_at, imported_by, row_count FROM registry_edition
                WHERE office_code = ? ORDER BY imported_at DESC, id LIMIT 1
                """)
                .param(officeCode)
                .query((rs, n) -> new RegistryEdition(
                        rs.getObject("id", UUID.class),
                        rs.getString("office_code"),
                        rs.getString("source_name"),
                        rs.getTimestamp("imported_at").toInstant(),
                        rs.getString("imported_by"),
                        rs.getInt("row_count")))
                .optional();
    }

    /** The office's newest edition and the entries of these NIKs in it. */
    record Found(Optional<RegistryEdition> edition, Map<String, RegistryEntry> entries) {}

    /**
     * The office's newest edition with the entries of {@code niks} in it, in one statement: the intake's look-up is one
     * round trip whatever the household's size (the edition by {@code registry_edition_office}, each NIK by the primary
     * key).
     */
    Found newestWith(String officeCode, Collection<String> niks) {
        var entries = new LinkedHashMap<String, RegistryEntry>();
        var edition = new java.util.concurrent.atomic.AtomicReference<RegistryEdition>();
        jdbc.sql("""
                SELECT d.id, d.office_code, d.source_name, d.imported_at, d.imported_by, d.row_count,
                       e.nik, e.family_number, e.name, e.desil, e.region_code, e.status
                FROM (SELECT id, office_code, source_name, imported_at, imported_by, row_count FROM registry_edition
                      WHERE office_code = ? ORDER BY imported_at DESC, id LIMIT 1) d
                LEFT JOIN registry_entry e ON e.edition_id = d.id AND e.nik = ANY(?::char(16)[])
                """).params(officeCode, niks.toArray(String[]::new)).query(rs -> {
            if (edition.get() == null) {
                edition.set(new RegistryEdition(
                        rs.getObject("id", UUID.class),
                        rs.getString("office_code"),
                        rs.getString("source_name"),
                        rs.getTimestamp("imported_at").toInstant(),
                        rs.getString("imported_by"),
                        rs.getInt("row_count")));
            }
            String nik = rs.getString("nik");
            if (nik != null) {
                entries.put(
                        nik,
                        new RegistryEntry(
                                nik,
                                rs.getString("family_number"),
                                rs.getString("name"),
                                rs.getInt("desil"),
                                rs.getString("region_code"),
                                rs.getString("status"),
                                edition.get()));
            }
        });
        return new Found(Optional.ofNullable(edition.get()), entries);
    }

    /**
     * The NIK's rows in every edition of these offices ({@code null}: all offices), newest edition first: the data
     * subject's access. One primary-key look-up per edition; an office keeps only a few (retention).
     */
    List<RegistryEntry> entriesOf(String nik, @Nullable List<String> officeCodes) {
        return jdbc.sql("""
                SELECT e.nik, e.family_number, e.name, e.desil, e.region_code, e.status,
                       d.id, d.office_code, d.source_name, d.imported_at, d.imported_by, d.row_count
                FROM registry_edition d JOIN registry_entry e ON e.edition_id = d.id AND e.nik = ?
                WHERE ?::text[] IS NULL OR d.office_code = ANY(?::text[])
                ORDER BY d.imported_at DESC, d.id
                """)
                .params(
                        nik,
                        officeCodes == null ? null : officeCodes.toArray(String[]::new),
                        officeCodes == null ? null : officeCodes.toArray(String[]::new))
                .query((rs, n) -> new RegistryEntry(
                        rs.getString("nik"),
                        rs.getString("family_number"),
                        rs.getString("name"),
                        rs.getInt("desil"),
                        rs.getString("region_code"),
                        rs.getString("status"),
                        new RegistryEdition(
                                rs.getObject("id", UUID.class),
                                rs.getString("office_code"),
                                rs.getString("source_name"),
                                rs.getTimestamp("imported_at").toInstant(),
                                rs.getString("imported_by"),
                                rs.getInt("row_count"))))
                .list();
    }

    int countEntries(String officeCode) {
        return jdbc.sql("""
                SELECT count(*) FROM registry_entry e JOIN registry_edition d ON d.id = e.edition_id
                WHERE d.office_code = ?
                """).param(officeCode).query(Integer.class).single();
    }
}
