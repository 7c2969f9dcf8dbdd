package id.alur.registry;

import id.alur.platform.AuditEvent;
import id.alur.platform.AuditTrail;
import id.alur.platform.InputProblem;
import id.alur.platform.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Deletes an office's old editions once its retention has passed (issue 16, privacy): an edition that a newer one has
 * replaced is kept for the office's retention days after the newer one's import, then deleted with its rows. The
 * newest edition always stays: it serves the intake. Each deletion is on the audit trail.
 */
@Service
class RegistryRetention {

    /** Without a setting of its own an office keeps a replaced edition this long. */
    static final int DEFAULT_DAYS = 90;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    RegistryRetention(JdbcClient jdbc, AuditTrail audit, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    int daysOf(String officeCode) {
        return jdbc.sql("SELECT retention_days FROM registry_office_setting WHERE office_code = ?")
                .param(officeCode)
                .query(Integer.class)
                .optional()
                .orElse(DEFAULT_DAYS);
    }

    /** @throws InvalidInputException when the days are not 1 to 3650 */
    void setDays(String officeCode, @Nullable Integer days) {
        if (days == null || days < 1 || days > 3650) {
            throw new InvalidInputException(List.of(InputProblem.ofField("retentionDays", "registry.retention.range")));
        }
        jdbc.sql("""
                INSERT INTO registry_office_setting (office_code, retention_days) VALUES (?, ?)
                ON CONFLICT (office_code) DO UPDATE SET retention_days = excluded.retention_days
                """).params(officeCode, days).update();
    }

    @Scheduled(
            initialDelayString = "${alur.registry.retention-initial-delay:PT5M}",
            fixedDelayString = "${alur.registry.retention-delay:PT6H}")
    // deleting editions of a million rows each takes minutes; against a 6-hour delay a killed node's half hour is
    // nothing (docs/production.md "Scheduled jobs")
    @SchedulerLock(name = "registry-retention", lockAtMostFor = "PT30M")
    void sweep() {
        deleteExpired(clock.instant());
    }

    /**
     * Deletes every edition replaced by a newer one of its office more than the office's retention before {@code now}.
     *
     * @return the editions deleted
     */
    int deleteExpired(Instant now) {
        record Expired(UUID id, String officeCode, String sourceName) {}
        var expired = jdbc.sql("""
                SELECT e.id, e.office_code, e.source_name FROM registry_edition e
                LEFT JOIN registry_office_setting s ON s.office_code = e.office_code
                WHERE EXISTS (SELECT 1 FROM registry_edition n
                              WHERE n.office_code = e.office_code AND n.imported_at > e.imported_at
                                AND n.imported_at < CAST(? AS timestamptz)
                                    - make_interval(days => coalesce(s.retention_days, CAST(? AS integer))))
                """)
                .params(java.sql.Timestamp.from(now), DEFAULT_DAYS)
                .query((rs, n) -> new Expired(
                        rs.getObject("id", UUID.class), rs.getString("office_code"), rs.getString("source_name")))
                .list();
        for (var edition : expired) {
            jdbc.sql("DELETE FROM registry_edition WHERE id = ?")
                    .param(edition.id())
                    .update();
            audit.recordAlone(AuditEvent.of("registry.edition-deleted")
                    .about("registry-edition", edition.id())
                    .inOffice(edition.officeCode())
                    .by("system")
                    .detail(edition.sourceName() + ", retention " + Duration.ofDays(daysOf(edition.officeCode()))));
        }
        return expired.size();
    }
}
