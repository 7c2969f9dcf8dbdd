package id.alur.letter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.MappedQuerySpec;
import org.springframework.stereotype.Repository;

@Repository
class LetterRepository {

    private static final String COLUMNS = """
            id, office_code, sop_code, kind, case_id, year, sequence, number, issued_on, issued_at, zone,
            office_name, subject, addressee, applicant_name, applicant_initials, signer_name, signer_title,
            signer_capacity, verification_code, pdf_sha256, revoked_at, revoked_by, revoked_reason, version""";

    private final JdbcClient jdbc;

    LetterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A letter as stored, without its PDF bytes. */
    record StoredLetter(
            LetterView view, int year, int sequence, ZoneId zone, String officeName, String initials, int version) {

        LetterVerification verification() {
            return new LetterVerification(
                    view.number(),
                    view.issuedOn(),
                    officeName,
                    view.kind(),
                    view.signerName(),
                    view.signerTitle(),
                    view.pdfSha256(),
                    initials,
                    view.revokedAt() == null ? null : LocalDate.ofInstant(view.revokedAt(), zone),
                    view.revokedReason());
        }
    }

    /** Everything stored when a letter is issued. */
    record NewLetter(
            String officeCode,
            String sopCode,
            LetterKind kind,
            long caseId,
            String subjectRef,
            int year,
            int sequence,
            String number,
            Instant issuedAt,
            LocalDate issuedOn,
            ZoneId zone,
            String officeName,
            String subject,
            String addressee,
            String applicantName,
            String applicantInitials,
            String signerUsername,
            LetterDocument.Signer signer,
            String verificationCode,
            LetterDocument document) {}

    long insert(NewLetter l) {
        return jdbc.sql("""
                        insert into letter (office_code, sop_code, kind, case_id, subject_ref, year, sequence, number,
                          issued_at, issued_on, zone, office_name, subject, addressee, applicant_name,
                          applicant_initials, signer_username, signer_name, signer_title, signer_capacity, signer_rank,
                          signer_nip, verification_code, document)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
                        returning id""")
                .params(
                        l.officeCode(),
                        l.sopCode(),
                        l.kind().name(),
                        l.caseId(),
                        l.subjectRef(),
                        l.year(),
                        l.sequence(),
                        l.number(),
                        Timestamp.from(l.issuedAt()),
                        l.issuedOn(),
                        l.zone().getId(),
                        l.officeName(),
                        l.subject(),
                        l.addressee(),
                        l.applicantName(),
                        l.applicantInitials(),
                        l.signerUsername(),
                        l.signer().name(),
                        l.signer().title(),
                        l.signer().capacity(),
                        l.signer().rank(),
                        l.signer().nip(),
                        l.verificationCode(),
                        l.document().toJson())
                .query(Long.class)
                .single();
    }

    Optional<StoredLetter> find(long id) {
        return letters("id = ?", id).optional();
    }

    Optional<StoredLetter> findByCode(String verificationCode) {
        return letters("verification_code = ?", verificationCode).optional();
    }

    Optional<StoredLetter> findByCase(long caseId, LetterKind kind) {
        return letters("case_id = ? and kind = ?", caseId, kind.name()).optional();
    }

    /**
     * How many letters of the kind the office issued for the SOP, revoked ones included; for the SOP code {@code *}
     * (the office's Tanda Terima for every SOP) those of every SOP.
     */
    long countIssued(String officeCode, String sopCode, LetterKind kind) {
        return jdbc.sql("""
                        select count(*) from letter
                         where office_code = :office and kind = :kind and (:sop = '*' or sop_code = :sop)
                        """)
                .param("office", officeCode)
                .param("kind", kind.name())
                .param("sop", sopCode)
                .query(Long.class)
                .single();
    }

    /** The numbers of the letters issued on these cases, each case's in issue order (index of {@code UNIQUE (case_id, kind)}). */
    Map<Long, List<String>> numbersByCase(Collection<Long> caseIds) {
        var numbers = new LinkedHashMap<Long, List<String>>();
        if (caseIds.isEmpty()) {
            return numbers;
        }
        List<Long> ids = List.copyOf(caseIds);
        // in slices, so that a long ledger never sends more bind parameters than a statement may hold
        for (int start = 0; start < ids.size(); start += 1000) {
            jdbc.sql("select case_id, number from letter where case_id in (:cases) order by case_id, issued_at, id")
                    .param("cases", ids.subList(start, Math.min(ids.size(), start + 1000)))
                    .query((rs, n) -> Map.entry(rs.getLong("case_id"), rs.getString("number")))
                    .list()
                    .forEach(e -> numbers.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                            .add(e.getValue()));
        }
        return numbers;
    }

