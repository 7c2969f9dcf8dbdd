package id.alur.registry;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * The staging table an extract passes through (issue 16): its rows go in by {@code COPY} while they are checked, the
 * same NIK twice is then found by SQL (not by a set of a million NIKs in memory), and the good rows move into
 * {@code registry_entry} in one statement. The table is temporary and dropped at the end of the transaction: it writes
 * no WAL, no other session sees it, and a refused import leaves nothing.
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

    /**
     * A later row with the NIK of an earlier one (good or bad): the earlier row keeps it.
     *
     * @param good whether the row passed every other check (then it is counted bad now)
     */
    record Duplicate(int row, String nik, int firstRow, boolean good) {}

    /** The duplicates found (the first {@code limit} by row) and how many later rows repeat a NIK in all. */
    record Duplicates(List<Duplicate> first, int goodRows, int total) {}

    /**
     * Creates the staging table in the caller's transaction and opens a {@code COPY} into it on the transaction's
     * connection.
     */
    Loader open() {
        jdbc.sql("""
                CREATE TEMPORARY TABLE registry_staging (
                    row_number    INTEGER  NOT NULL,
                    nik           CHAR(16) NOT NULL,
                    good          BOOLEAN  NOT NULL,
                    family_number TEXT,
                    name          TEXT,
                    desil         SMALLINT,
                    region_code   TEXT,
                    status        TEXT
                ) ON COMMIT DROP
                """).update();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY registry_staging (row_number, nik, good, family_number, name, desil, region_code,"
                            + " status) FROM STDIN (FORMAT csv)");
            return new Loader(copy);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into registry_staging could not start", e);
        }
    }

    /** The later rows whose NIK an earlier row has, in row order (the first {@code limit}), and their counts. */
    Duplicates duplicates(int limit) {
        var rows = jdbc.sql("""
                WITH repeated AS (
                    SELECT nik, min(row_number) AS first_row FROM registry_staging GROUP BY nik HAVING count(*) > 1)
                SELECT s.row_number, s.nik, r.first_row, s.good,
                       count(*) OVER () AS total, count(*) FILTER (WHERE s.good) OVER () AS good_rows
                FROM registry_staging s JOIN repeated r ON r.nik = s.nik
                WHERE s.row_number > r.first_row
                ORDER BY s.row_number
                LIMIT ?
                """)
                .param(limit)
                .query((rs, n) -> new Object[] {
                    new Duplicate(
                            rs.getInt("row_number"), rs.getString("nik"), rs.getInt("first_row"), rs.getBoolean("good")),
                    rs.getInt("total"),
                    rs.getInt("good_rows")
                })
                .list();
        if (rows.isEmpty()) {
            return new Duplicates(List.of(), 0, 0);
        }
        return new Duplicates(
                rows.stream().map(r -> (Duplicate) r[0]).toList(), (Integer) rows.getFirst()[2], (Integer)
                        rows.getFirst()[1]);
    }

    /**
     * Moves the good rows into the edition, each NIK once (its first row): one {@code INSERT … SELECT} in the
     * transaction, visible with the edition at commit.
     *
     * @param withDuplicates whether {@link #duplicates} found any: only then the later rows are left out
     * @return the rows moved
     */
    int moveInto(UUID editionId, boolean withDuplicates) {
        if (withDuplicates) {
            jdbc.sql("""
                    DELETE FROM registry_staging s USING registry_staging f
                    WHERE f.nik = s.nik AND f.row_number < s.row_number
                    """).update();
        }
        return jdbc.sql("""
                INSERT INTO registry_entry (edition_id, nik, family_number, name, desil, region_code, status)
                SELECT ?, nik, family_number, name, desil, region_code, status FROM registry_staging WHERE good
                """)
                .param(editionId)
                .update();
    }

    /** Buffers rows as CSV and hands them to {@code COPY} in chunks. */
    static final class Loader {

        private final CopyIn copy;
        private final StringWriter buffer = new StringWriter();
        private final CSVPrinter printer;
        private int buffered;

        Loader(CopyIn copy) {
            this.copy = copy;
            try {
                this.printer = new CSVPrinter(
                        buffer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A good row. */
        void add(ExtractRow row) {
            print(
                    row.row(),
                    row.nik(),
                    true,
                    blankToNull(row.familyNumber()),
                    row.name(),
                    row.desil(),
                    blankToNull(row.regionCode()),
                    blankToNull(row.status()));
        }

        /** A bad row with a well-formed NIK: it still claims the NIK against later rows. */
        void claim(int row, String nik) {
            print(row, nik, false, null, null, null, null, null);
        }

        private void print(Object... values) {
            try {
                printer.printRecord(values);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (++buffered == ROWS_PER_CHUNK) {
                flush();
            }
        }

        /** Ends the {@code COPY}; the rows are then in the staging table. */
        void finish() {
            flush();
            try {
                copy.endCopy();
            } catch (SQLException e) {
                throw new IllegalStateException("COPY into registry_staging failed", e);
            }
        }

        /** Abandons the {@code COPY} (the transaction rolls back anyway). */
        void cancel() {
            try {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            } catch (SQLException e) {
                // the transaction is rolled back after this; the staging table goes with it
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
                throw new IllegalStateException("COPY into registry_staging failed", e);
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
