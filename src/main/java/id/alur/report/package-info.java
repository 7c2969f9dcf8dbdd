/** Registers, SLA compliance per step against Mutu Baku, recaps and exports. */
@ApplicationModule(allowedDependencies = {"platform", "casework", "workflow", "letter", "office"})
package id.alur.report;

import org.springframework.modulith.ApplicationModule;
