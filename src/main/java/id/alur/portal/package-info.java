/** Public pages: status by tracking number, letter verification, satisfaction survey. */
@ApplicationModule(allowedDependencies = {"platform", "casework", "letter"})
@NullMarked
package id.alur.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
