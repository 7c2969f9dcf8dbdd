package id.alur.workflow;

import static id.alur.workflow.SqlValues.instant;
import static id.alur.workflow.SqlValues.ts;

import id.alur.platform.InputProblem;
import id.alur.platform.InvalidInputException;
import id.alur.sop.Activity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SOP monitoring's findings ({@code workflow_finding}, V5_71): recorded against an activity of a case's version. */
@Repository
class Findings {

    /** The longest text of a finding. */
    static final int MAX_BODY = 2000;

    private final JdbcClient jdbc;
    private final SopVersions versions;

    Findings(JdbcClient jdbc, SopVersions versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    Finding record(
            CaseView caseView,
            @Nullable Integer activityNumber,
            @Nullable FindingKind kind,
            @Nullable String body,
            Acting acting,
            Instant now) {
        List<InputProblem> problems = new ArrayList<>();
        Activity activity = activityNumber == null
                ? null
                : versions.get(caseView.sopVersionId()).view().sop().activities().stream()
                        .filter(a -> a.number() == activityNumber)
                        .findFirst()
                        .orElse(null);
        if (activity == null) {
            problems.add(InputProblem.ofField("langkah", "workflow.finding.activity"));
        }
        if (kind == null) {
            problems.add(InputProblem.ofField("jenis", "workflow.finding.kind"));
        }
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            problems.add(InputProblem.ofField("uraian", "workflow.finding.body"));
        } else if (text.length() > MAX_BODY) {
            problems.add(InputProblem.ofField("uraian", "workflow.finding.bodyTooLong", MAX_BODY));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = jdbc.sql("""
                        insert into workflow_finding (case_id, office_code, sop_version_id, activity_number,
                               activity_name, kind, body, recorded_at, recorded_by, recorded_by_name, position_code)
                        values (:case, :office, :version, :activity, :name, :kind, :body, :at, :by, :byName, :position)
                        returning id
                        """)
                .param("case", caseView.id().value())
                .param("office", caseView.officeCode())
                .param("version", caseView.sopVersionId())
                .param("activity", activity.number())
                .param("name", activity.description())
                .param("kind", kind.name())
                .param("body", text)
                .param("at", ts(now))
                .param("by", acting.username())
                .param("byName", acting.displayName())
                .param("position", acting.positionCode())
                .query(Long.class)
                .single();
        return new Finding(
                id,
                caseView.id(),
                caseView.sopVersionId(),
                activity.number(),
                activity.description(),
                kind,
                text,
                now,
                acting.username(),
                acting.displayName(),
                acting.positionCode());
    }

    List<Finding> ofCase(CaseId caseId) {
        return jdbc.sql("select * from workflow_finding where case_id = :case order by id")
                .param("case", caseId.value())
                .query(Findings::row)
                .list();
    }

    List<Finding> ofVersion(String officeCode, long sopVersionId, Instant from, Instant to) {
        return jdbc.sql("""
                        select * from workflow_finding
                         where office_code = :office and sop_version_id = :version
                           and recorded_at >= :from and recorded_at < :to
                         order by activity_number, recorded_at, id
                        """)
                .param("office", officeCode)
                .param("version", sopVersionId)
                .param("from", ts(from))
                .param("to", ts(to))
                .query(Findings::row)
                .list();
    }

    private static Finding row(ResultSet rs, int n) throws SQLException {
        return new Finding(
                rs.getLong("id"),
                new CaseId(rs.getLong("case_id")),
                rs.getLong("sop_version_id"),
                rs.getInt("activity_number"),
                rs.getString("activity_name"),
                FindingKind.valueOf(rs.getString("kind")),
                rs.getString("body"),
                instant(rs, "recorded_at"),
                rs.getString("recorded_by"),
                rs.getString("recorded_by_name"),
                rs.getString("position_code"));
    }
}
