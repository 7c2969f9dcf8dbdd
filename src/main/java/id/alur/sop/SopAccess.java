package id.alur.sop;

import id.alur.platform.AccessProbes;
import id.alur.platform.AlurUser;
import id.alur.platform.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Office isolation for SOPs (docs/security.md): an office's SOP versions, drafts included, are seen by the people of
 * that office and the system administrator; for anyone else they do not exist (404), and the probe is logged and put
 * on the audit trail as {@code access.cross-office} by platform's {@link AccessProbes}, as office's
 * {@code ResourceOfficeGuard} does for the modules that may use office ({@code sop} may not, DESIGN.md §3). A version
 * id that is nobody's is such a probe too, with no office (issue 14 follow-up). Administering an office's SOPs is for
 * its office administrator and the system administrator.
 */
@Component
class SopAccess {

    private final AccessProbes probes;
    private final SopService sops;

    SopAccess(AccessProbes probes, SopService sops) {
        this.probes = probes;
        this.sops = sops;
    }

    /**
     * The version, when the signed-in user may read it ({@link #requireReadable}).
     *
     * @throws SopVersionNotFoundException also when there is no such version: a probe on record like another office's
     */
    SopVersionView readable(SopVersionId id) {
        return requireReadable(find(id));
    }

    /** The version, when the signed-in user may administer its office; as {@link #readable} for an id of none. */
    SopVersionView administrable(SopVersionId id) {
        return requireAdministrable(find(id));
    }

    /**
     * The version, for a caller that checks the office itself and refuses with {@link #probed}.
     *
     * @throws SopVersionNotFoundException when there is no such version, a probe on record with no office
     */
    SopVersionView find(SopVersionId id) {
        try {
            return sops.get(id);
        } catch (SopVersionNotFoundException e) {
            probe(null, "sop-version " + id.value());
            throw e;
        }
    }

    /** @throws SopVersionNotFoundException unless the signed-in user works in the version's office or is system admin */
    SopVersionView requireReadable(SopVersionView version) {
        AlurUser user = AlurUser.current().orElse(null);
        if (user != null && (user.hasRole(Role.ADMIN) || version.officeCode().equals(user.officeCode()))) {
            return version;
        }
        throw refuse(version.officeCode(), version.id());
    }

    /** @throws SopVersionNotFoundException unless the signed-in user may administer the version's office */
    SopVersionView requireAdministrable(SopVersionView version) {
        if (administers(AlurUser.current().orElse(null), version.officeCode())) {
            return version;
        }
        throw refuse(version.officeCode(), version.id());
    }

    /** @throws SopOfficeNotFoundException unless the signed-in user may administer the office's SOPs */
    String requireAdministrableOffice(String officeCode) {
        AlurUser user = AlurUser.current().orElse(null);
        if (!administers(user, officeCode)) {
            probe(officeCode, "sop-office " + officeCode);
            throw new SopOfficeNotFoundException(officeCode);
        }
        return officeCode;
    }

    /** @throws SopOfficeNotFoundException unless the signed-in user works in the office or is system admin */
    String requireReadableOffice(String officeCode) {
        AlurUser user = AlurUser.current().orElse(null);
        if (user == null || !(user.hasRole(Role.ADMIN) || officeCode.equals(user.officeCode()))) {
            probe(officeCode, "sop-office " + officeCode);
            throw new SopOfficeNotFoundException(officeCode);
        }
        return officeCode;
    }

    private static boolean administers(@Nullable AlurUser user, String officeCode) {
        return user != null
                && (user.hasRole(Role.ADMIN)
                        || (user.hasRole(Role.OFFICE_ADMIN) && officeCode.equals(user.officeCode())));
    }

    /** The 404 for a version the caller may not see, the probe on record under the version's office. */
    SopVersionNotFoundException probed(SopVersionView version) {
        return refuse(version.officeCode(), version.id());
    }

    private SopVersionNotFoundException refuse(String officeCode, SopVersionId id) {
        probe(officeCode, "sop-version " + id.value());
        return new SopVersionNotFoundException(id);
    }

    private void probe(@Nullable String officeCode, String what) {
        String[] typeAndId = what.split(" ");
        probes.record(typeAndId[0], typeAndId[1], officeCode, what);
    }
}
