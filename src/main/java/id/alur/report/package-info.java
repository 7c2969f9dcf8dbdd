/**
 * Search and lists of applications, buku kendali, Mutu Baku compliance per step, recaps and exports (DESIGN.md §3).
 * Empty today: the module and its message bundles exist so that its place and arrows are fixed; the next issues fill
 * it.
 */
@ApplicationModule(allowedDependencies = {"platform", "casework", "workflow", "letter", "office"})
@NullMarked
package id.alur.report;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
