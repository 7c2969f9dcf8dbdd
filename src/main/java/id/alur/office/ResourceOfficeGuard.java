package id.alur.office;

import id.alur.platform.AccessProbes;
import id.alur.platform.AlurUser;
import id.alur.platform.NotFoundException;
import id.alur.platform.Role;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Office isolation: a user sees only the data of the office they work in now. A resource of another office is
 * answered as if it did not exist (404, so nobody can probe other offices), and the attempt is logged at WARN
 * ("Office isolation: ...") and put on the audit trail as {@code access.cross-office} (outcome {@code NOT_FOUND}, the
 * object named by {@code what} as "type id", the office of the resource), by platform's {@link AccessProbes}. Every
 * module that serves office data and may use office checks it here:
 *
 * <pre>{@code
 * PermohonanView permohonan = guard.requireOwnOffice(service.find(id), PermohonanView::officeCode, "permohonan " + id);
 * }</pre>
 */
@Component
public class ResourceOfficeGuard {

    private final AccessProbes probes;

    ResourceOfficeGuard(AccessProbes probes) {
        this.probes = probes;
    }

    /**
     * Passes when the resource belongs to the signed-in user's current office.
     *
     * @param resourceOfficeCode the office code the resource belongs to
     * @param what names the resource in the log and the audit trail: its type, a space, its id ("permohonan 123")
     * @throws NotFoundException otherwise (and logs the attempt)
     */
    public void requireOwnOffice(@Nullable String resourceOfficeCode, String what) {
        AlurUser user = AlurUser.current().orElse(null);
        if (user == null || user.officeCode() == null || !user.officeCode().equals(resourceOfficeCode)) {
            throw refuse(resourceOfficeCode, what);
        }
    }

    /** {@link #requireOwnOffice(String, String)} for a resource at hand; returns it. */
    public <T> T requireOwnOffice(T resource, Function<? super T, String> officeCodeOf, String what) {
        requireOwnOffice(officeCodeOf.apply(resource), what);
        return resource;
    }

    /**
     * Passes when the signed-in user may administer the office: a system administrator any office, an office
     * administrator the office they work in now.
     */
    public void requireAdministrable(String officeCode, String what) {
        AlurUser user = AlurUser.current().orElse(null);
        if (user != null && user.hasRole(Role.ADMIN)) {
            return;
        }
        if (user == null || !user.hasRole(Role.OFFICE_ADMIN) || !officeCode.equals(user.officeCode())) {
            throw refuse(officeCode, what);
        }
    }

    private NotFoundException refuse(@Nullable String resourceOfficeCode, String what) {
        // docs/security.md: a probe of another office's data is on record (AccessProbes); the request itself answers
        // 404. An object named "type id" is the record's object.
        String[] typeAndId = what.split(" ");
        if (typeAndId.length == 2) {
            probes.record(typeAndId[0], typeAndId[1], resourceOfficeCode, what);
        } else {
            probes.record(what, resourceOfficeCode);
        }
        return new NotFoundException(
                "Office isolation: " + what + " is not in the user's office", "platform.error.notFound");
    }
}
