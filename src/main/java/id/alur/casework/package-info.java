/** Applications (permohonan) from intake to closing. */
@ApplicationModule(allowedDependencies = {"platform", "workflow", "office", "registry", "sop"})
@NullMarked
package id.alur.casework;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
