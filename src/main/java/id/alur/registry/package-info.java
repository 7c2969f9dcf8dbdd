/**
 * Imported DTSEN/DTKS extracts and NIK lookup with the eligibility rule per office (DESIGN.md §3). Empty today: the
 * module and its message bundles exist so that its place and arrows are fixed; the next issues fill it.
 */
@ApplicationModule(allowedDependencies = {"platform"})
@NullMarked
package id.alur.registry;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
