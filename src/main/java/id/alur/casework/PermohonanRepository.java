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
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The casework tables (V6_x). Every write runs inside the caller's transaction. */
@Repository
class PermohonanRepository {

    private final JdbcClient jdbc;

    PermohonanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NewPermohonan(
            String officeCode,
            String sopCode,
            String sopName,
            String nik,
            String name,
            LocalDate birthDate,
            Sex sex,
            String familyCardNumber,
            String address,
            String villageCode,
            String villageName,
            String phone,
            @Nullable String email,
            boolean notifyConsent,
            boolean incomplete,
            Instant submittedAt,
            String submittedBy) {}

    /** Inserts the permohonan under this tracking number, or returns empty when the number is already taken. */
    Optional<PermohonanId> insert(NewPermohonan p, TrackingNumber trackingNumber) {
        return jdbc.sql("""
                        insert into permohonan (tracking_number, office_code, sop_code, sop_name, nik, applicant_name,
                            birth_date, sex, family_card_number, address, village_code, village_name, phone, email,
                            notify_consent, incomplete, submitted_at, submitted_by)
                        values (:tracking, :office, :sop, :sopName, :nik, :name, :birthDate, :sex, :kk, :address,
                            :villageCode, :villageName, :phone, :email, :notifyConsent, :incomplete, :submittedAt,
                            :submittedBy)
                        on conflict (tracking_number) do nothing
                        returning id
                        """)
                .param("tracking", trackingNumber.value())
                .param("office", p.officeCode())
                .param("sop", p.sopCode())
                .param("sopName", p.sopName())
                .param("nik", p.nik())
                .param("name", p.name())
                .param("birthDate", p.birthDate())
                .param("sex", p.sex().name())
                .param("kk", p.familyCardNumber())
                .param("address", p.address())
                .param("villageCode", p.villageCode())
                .param("villageName", p.villageName())
                .param("phone", p.phone())
                .param("email", p.email())
                .param("notifyConsent", p.notifyConsent())
                .param("incomplete", p.incomplete())
                .param("submittedAt", Timestamp.from(p.submittedAt()))
                .param("submittedBy", p.submittedBy())
                .query(Long.class)
                .optional()
                .map(PermohonanId::new);
    }

    void insertHouseholdMember(PermohonanId id, int position, String nik, String name, Relationship relationship) {
        jdbc.sql("""
                        insert into permohonan_household_member (permohonan_id, position, nik, name, relationship)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(id.value(), position, nik, name, relationship.name())
                .update();
    }

    void insertChecklistItem(
            PermohonanId id,
            int position,
            String requirement,
            boolean present,
            DocumentId document,
            boolean satisfiedByRegistry) {
        jdbc.sql("""
                        insert into permohonan_checklist_item (permohonan_id, position, requirement, present, document_id,
                            satisfied_by_registry)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id.value(),
                        position,
                        requirement,
                        present,
                        document == null ? null : document.value(),
                        satisfiedByRegistry)
                .update();
    }

    /** Marks a paper present with its scan, when it was brought later. */
    int updateChecklistItem(PermohonanId id, int position, DocumentId document) {
        return jdbc.sql("""
                        update permohonan_checklist_item set present = true, document_id = coalesce(?, document_id)
                        where permohonan_id = ? and position = ?
                        """)
                .params(document == null ? null : document.value(), id.value(), position)
                .update();
    }

    DocumentId insertDocument(
            PermohonanId id,
            String officeCode,
            String fileName,
            DocumentContent.Checked checked,
            byte[] content,
            Integer stepNumber,
            Instant uploadedAt,
            String uploadedBy) {
        long documentId = jdbc.sql("""
                        insert into permohonan_document (permohonan_id, office_code, file_name, content_type, size_bytes,
                            sha256, step_number, uploaded_at, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        returning id
                        """)
                .params(
                        id.value(),
                        officeCode,
                        fileName,
                        checked.kind().contentType,
                        checked.size(),
                        checked.sha256(),
                        stepNumber,
                        Timestamp.from(uploadedAt),
                        uploadedBy)
                .query(Long.class)
                .single();
        jdbc.sql("insert into permohonan_document_content (document_id, content) values (?, ?)")
                .params(documentId, content)
                .update();
        return new DocumentId(documentId);
    }

    void setWorkflowCase(PermohonanId id, long workflowCaseId) {
        jdbc.sql("update permohonan set workflow_case_id = ?, version = version + 1 where id = ?")
                .params(workflowCaseId, id.value())
                .update();
    }

    /** Closes an open permohonan; a second close is a no-op. */
    int close(PermohonanId id, PermohonanStatus status, Instant at) {
        return jdbc.sql("""
                        update permohonan set status = ?, closed_at = ?, version = version + 1
                        where id = ? and status = 'OPEN'
                        """)
                .params(status.name(), Timestamp.from(at), id.value())
                .update();
    }

    void insertNote(
            PermohonanId id, String body, String author, String authorName, String positionCode, Instant writtenAt) {
        jdbc.sql("""
                        insert into permohonan_note (permohonan_id, body, author, author_name, position_code, written_at)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(id.value(), body, author, authorName, positionCode, Timestamp.from(writtenAt))
                .update();
    }

    /** Records the hand-over; false when one is recorded already. */
    boolean insertHandover(PermohonanId id, HandoverView handover) {
        return jdbc.sql("""
                        insert into permohonan_handover (permohonan_id, received_by, id_kind, id_number, received_at,
                            recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (permohonan_id) do nothing
                        """)
                        .params(
                                id.value(),
                                handover.receivedBy(),
                                handover.idKind().name(),
                                handover.idNumber(),
                                Timestamp.from(handover.receivedAt()),
                                handover.recordedBy(),
                                Timestamp.from(handover.recordedAt()))
                        .update()
                == 1;
    }

    Optional<String> openTrackingNumber(String officeCode, String sopCode, String nik) {
        return jdbc.sql("""
                        select tracking_number from permohonan
                        where office_code = ? and sop_code = ? and nik = ? and status = 'OPEN'
                        order by submitted_at desc limit 1
                        """)
                .params(officeCode, sopCode, nik)
                .query(String.class)
                .optional();
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

    IncompletePapersRule papersRule(String officeCode, String sopCode) {
        return jdbc.sql("select rule from casework_papers_rule where office_code = ? and sop_code = ?")
                .params(officeCode, sopCode)
                .query(String.class)
                .optional()
                .map(IncompletePapersRule::valueOf)
                .orElse(IncompletePapersRule.OFFICER_DECIDES);
    }

    void setPapersRule(String officeCode, String sopCode, IncompletePapersRule rule) {
        jdbc.sql("""
                        insert into casework_papers_rule (office_code, sop_code, rule) values (?, ?, ?)
                        on conflict (office_code, sop_code) do update set rule = excluded.rule
                        """).params(officeCode, sopCode, rule.name()).update();
    }
}
