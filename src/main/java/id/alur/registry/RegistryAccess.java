package id.alur.registry;

import id.alur.platform.AccessProbes;
import id.alur.platform.AlurUser;
import id.alur.platform.Role;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who reaches an office's registry pages and its imports: the system administrator and the office's administrator.
 * Another office's registry, and an import id that is another office's or nobody's, answer 404 as if there were none,
 * and the probe is on the audit trail (platform's {@link AccessProbes}; registry may use no other module, DESIGN.md §3),
 * so that import ids cannot be tried one after another unseen (issue 14 follow-up).
 */
@Component
class RegistryAccess {

    private final AccessProbes probes;
    private final ImportJobs jobs;

    RegistryAccess(AccessProbes probes, ImportJobs jobs) {
        this.probes = probes;
        this.jobs = jobs;
    }

    /** The office of a registry page, when the signed-in user administers it; 404 otherwise, on record. */
    String administrable(String office) {
        AlurUser user = AlurUser.current().orElseThrow();
        boolean own = user.hasRole(Role.OFFICE_ADMIN) && office.equals(user.officeCode());
        if (!user.hasRole(Role.ADMIN) && !own) {
            probes.record("registry of office " + office, office);
            throw new RegistryNotFoundException("registry.office.notFound", office);
        }
        return office;
    }

    /** The office's import job; another office's or none is 404, on record under the office it belongs to (if any). */
    ImportJob job(String office, UUID id) {
        return jobs.find(office, id).orElseThrow(() -> {
            probes.record("registry-import", id, jobs.officeOf(id).orElse(null), "asked from office " + office);
            return new RegistryNotFoundException("registry.import.notFound");
        });
    }
}
