/** Imported DTSEN/DTKS extracts and NIK lookup with the eligibility rule per office. */
@ApplicationModule(allowedDependencies = {"platform"})
package id.alur.registry;

import org.springframework.modulith.ApplicationModule;
