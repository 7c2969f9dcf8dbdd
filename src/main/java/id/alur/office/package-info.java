/** Offices, positions, users, role membership and delegation (Plh/Plt). */
@ApplicationModule(allowedDependencies = {"platform"})
package id.alur.office;

import org.springframework.modulith.ApplicationModule;