    List<StoredLetter> forCase(long caseId) {
        return letters("case_id = ? order by issued_at, id", caseId).list();
    }

    /** The letters {@code where} (with its order, if any) selects, without their PDF bytes. */
    private MappedQuerySpec<StoredLetter> letters(String where, Object... parameters) {
        return jdbc.sql("select " + COLUMNS + " from letter where " + where)
                .params(parameters)
                .query(LetterRepository::map);
    }

    /** One stored PDF of the letter; empty when there is no such letter or its PDFs are not stored yet. */
    Optional<byte[]> pdf(long id, boolean officeCopy) {
        String column = officeCopy ? "office_copy_pdf" : "pdf";
        return jdbc.sql("select " + column + " from letter where id = ? and " + column + " is not null")
                .param(id)
                .query((rs, row) -> rs.getBytes(1))
                .optional();
    }

    /**
     * Stores the rendered PDFs of a letter unless some are stored already (a concurrent render got there first: its
     * PDFs stay, since their hash may have been shown); true when these were stored.
     */
    boolean storePdfs(long id, RenderedLetter pdfs, String pdfSha256) {
        return jdbc.sql("update letter set pdf = ?, pdf_sha256 = ?, office_copy_pdf = ? where id = ? and pdf is null")
                        .params(pdfs.issued(), pdfSha256, pdfs.officeCopy(), id)
                        .update()
                == 1;
    }

    /** Letters still without PDFs that were stored longer ago than {@code grace}, oldest first. */
    List<Long> pendingPdfs(Duration grace, int limit) {
        return jdbc.sql("""
                        select id from letter
                        where pdf is null and stored_at < now() - make_interval(secs => ?)
                        order by stored_at limit ?""")
                .params(grace.toMillis() / 1000.0, limit)
                .query(Long.class)
                .list();
    }

    /**
     * The snapshot the letter was rendered from; empty when there is no such letter or it was issued before snapshots
     * were stored (V7_1).
     */
    Optional<LetterDocument> document(long id) {
        return jdbc.sql("select document::text from letter where id = ? and document is not null")
                .param(id)
                .query((rs, row) -> LetterDocument.fromJson(rs.getString(1)))
                .optional();
    }

    /** The letters of an office issued in the period (office calendar), optionally of one kind, in issue order. */
    List<StoredLetter> register(String officeCode, RegisterPeriod period, LetterKind kind) {
        return jdbc.sql("select " + COLUMNS + """
                         from letter
                        where office_code = :office and issued_on between :from and :to
                          and (cast(:kind as text) is null or kind = :kind)
                        order by issued_at, kind, sequence""")
                .param("office", officeCode)
                .param("from", period.from())
                .param("to", period.to())
                .param("kind", kind == null ? null : kind.name())
                .query(LetterRepository::map)
                .list();
    }

    /** Marks a letter revoked; false when it changed since {@code version} was read. */
    boolean revoke(long id, int version, String reason, String by, Instant at) {
        return jdbc.sql("""
                        update letter set revoked_at = ?, revoked_by = ?, revoked_reason = ?, version = version + 1
                        where id = ? and version = ? and revoked_at is null""").params(Timestamp.from(at), by, reason, id, version).update() == 1;
    }

    private static StoredLetter map(ResultSet rs, int row) throws SQLException {
        Timestamp revokedAt = rs.getTimestamp("revoked_at");
        var view = new LetterView(
                new LetterId(rs.getLong("id")),
                rs.getString("office_code"),
                rs.getString("sop_code"),
                LetterKind.valueOf(rs.getString("kind")),
                rs.getLong("case_id"),
                rs.getString("number"),
                rs.getObject("issued_on", LocalDate.class),
                rs.getTimestamp("issued_at").toInstant(),
                rs.getString("subject"),
                rs.getString("addressee"),
                rs.getString("applicant_name"),
                rs.getString("signer_name"),
                rs.getString("signer_title"),
                rs.getString("signer_capacity"),
                rs.getString("verification_code"),
                rs.getString("pdf_sha256"),
                revokedAt == null ? null : revokedAt.toInstant(),
                rs.getString("revoked_by"),
                rs.getString("revoked_reason"));
        return new StoredLetter(
                view,
                rs.getInt("year"),
                rs.getInt("sequence"),
                ZoneId.of(rs.getString("zone")),
                rs.getString("office_name"),
                rs.getString("applicant_initials"),
                rs.getInt("version"));
    }
}
