package id.alur.registry;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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

/**
 * Where an extract's rows go while it is read (issue 16), so that the same NIK twice is found by SQL, not by a set of a
 * million NIKs in memory. An import streams its good rows by {@code COPY} straight into its new edition, the primary
 * key deferred to the commit (V8_211), so the COPY runs while the rows are parsed and checked; the import page's check,
 * which writes nothing, streams them into a temporary table of its own transaction ({@code ON COMMIT DROP}: no WAL,
 * seen by no other session). Either way one statement then finds the later rows of a repeated NIK, each naming the
 * first. Only good rows are staged: a repeated NIK is one the first good row keeps.
 */
@Repository
class ImportStaging {

    private static final int ROWS_PER_CHUNK = 5_000;

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    ImportStaging(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** A later row with the NIK of an earlier one, which keeps it. */
    record Duplicate(int row, String nik, int firstRow) {}

    /** The duplicates found (the first {@code limit} by row) and how many later rows repeat a NIK in all. */
    record Duplicates(List<Duplicate> first, int total) {}

    /**
     * Defers the primary key of {@code registry_entry} to the caller's commit and opens a {@code COPY} of the good rows
     * into the edition, on the transaction's connection: they are seen with the edition at commit, or never.
     */
    Loader intoEdition(UUID editionId) {
        jdbc.sql("SET CONSTRAINTS registry_entry_pkey DEFERRED").update();
        return copy(
                "COPY registry_entry (edition_id, source_row, nik, family_number, name, desil, region_code, status)"
                        + " FROM STDIN (FORMAT csv)",
                editionId.toString());
    }

    /** A temporary table of the caller's transaction and a {@code COPY} into it: the check, which writes nothing. */
    Loader intoScratch() {
        jdbc.sql("""
                CREATE TEMPORARY TABLE registry_staging (
                    source_row    INTEGER  NOT NULL,
                    nik           CHAR(16) NOT NULL,
                    family_number TEXT,
                    name          TEXT     NOT NULL,
                    desil         SMALLINT NOT NULL,
                    region_code   TEXT,
                    status        TEXT
                ) ON COMMIT DROP
                """).update();
        return copy(
                "COPY registry_staging (source_row, nik, family_number, name, desil, region_code, status)"
                        + " FROM STDIN (FORMAT csv)",
                null);
    }

    private Loader copy(String sql, @Nullable String editionId) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            return new Loader(copy, editionId);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY of the registry rows could not start", e);
        }
    }

    /**
     * The later rows of the edition whose NIK an earlier row has, in row order (the first {@code limit}). One pass over
     * the edition in its primary key's order, so the rows of a NIK come together and need no join nor sort: the new
     * rows are not in the table's statistics yet, and a plan that trusted them could join a million rows to each other.
     */
    Duplicates inEdition(UUID editionId, int limit) {
        return duplicates("""
                SELECT source_row, nik, first_row, count(*) OVER () AS total FROM (
                    SELECT source_row, nik, min(source_row) OVER (PARTITION BY nik) AS first_row
                    FROM registry_entry WHERE edition_id = ?) s
                WHERE source_row > first_row
                ORDER BY source_row
                LIMIT ?
                """, editionId, limit);
    }

    /** As {@link #inEdition}, in the check's temporary table. */
    Duplicates inScratch(int limit) {
        return duplicates("""
                SELECT source_row, nik, first_row, count(*) OVER () AS total FROM (
                    SELECT source_row, nik, min(source_row) OVER (PARTITION BY nik) AS first_row
                    FROM registry_staging) s
                WHERE source_row > first_row
                ORDER BY source_row
                LIMIT ?
                """, limit);
    }

    private Duplicates duplicates(String sql, Object... params) {
        var total = new int[1];
        var rows = jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> {
                    total[0] = rs.getInt("total");
                    return new Duplicate(rs.getInt("source_row"), rs.getString("nik"), rs.getInt("first_row"));
                })
                .list();
        return new Duplicates(rows, total[0]);
    }

    /**
     * Removes the later rows of each repeated NIK from the edition ("the valid rows only"), before its commit: the
     * repeated NIKs with their first rows from one pass, then each deleted by the primary key.
     */
    void dropLaterRows(UUID editionId) {
        var niks = new ArrayList<String>();
        var firstRows = new ArrayList<Integer>();
        jdbc.sql("""
                SELECT nik, source_row FROM (
                    SELECT nik, source_row, min(source_row) OVER (PARTITION BY nik) AS first_row,
                           count(*) OVER (PARTITION BY nik) AS rows_of_nik
                    FROM registry_entry WHERE edition_id = ?) s
                WHERE rows_of_nik > 1 AND source_row = first_row
                """).param(editionId).query(rs -> {
            niks.add(rs.getString(1));
            firstRows.add(rs.getInt(2));
        });
        jdbc.sql("""
                DELETE FROM registry_entry e
                USING unnest(?::char(16)[], ?::integer[]) AS repeated (nik, first_row)
                WHERE e.edition_id = ? AND e.nik = repeated.nik AND e.source_row > repeated.first_row
                """)
                .params(niks.toArray(String[]::new), firstRows.toArray(Integer[]::new), editionId)
                .update();
    }

    /** Buffers rows as CSV and hands them to {@code COPY} in chunks. */
    static final class Loader {

        private final CopyIn copy;
        private final @Nullable String editionId;
        private final StringWriter buffer = new StringWriter();
        private final CSVPrinter printer;
        private int buffered;

        Loader(CopyIn copy, @Nullable String editionId) {
            this.copy = copy;
            this.editionId = editionId;
            try {
                this.printer = new CSVPrinter(
                        buffer,
                        CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A good row. */
        void add(ExtractRow row) {
            try {
                if (editionId != null) {
                    printer.print(editionId);
                }
                printer.printRecord(
                        row.row(),
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
                throw new IllegalStateException("COPY of the registry rows failed", e);
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
                throw new IllegalStateException("COPY of the registry rows failed", e);
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
