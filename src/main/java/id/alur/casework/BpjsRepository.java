package id.alur.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The BPJS exchange's tables (V6_200): the office's layout, the batches with their cases, the answer files. */
@Repository
class BpjsRepository {

    /** A case waiting at the outside party's step, not in an open batch. */
    record Waiting(PermohonanId permohonan, long stepId, String trackingNumber, String applicantName, Instant since) {}

    /**
     * A batch with its counts: its cases (applications), its rows (persons proposed), and of the rows those still open,
     * the answers applied, and those closed another way (the result recorded on the case page, the case stopped).
     */
    record Batch(
            long id,
            String officeCode,
            int number,
            String lane,
            BpjsFormat format,
            String columns,
            @Nullable String faskes,
            String createdBy,
            Instant createdAt,
            int cases,
            int persons,
            int open,
            int active,
            int refused,
            int closedElsewhere) {

        BpjsLayout layout(BpjsLayout current) {
            return new BpjsLayout(
                    BpjsLayout.parseColumns(columns),
                    faskes,
                    current.answerNik(),
                    current.answerKis(),
                    current.answerStatus(),
                    current.answerReason());
        }
    }

    /** One row of a batch, a person of a case (0 the applicant, n the n-th household member), in the file's order. */
    record BatchCase(
            PermohonanId permohonan,
            long stepId,
            int person,
            int position,
            String nik,
            boolean open,
            @Nullable String answer,
            @Nullable String kisNumber,
            @Nullable String reason) {

        /** The message key of the row's state on the batch page (public for the template); its argument: {@link #shownArgument()}. */
        public String shownKey() {
            if (open) {
                return "casework.bpjs.case.open";
            }
            return switch (String.valueOf(answer)) {
                case "AKTIF" -> "casework.bpjs.case.active";
                case "DITOLAK" -> "casework.bpjs.case.refused";
                case BpjsRowClosing.RECORDED ->
                    kisNumber == null ? "casework.bpjs.case.recordedNoReference" : "casework.bpjs.case.recorded";
                default -> reason == null ? "casework.bpjs.case.stoppedNoReason" : "casework.bpjs.case.stopped";
            };
        }

        @Nullable
        public String shownArgument() {
            return "DITOLAK".equals(answer) || BpjsRowClosing.STOPPED.equals(answer) ? reason : kisNumber;
        }
    }

    /** An uploaded answer file; {@code content} is empty in lists. */
    record Answer(
            long id,
            long batchId,
            String fileName,
            byte[] content,
            String sha256,
            String uploadedBy,
            Instant uploadedAt,
            @Nullable String appliedBy,
            @Nullable Instant appliedAt) {}

    private final JdbcClient jdbc;

    BpjsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<BpjsLayout> layout(String officeCode) {
        return jdbc.sql("select * from bpjs_layout where office_code = ?")
                .param(officeCode)
                .query((rs, n) -> new BpjsLayout(
                        BpjsLayout.parseColumns(rs.getString("columns")),
                        rs.getString("faskes"),
                        rs.getString("answer_nik"),
                        rs.getString("answer_kis"),
                        rs.getString("answer_status"),
                        rs.getString("answer_reason")))
                .optional();
    }

    void saveLayout(String officeCode, BpjsLayout layout, String by, Instant at) {
        jdbc.sql("""
                        insert into bpjs_layout (office_code, columns, faskes, answer_nik, answer_kis, answer_status,
                            answer_reason, updated_by, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (office_code) do update set columns = excluded.columns, faskes = excluded.faskes,
                            answer_nik = excluded.answer_nik, answer_kis = excluded.answer_kis,
                            answer_status = excluded.answer_status, answer_reason = excluded.answer_reason,
                            updated_by = excluded.updated_by, updated_at = excluded.updated_at
                        """)
                .params(
                        officeCode,
                        layout.columnsText(),
                        layout.faskes(),
                        layout.answerNik(),
                        layout.answerKis(),
                        layout.answerStatus(),
                        layout.answerReason(),
                        by,
                        Timestamp.from(at))
                .update();
    }

