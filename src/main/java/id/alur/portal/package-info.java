/** Public pages: status by tracking number, letter verification, satisfaction survey. */
@ApplicationModule(allowedDependencies = {"platform", "casework", "letter"})
package id.alur.portal;

import org.springframework.modulith.ApplicationModule;
