package id.alur.workflow;

import id.alur.sop.RunningCases;
import id.alur.sop.SopVersionId;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open cases of an office per SOP version, for the SOP section: a case runs on the version it started on until it
 * ends (finished, refused, withdrawn, cancelled: {@code ended_at} is set), whatever was published since. Read over
 * the partial index of V5_10, so it stays a small read at a million cases.
 */
@Component
class RunningCasesOfVersions implements RunningCases {

    private final JdbcClient jdbc;

    RunningCasesOfVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<SopVersionId, Long> byVersion(String officeCode) {
        Map<SopVersionId, Long> counts = new HashMap<>();
        jdbc.sql("""
                        select sop_version_id, count(*) as cases
                          from workflow_case
                         where office_code = :office and ended_at is null
                         group by sop_version_id""").param("office", officeCode).query(rs -> {
            counts.put(new SopVersionId(rs.getLong("sop_version_id")), rs.getLong("cases"));
        });
        return counts;
    }
}