    /** The cases of the office's services waiting at the lane's step and in no open batch, oldest first. */
    List<Waiting> waiting(String officeCode, String lane, List<String> sopCodes, int limit) {
        if (sopCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select p.id, w.step_id, p.tracking_number, p.applicant_name, w.step_started_at
                          from workflow_case_overview w join permohonan p on p.workflow_case_id = w.case_id
                         where w.office_code = :office and w.state = 'AWAITING_OUTSIDE_PARTY' and w.ended_at is null
                           and w.position_code = :lane and p.sop_code in (:sops)
                           and not exists (select 1 from bpjs_batch_case b where b.permohonan_id = p.id and b.open)
                         order by w.step_started_at, p.id
                         limit :limit
                        """)
                .param("office", officeCode)
                .param("lane", lane)
                .param("sops", sopCodes)
                .param("limit", limit)
                .query((rs, n) -> new Waiting(
                        new PermohonanId(rs.getLong("id")),
                        rs.getLong("step_id"),
                        rs.getString("tracking_number"),
                        rs.getString("applicant_name"),
                        rs.getTimestamp("step_started_at").toInstant()))
                .list();
    }

    /** The open batch a permohonan was sent in, if any: its id, number and when it was made. */
    record OpenBatch(long id, int number, Instant createdAt) {}

    Optional<OpenBatch> openBatchOf(PermohonanId permohonan) {
        return jdbc.sql("""
                        select b.id, b.number, b.created_at
                          from bpjs_batch_case c join bpjs_batch b on b.id = c.batch_id
                         where c.permohonan_id = ? and c.open
                         limit 1
                        """)
                .param(permohonan.value())
                .query((rs, n) -> new OpenBatch(
                        rs.getLong("id"),
                        rs.getInt("number"),
                        rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    /** Numbers a new batch of the office: one at a time per office, in the creating transaction. */
    int nextNumber(String officeCode) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('bpjs-batch:' || ?))")
                .param(officeCode)
                .query((rs, n) -> 1)
                .list();
        return jdbc.sql("select coalesce(max(number), 0) + 1 from bpjs_batch where office_code = ?")
                .param(officeCode)
                .query(Integer.class)
                .single();
    }

    long insertBatch(
            String officeCode, int number, String lane, BpjsFormat format, BpjsLayout layout, String by, Instant at) {
        return jdbc.sql("""
                        insert into bpjs_batch (office_code, number, lane, format, columns, faskes, created_by,
                            created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        returning id
                        """)
                .params(
                        officeCode,
                        number,
                        lane,
                        format.name(),
                        layout.columnsText(),
                        layout.faskes(),
                        by,
                        Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    void insertBatchCase(long batchId, PermohonanId permohonan, long stepId, int person, int position, String nik) {
        jdbc.sql("""
                        insert into bpjs_batch_case (batch_id, permohonan_id, step_id, person, position, nik)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(batchId, permohonan.value(), stepId, person, position, nik)
                .update();
    }

    private static final String BATCH = """
            select b.*, (select count(distinct c.permohonan_id) from bpjs_batch_case c where c.batch_id = b.id) as cases,
                   (select count(*) from bpjs_batch_case c where c.batch_id = b.id) as persons,
                   (select count(*) from bpjs_batch_case c where c.batch_id = b.id and c.open) as open_cases,
                   (select count(*) from bpjs_batch_case c where c.batch_id = b.id and c.answer = 'AKTIF') as active,
                   (select count(*) from bpjs_batch_case c where c.batch_id = b.id and c.answer = 'DITOLAK') as refused,
                   (select count(*) from bpjs_batch_case c
                     where c.batch_id = b.id and c.answer in ('DICATAT', 'DIHENTIKAN')) as elsewhere
              from bpjs_batch b
            """;

    List<Batch> batches(String officeCode, int limit) {
        return jdbc.sql(BATCH + " where b.office_code = ? order by b.number desc limit ?")
                .params(officeCode, limit)
                .query((rs, n) -> batch(rs))
                .list();
    }

    Optional<Batch> batch(long id) {
        return jdbc.sql(BATCH + " where b.id = ?")
                .param(id)
                .query((rs, n) -> batch(rs))
                .optional();
    }

    private static Batch batch(ResultSet rs) throws SQLException {
        return new Batch(
                rs.getLong("id"),
                rs.getString("office_code"),
                rs.getInt("number"),
                rs.getString("lane"),
                BpjsFormat.valueOf(rs.getString("format")),
                rs.getString("columns"),
                rs.getString("faskes"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("cases"),
                rs.getInt("persons"),
                rs.getInt("open_cases"),
                rs.getInt("active"),
                rs.getInt("refused"),
                rs.getInt("elsewhere"));
    }

    List<BatchCase> batchCases(long batchId) {
        return jdbc.sql("select * from bpjs_batch_case where batch_id = ? order by position")
                .param(batchId)
                .query((rs, n) -> batchCase(rs))
                .list();
    }

    /** The rows of one case in the batch, its persons in the file's order. */
    List<BatchCase> caseRows(long batchId, PermohonanId permohonan) {
        return jdbc.sql("select * from bpjs_batch_case where batch_id = ? and permohonan_id = ? order by position")
                .params(batchId, permohonan.value())
                .query((rs, n) -> batchCase(rs))
                .list();
    }

    private static BatchCase batchCase(ResultSet rs) throws SQLException {
        return new BatchCase(
                new PermohonanId(rs.getLong("permohonan_id")),
                rs.getLong("step_id"),
                rs.getInt("person"),
                rs.getInt("position"),
                rs.getString("nik"),
                rs.getBoolean("open"),
                rs.getString("answer"),
                rs.getString("kis_number"),
                rs.getString("reason"));
    }

    /** Closes a person's open row with the answer; {@code false} when it was no longer open (answered meanwhile). */
    boolean answer(
            long batchId,
            PermohonanId permohonan,
            int person,
            String answer,
            @Nullable String kisNumber,
            @Nullable String reason,
            Instant at) {
        return jdbc.sql("""
                        update bpjs_batch_case set open = false, answer = ?, kis_number = ?, reason = ?,
                            answered_at = ?
                         where batch_id = ? and permohonan_id = ? and person = ? and open
                        """)
                        .params(answer, kisNumber, reason, Timestamp.from(at), batchId, permohonan.value(), person)
                        .update()
                == 1;
    }

    /**
     * Closes the permohonan's open row when its case left the BPJS step another way: {@code DICATAT} (the result was
     * typed in on the case page, {@code reference} what was typed in) only for the step the row was sent for,
     * {@code DIHENTIKAN} (the case was cancelled or withdrawn, {@code reason} why) whatever its step. Uses the open-row index.
     *
     * @param stepId the step that was done; {@code null} when the case was stopped
     */
    void closeElsewhere(
            PermohonanId permohonan,
            @Nullable Long stepId,
            String answer,
            @Nullable String reference,
            @Nullable String reason,
            Instant at) {
        jdbc.sql("""
                        update bpjs_batch_case set open = false, answer = ?, kis_number = ?, reason = ?, answered_at = ?
                         where permohonan_id = ? and open
                        """ + (stepId == null ? "" : " and step_id = ?"))
                .params(
                        stepId == null
                                ? new Object[] {answer, reference, reason, Timestamp.from(at), permohonan.value()}
                                : new Object[] {
                                    answer, reference, reason, Timestamp.from(at), permohonan.value(), stepId
                                })
                .update();
    }

    long insertAnswer(long batchId, String fileName, byte[] content, String sha256, String by, Instant at) {
        return jdbc.sql("""
                        insert into bpjs_answer (batch_id, file_name, content, sha256, uploaded_by, uploaded_at)
                        values (?, ?, ?, ?, ?, ?)
                        returning id
                        """)
                .params(batchId, fileName, content, sha256, by, Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    Optional<Answer> answerFile(long id) {
        return jdbc.sql("select * from bpjs_answer where id = ?")
                .param(id)
                .query((rs, n) -> answer(rs, rs.getBytes("content")))
                .optional();
    }

    List<Answer> answers(long batchId) {
        return jdbc.sql("""
                        select id, batch_id, file_name, sha256, uploaded_by, uploaded_at, applied_by, applied_at
                          from bpjs_answer where batch_id = ? order by id desc
                        """)
                .param(batchId)
                .query((rs, n) -> answer(rs, new byte[0]))
                .list();
    }

    private static Answer answer(ResultSet rs, byte[] content) throws SQLException {
        Timestamp applied = rs.getTimestamp("applied_at");
        return new Answer(
                rs.getLong("id"),
                rs.getLong("batch_id"),
                rs.getString("file_name"),
                content,
                rs.getString("sha256"),
                rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant(),
                rs.getString("applied_by"),
                applied == null ? null : applied.toInstant());
    }

    /** Marks the answer applied; {@code false} when it already was (two clicks, two officers). */
    boolean markApplied(long answerId, String by, Instant at) {
        return jdbc.sql("update bpjs_answer set applied_by = ?, applied_at = ? where id = ? and applied_at is null")
                        .params(by, Timestamp.from(at), answerId)
                        .update()
                == 1;
    }
}
