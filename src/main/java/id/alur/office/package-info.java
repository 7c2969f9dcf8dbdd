/** Offices, positions, users, role membership and delegation (Plh/Plt). */
@ApplicationModule(allowedDependencies = {"platform", "sop"})
@NullMarked
package id.alur.office;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
