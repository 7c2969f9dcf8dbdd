package id.alur.platform;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Probes on record (docs/security.md "Office isolation", issue 14 item 4): a request for a resource of another office,
 * or for an id that is nobody's, is answered 404 as if there were nothing, and the attempt is logged at WARN and put
 * on the audit trail as {@code access.cross-office}, outcome {@code NOT_FOUND}, about the object asked for, filed
 * under the office it belongs to. An id that is nobody's has no office; its record is read by the prober's office
 * administrators ({@link AuditQuery#inOffices}), so trying ids one after another leaves a record for each, whether they
 * hit another office's resource or none. One mechanism for every module (platform is the one they all may use): the
 * office module's {@code ResourceOfficeGuard}, casework's permohonan and scans, the SOP versions, registry imports.
 */
@Component
public class AccessProbes {

    private static final Logger log = LoggerFactory.getLogger(AccessProbes.class);

    private final AuditTrail audit;

    AccessProbes(AuditTrail audit) {
        this.audit = audit;
    }

    /**
     * Records a probe of one object; the request answers 404 and its transaction (if any) rolls back, hence a record
     * of its own.
     *
     * @param objectType the object's type on the trail ({@code permohonan}, {@code document}, {@code sop-version})
     * @param owner the office the object belongs to; {@code null} when there is no such object
     * @param detail what the record says besides ({@code asked from office X}, or what was asked for)
     */
    public void record(String objectType, Object objectId, @Nullable String owner, String detail) {
        warn(objectType + " " + objectId, owner);
        audit.recordAlone(AuditEvent.of("access.cross-office")
                .outcome(AuditOutcome.NOT_FOUND)
                .about(objectType, String.valueOf(objectId))
                .inOffice(owner)
                .detail(detail));
    }

    /**
     * Records a probe of what is named only in words ({@code "letter settings of office X"}: no one object); the
     * record's detail is those words.
     */
    public void record(String what, @Nullable String owner) {
        warn(what, owner);
        audit.recordAlone(AuditEvent.of("access.cross-office")
                .outcome(AuditOutcome.NOT_FOUND)
                .inOffice(owner)
                .detail(what));
    }

    private static void warn(String what, @Nullable String owner) {
        AlurUser user = AlurUser.current().orElse(null);
        log.warn(
                "Office isolation: {} (office {}) asked for {} of office {}; answered 404",
                user == null ? "anonymous" : user.username(),
                user == null ? null : user.officeCode(),
                what,
                owner);
    }
}
