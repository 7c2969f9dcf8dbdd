package id.alur.registry;

import id.alur.platform.InputProblem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Import jobs, their problems and preview rows, and the sources' column mappings. */
@Repository
class ImportJobs {

    private static final String COLUMNS = """
            id, office_code, source_name, file_name, file_path, file_size, state, import_mode, rows_read, good_rows,
            bad_rows, edition_id, created_by, created_at""";

    private final JdbcClient jdbc;

    ImportJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ImportJob job) {
        jdbc.sql("""
                INSERT INTO registry_import_job (id, office_code, source_name, file_name, file_path, file_size, state,
                                                 created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        job.id(),
                        job.officeCode(),
                        job.sourceName(),
                        job.fileName(),
                        job.filePath(),
                        job.fileSize(),
                        job.state().name(),
                        job.createdBy(),
                        Timestamp.from(job.createdAt()),
                        Timestamp.from(job.createdAt()))
                .update();
    }

    Optional<ImportJob> find(String officeCode, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM registry_import_job WHERE office_code = ? AND id = ?")
                .params(officeCode, id)
                .query(ImportJobs::job)
                .optional();
    }

    /** The office an import job belongs to, whichever office asks. */
    Optional<String> officeOf(UUID id) {
        return jdbc.sql("SELECT office_code FROM registry_import_job WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    List<ImportJob> recent(String officeCode, int limit) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM registry_import_job WHERE office_code = ? ORDER BY created_at DESC LIMIT ?")
                .params(officeCode, limit)
                .query(ImportJobs::job)
                .list();
    }

    /** Moves a job from one state to another; false when it was not in {@code from} (a second click, a restart). */
    boolean move(UUID id, ImportJobState from, ImportJobState to, @Nullable ImportMode mode) {
        return jdbc.sql("""
                UPDATE registry_import_job SET state = ?, import_mode = coalesce(?, import_mode), rows_read = 0,
                       updated_at = now()
                WHERE id = ? AND state = ?
                """)
                        .params(to.name(), mode == null ? null : mode.name(), id, from.name())
                        .update()
                == 1;
    }

    void progress(UUID id, int rowsRead) {
        jdbc.sql("UPDATE registry_import_job SET rows_read = ?, updated_at = now() WHERE id = ?")
                .params(rowsRead, id)
                .update();
    }

    void finish(UUID id, ImportJobState state, int rowsRead, int goodRows, int badRows, @Nullable UUID editionId) {
        jdbc.sql("""
                UPDATE registry_import_job SET state = ?, rows_read = ?, good_rows = ?, bad_rows = ?,
                       edition_id = ?, updated_at = now()
                WHERE id = ?
                """)
                .params(state.name(), rowsRead, goodRows, badRows, editionId, id)
                .update();
    }

    void forgetFile(UUID id) {
        jdbc.sql("UPDATE registry_import_job SET file_path = NULL WHERE id = ?")
                .param(id)
                .update();
    }

    /** Jobs a stopped application left running cannot finish: they end as failed, their files are gone with /tmp. */
    List<ImportJob> interrupted() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM registry_import_job WHERE state IN ('CHECKING', 'IMPORTING')")
                .query(ImportJobs::job)
                .list();
    }

    void replaceProblems(UUID id, List<InputProblem> problems) {
        jdbc.sql("DELETE FROM registry_import_problem WHERE job_id = ?")
                .param(id)
                .update();
        int seq = 0;
        for (InputProblem problem : problems) {
            String[] arguments =
                    problem.arguments().stream().map(String::valueOf).toArray(String[]::new);
            jdbc.sql("""
                    INSERT INTO registry_import_problem (job_id, seq, row_number, column_name, message_key, arguments)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """)
                    .params(id, seq++, problem.row(), problem.field(), problem.messageKey(), arguments)
                    .update();
        }
    }

    List<InputProblem> problems(UUID id) {
        return jdbc.sql("""
                SELECT row_number, column_name, message_key, arguments FROM registry_import_problem
                WHERE job_id = ? ORDER BY seq
                """)
                .param(id)
                .query((rs, n) -> {
                    Integer row = rs.getObject("row_number", Integer.class);
                    String[] arguments = (String[]) rs.getArray("arguments").getArray();
                    return new InputProblem(
                            rs.getString("column_name"),
                            row,
                            rs.getString("message_key"),
                            new ArrayList<>(Arrays.asList(arguments)));
                })
                .list();
    }

    void insertPreview(UUID id, List<ImportPreviewRow> rows) {
        for (var row : rows) {
            jdbc.sql("""
                    INSERT INTO registry_import_preview (job_id, row_number, nik, name, desil, family_number,
                                                         region_code, status)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(
                            id,
                            row.row(),
                            row.nik(),
                            row.name(),
                            row.desil(),
                            row.familyNumber(),
                            row.regionCode(),
                            row.status())
                    .update();
        }
    }

    List<ImportPreviewRow> preview(UUID id) {
        return jdbc.sql("""
                SELECT row_number, nik, name, desil, family_number, region_code, status FROM registry_import_preview
                WHERE job_id = ? ORDER BY row_number
                """)
                .param(id)
                .query((rs, n) -> new ImportPreviewRow(
                        rs.getInt("row_number"),
                        rs.getString("nik"),
                        rs.getString("name"),
                        rs.getInt("desil"),
                        rs.getString("family_number"),
                        rs.getString("region_code"),
                        rs.getString("status")))
                .list();
    }

    /** The preview rows are personal data: they go once the import is decided. */
    void deletePreview(UUID id) {
        jdbc.sql("DELETE FROM registry_import_preview WHERE job_id = ?")
                .param(id)
                .update();
    }

    void saveSource(String officeCode, String name, RegistryColumns columns) {
        jdbc.sql("""
                INSERT INTO registry_source (office_code, name, nik_column, family_number_column, name_column,
                                             desil_column, region_code_column, status_column)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (office_code, name) DO UPDATE SET nik_column = excluded.nik_column,
                    family_number_column = excluded.family_number_column, name_column = excluded.name_column,
                    desil_column = excluded.desil_column, region_code_column = excluded.region_code_column,
                    status_column = excluded.status_column
                """)
                .params(
                        officeCode,
                        name,
                        columns.nik(),
                        columns.familyNumber(),
                        columns.name(),
                        columns.desil(),
                        columns.regionCode(),
                        columns.status())
                .update();
    }

    Optional<RegistryColumns> source(String officeCode, String name) {
        return jdbc.sql("SELECT * FROM registry_source WHERE office_code = ? AND name = ?")
                .params(officeCode, name)
                .query((rs, n) -> columns(rs))
                .optional();
    }

    List<String> sourceNames(String officeCode) {
        return jdbc.sql("SELECT name FROM registry_source WHERE office_code = ? ORDER BY name")
                .param(officeCode)
                .query(String.class)
                .list();
    }

    private static RegistryColumns columns(ResultSet rs) throws SQLException {
        return new RegistryColumns(
                rs.getString("nik_column"),
                rs.getString("family_number_column"),
                rs.getString("name_column"),
                rs.getString("desil_column"),
                rs.getString("region_code_column"),
                rs.getString("status_column"));
    }

    private static ImportJob job(ResultSet rs, int n) throws SQLException {
        String mode = rs.getString("import_mode");
        return new ImportJob(
                rs.getObject("id", UUID.class),
                rs.getString("office_code"),
                rs.getString("source_name"),
                rs.getString("file_name"),
                rs.getString("file_path"),
                rs.getLong("file_size"),
                ImportJobState.valueOf(rs.getString("state")),
                mode == null ? null : ImportMode.valueOf(mode),
                rs.getInt("rows_read"),
                rs.getInt("good_rows"),
                rs.getInt("bad_rows"),
                rs.getObject("edition_id", UUID.class),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
