package id.alur.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the casework tables (V6_x): a permohonan at intake with its household, papers and scans, its workflow case,
 * its close, notes and the hand-over; the office's rule for incomplete papers; and the one look-up the intake check
 * needs (an open permohonan of the same NIK). Every write runs inside the caller's transaction. The views are read by
 * {@link PermohonanViews}.
 */
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
