package id.alur.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the casework tables (V6_x) into the views the module shows: a whole permohonan with its household, papers,
 * scans, notes and hand-over, the heads of several for lists, a stored scan with its bytes, and the ids found by
 * tracking number, NIK or workflow case. Writes are {@link PermohonanRepository}'s.
 */
@Repository
class PermohonanViews {

    private final JdbcClient jdbc;

    PermohonanViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PermohonanId> findIdByTracking(String trackingNumber, String nikLast4) {
        return jdbc.sql("select id from permohonan where tracking_number = ? and right(nik, 4) = ?")
                .params(trackingNumber, nikLast4)
                .query(Long.class)
                .optional()
                .map(PermohonanId::new);
    }

    /** The permohonan with this tracking number, whatever its office (the audit page's subject filter). */
    Optional<PermohonanId> findIdByTracking(String trackingNumber) {
        return jdbc.sql("select id from permohonan where tracking_number = ?")
                .param(trackingNumber)
                .query(Long.class)
                .optional()
                .map(PermohonanId::new);
    }

    /**
     * Every permohonan the person with this NIK appears in, as applicant or household member, whatever its office,
     * oldest first (the audit page's subject filter, the data subject's access).
     */
    List<PermohonanId> idsWithPerson(String nik) {
        return jdbc.sql("""
                        select id from permohonan where nik = :nik
                        union
                        select permohonan_id from permohonan_household_member where nik = :nik
                        order by 1""").param("nik", nik).query(Long.class).list().stream()
                .map(PermohonanId::new)
                .toList();
    }

    /** The applicant's contact, when they consented to messages at intake. */
    Optional<ApplicantContact> consentedContact(PermohonanId id) {
        return jdbc.sql("select email, phone from permohonan where id = ? and notify_consent")
                .param(id.value())
                .query((rs, row) -> new ApplicantContact(rs.getString("email"), rs.getString("phone")))
                .optional();
    }

    Optional<PermohonanId> findIdByWorkflowCase(long workflowCaseId) {
        return jdbc.sql("select id from permohonan where workflow_case_id = ?")
                .param(workflowCaseId)
                .query(Long.class)
                .optional()
                .map(PermohonanId::new);
    }

    Optional<PermohonanView> find(PermohonanId id) {
        Optional<PermohonanView> head = jdbc.sql("select * from permohonan where id = ?")
                .param(id.value())
                .query((rs, n) -> head(rs))
                .optional();
        return head.map(p -> new PermohonanView(
                p.id(),
                p.trackingNumber(),
                p.officeCode(),
                p.sopCode(),
                p.applicant(),
                householdMembers(id),
                checklist(id),
                p.workflowCaseId(),
                p.status(),
                p.submittedAt(),
                p.sopName(),
                p.incomplete(),
                p.submittedBy(),
                documents(id),
                notes(id),
                handover(id)));
    }

    /** The heads of several permohonan (no household, papers or notes): for inbox rows. */
    Map<PermohonanId, PermohonanView> heads(Collection<PermohonanId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select * from permohonan where id = any(?)")
                .param(ids.stream().mapToLong(PermohonanId::value).boxed().toArray(Long[]::new))
                .query((rs, n) -> head(rs))
                .list()
                .stream()
                .collect(Collectors.toMap(PermohonanView::id, Function.identity()));
    }

    Optional<StoredDocument> document(DocumentId id) {
        return jdbc.sql("""
                        select d.*, c.content from permohonan_document d
                        join permohonan_document_content c on c.document_id = d.id
                        where d.id = ?
                        """)
                .param(id.value())
                .query((rs, n) -> new StoredDocument(
                        new PermohonanId(rs.getLong("permohonan_id")),
                        rs.getString("office_code"),
                        document(rs),
                        rs.getBytes("content")))
                .optional();
    }

    record StoredDocument(PermohonanId permohonanId, String officeCode, DocumentView view, byte[] content) {}

    private List<HouseholdMemberView> householdMembers(PermohonanId id) {
        return jdbc.sql("select * from permohonan_household_member where permohonan_id = ? order by position")
                .param(id.value())
                .query((rs, n) -> new HouseholdMemberView(
                        rs.getString("nik"), rs.getString("name"), Relationship.valueOf(rs.getString("relationship"))))
                .list();
    }

    private List<ChecklistItemView> checklist(PermohonanId id) {
        return jdbc.sql("select * from permohonan_checklist_item where permohonan_id = ? order by position")
                .param(id.value())
                .query((rs, n) -> {
                    long document = rs.getLong("document_id");
                    DocumentId documentId = rs.wasNull() ? null : new DocumentId(document);
                    return new ChecklistItemView(
                            rs.getInt("position"),
                            rs.getString("requirement"),
                            rs.getBoolean("present"),
                            documentId,
                            rs.getBoolean("satisfied_by_registry"));
                })
                .list();
    }

    private List<DocumentView> documents(PermohonanId id) {
        return jdbc.sql("select * from permohonan_document where permohonan_id = ? order by id")
                .param(id.value())
                .query((rs, n) -> document(rs))
                .list();
    }

    private List<NoteView> notes(PermohonanId id) {
        return jdbc.sql("select * from permohonan_note where permohonan_id = ? order by written_at, id")
                .param(id.value())
                .query((rs, n) -> new NoteView(
                        rs.getLong("id"),
                        rs.getString("body"),
                        rs.getString("author"),
                        rs.getString("author_name"),
                        rs.getString("position_code"),
                        instant(rs, "written_at")))
                .list();
    }

    private Optional<HandoverView> handover(PermohonanId id) {
        return jdbc.sql("select * from permohonan_handover where permohonan_id = ?")
                .param(id.value())
                .query((rs, n) -> new HandoverView(
                        rs.getString("received_by"),
                        IdentityKind.valueOf(rs.getString("id_kind")),
                        rs.getString("id_number"),
                        instant(rs, "received_at"),
                        rs.getString("recorded_by"),
                        instant(rs, "recorded_at")))
                .optional();
    }

    private static DocumentView document(ResultSet rs) throws SQLException {
        int step = rs.getInt("step_number");
        Integer stepNumber = rs.wasNull() ? null : step;
        return new DocumentView(
                new DocumentId(rs.getLong("id")),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                stepNumber,
                instant(rs, "uploaded_at"),
                rs.getString("uploaded_by"));
    }

    private static PermohonanView head(ResultSet rs) throws SQLException {
        long caseId = rs.getLong("workflow_case_id");
        Long workflowCaseId = rs.wasNull() ? null : caseId;
        var applicant = new ApplicantView(
                rs.getString("nik"),
                rs.getString("applicant_name"),
                rs.getObject("birth_date", LocalDate.class),
                Sex.valueOf(rs.getString("sex")),
                rs.getString("address"),
                rs.getString("village_code"),
                rs.getString("village_name"),
                rs.getString("phone"),
                rs.getString("family_card_number"),
                rs.getString("email"),
                rs.getBoolean("notify_consent"));
        return new PermohonanView(
                new PermohonanId(rs.getLong("id")),
                rs.getString("tracking_number"),
                rs.getString("office_code"),
                rs.getString("sop_code"),
                applicant,
                List.of(),
                List.of(),
                workflowCaseId,
                PermohonanStatus.valueOf(rs.getString("status")),
                instant(rs, "submitted_at"),
                rs.getString("sop_name"),
                rs.getBoolean("incomplete"),
                rs.getString("submitted_by"),
                List.of(),
                List.of(),
                Optional.empty());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
