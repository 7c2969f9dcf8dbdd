/** Cross-cutting infrastructure usable by every module: database, security, web errors, i18n, file storage. */
@ApplicationModule(allowedDependencies = {})
package id.alur.platform;

import org.springframework.modulith.ApplicationModule;
