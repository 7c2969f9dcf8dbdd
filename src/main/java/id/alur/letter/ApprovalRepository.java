package id.alur.letter;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApprovalRepository {

    private final JdbcClient jdbc;

    ApprovalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a paraf or signature; a later pass of the same step (after a returned draft) replaces the earlier. */
    void record(long caseId, LetterKind kind, String officeCode, Approval a) {
        jdbc.sql("""
                        insert into letter_approval (case_id, kind, step, role, office_code, username, name,
                          position_code, position_title, rank, nip, delegation_kind, on_behalf_of, note, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (case_id, kind, step) do update set role = excluded.role,
                          username = excluded.username, name = excluded.name, position_code = excluded.position_code,
                          position_title = excluded.position_title, rank = excluded.rank, nip = excluded.nip,
                          delegation_kind = excluded.delegation_kind, on_behalf_of = excluded.on_behalf_of,
                          note = excluded.note, recorded_at = excluded.recorded_at
                        where letter_approval.recorded_at <= excluded.recorded_at""")
                .params(
                        caseId,
                        kind.name(),
                        a.step(),
                        a.role().name(),
                        officeCode,
                        a.username(),
                        a.name(),
                        a.positionCode(),
                        a.positionTitle(),
                        a.rank(),
                        a.nip(),
                        a.delegationKind(),
                        a.onBehalfOf(),
                        a.note(),
                        Timestamp.from(a.recordedAt()))
                .update();
    }

    List<Approval> forLetter(long caseId, LetterKind kind) {
        return jdbc.sql("""
                        select step, role, username, name, position_code, position_title, rank, nip, delegation_kind,
                          on_behalf_of, note, recorded_at
                        from letter_approval where case_id = ? and kind = ? order by step""")
                .params(caseId, kind.name())
                .query((rs, row) -> new Approval(
                        rs.getInt("step"),
                        Approval.Role.valueOf(rs.getString("role")),
                        rs.getString("username"),
                        rs.getString("name"),
                        rs.getString("position_code"),
                        rs.getString("position_title"),
                        rs.getString("rank"),
                        rs.getString("nip"),
                        rs.getString("delegation_kind"),
                        rs.getString("on_behalf_of"),
                        rs.getString("note"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }
}
