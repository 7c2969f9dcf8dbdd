package id.alur.sop;

import id.alur.platform.AlurUser;
import id.alur.platform.AuditEvent;
import id.alur.platform.AuditOutcome;
import id.alur.platform.AuditTrail;
import id.alur.platform.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Office isolation for SOPs (docs/security.md): an office's SOP versions, drafts included, are seen by the people of
 * that office and the system administrator; for anyone else they do not exist (404), and the probe is logged and put
 * on the audit trail as {@code access.cross-office}, as office's {@code ResourceOfficeGuard} does for the modules that
 * may use office ({@code sop} may not, DESIGN.md §3). Administering an office's SOPs is for its office administrator
 * and the system administrator.
 */
@Component
class SopAccess {

    private static final Logger log = LoggerFactory.getLogger(SopAccess.class);

    private final AuditTrail audit;

    SopAccess(AuditTrail audit) {
        this.audit = audit;
    }

    /** @throws SopVersionNotFoundException unless the signed-in user works in the version's office or is system admin */
    SopVersionView requireReadable(SopVersionView version) {
        AlurUser user = AlurUser.current().orElse(null);
        if (user != null && (user.hasRole(Role.ADMIN) || version.officeCode().equals(user.officeCode()))) {
            return version;
        }
        throw refuse(user, version.officeCode(), version.id());
    }

    /** @throws SopVersionNotFoundException unless the signed-in user may administer the version's office */
    SopVersionView requireAdministrable(SopVersionView version) {
        if (administers(AlurUser.current().orElse(null), version.officeCode())) {
            return version;
        }
        throw refuse(AlurUser.current().orElse(null), version.officeCode(), version.id());
    }

    /** @throws SopOfficeNotFoundException unless the signed-in user may administer the office's SOPs */
    String requireAdministrableOffice(String officeCode) {
        AlurUser user = AlurUser.current().orElse(null);
        if (!administers(user, officeCode)) {
            probe(user, officeCode, "sop-office " + officeCode);
            throw new SopOfficeNotFoundException(officeCode);
        }
        return officeCode;
    }

    /** @throws SopOfficeNotFoundException unless the signed-in user works in the office or is system admin */
    String requireReadableOffice(String officeCode) {
        AlurUser user = AlurUser.current().orElse(null);
        if (user == null || !(user.hasRole(Role.ADMIN) || officeCode.equals(user.officeCode()))) {
            probe(user, officeCode, "sop-office " + officeCode);
            throw new SopOfficeNotFoundException(officeCode);
        }
        return officeCode;
    }

    private static boolean administers(@Nullable AlurUser user, String officeCode) {
        return user != null
                && (user.hasRole(Role.ADMIN)
                        || (user.hasRole(Role.OFFICE_ADMIN) && officeCode.equals(user.officeCode())));
    }

    private SopVersionNotFoundException refuse(@Nullable AlurUser user, String officeCode, SopVersionId id) {
        probe(user, officeCode, "sop-version " + id.value());
        return new SopVersionNotFoundException(id);
    }

    private void probe(@Nullable AlurUser user, String officeCode, String what) {
        log.warn(
                "Office isolation: {} (office {}) asked for {} of office {}; answered 404",
                user == null ? "anonymous" : user.username(),
                user == null ? null : user.officeCode(),
                what,
                officeCode);
        String[] typeAndId = what.split(" ");
        audit.recordAlone(AuditEvent.of("access.cross-office")
                .outcome(AuditOutcome.NOT_FOUND)
                .inOffice(officeCode)
                .detail(what)
                .about(typeAndId[0], typeAndId[1]));
    }
}
