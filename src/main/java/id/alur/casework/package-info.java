/** Applications (permohonan) from intake to closing. */
@ApplicationModule(allowedDependencies = {"platform", "workflow", "office", "registry", "sop"})
package id.alur.casework;

import org.springframework.modulith.ApplicationModule;
