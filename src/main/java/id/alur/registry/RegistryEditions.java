package id.alur.registry;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/** Editions and their rows on PostgreSQL; rows go in by {@code COPY}, the fastest load PostgreSQL offers. */
@Repository
class RegistryEditions {

    private static final int ROWS_PER_CHUNK = 5_000;

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    RegistryEditions(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
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

    /**
     * Opens a {@code COPY} into {@code registry_entry} on the transaction's connection: the rows become visible with the
     * edition when the transaction commits, and vanish with it when it rolls back.
     */
    Loader loader(UUID editionId) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY registry_entry (edition_id, nik, family_number, name, desil, region_code, status)"
                            + " FROM STDIN (FORMAT csv)");
            return new Loader(editionId, copy);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into registry_entry could not start", e);
        }
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
                """)
                .params(officeCode, niks.toArray(String[]::new))
                .query(rs -> {
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

    /** Buffers rows as CSV and hands them to {@code COPY} in chunks. */
    static final class Loader {

        private final String editionId;
        private final CopyIn copy;
        private final StringWriter buffer = new StringWriter();
        private final CSVPrinter printer;
        private int buffered;

        Loader(UUID editionId, CopyIn copy) {
            this.editionId = editionId.toString();
            this.copy = copy;
            try {
                this.printer = new CSVPrinter(
                        buffer,
                        CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void add(ExtractRow row) {
            try {
                printer.printRecord(
                        editionId,
                        row.nik(),
                        blankToNull(row.familyNumber()),
                        row.name(),
                        row.desil(),
                        blankToNull(row.regionCode()),
                        blankToNull(row.status()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (++buffered == ROWS_PER_CHUNK) {
                flush();
            }
        }

        /** Ends the {@code COPY}; the rows are then part of the transaction. */
        void finish() {
            flush();
            try {
                copy.endCopy();
            } catch (SQLException e) {
                throw new IllegalStateException("COPY into registry_entry failed", e);
            }
        }

        /** Abandons the {@code COPY} (the transaction rolls back anyway). */
        void cancel() {
            try {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            } catch (SQLException e) {
                // the transaction is rolled back after this; nothing of the COPY survives it
            }
        }

        private void flush() {
            if (buffered == 0) {
                return;
            }
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new IllegalStateException("COPY into registry_entry failed", e);
            }
            buffer.getBuffer().setLength(0);
            buffered = 0;
        }

        /** An empty cell is a value the source does not have, not an empty text. */
        private static String blankToNull(String value) {
            return value == null || value.isEmpty() ? null : value;
        }
    }
}
