/**
 * Cross-cutting infrastructure usable by every module and using none: the embedded database, scheduled-job locks,
 * security and the signed-in user, the error model and its mapping to pages and problem details, i18n, PDF fonts.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package id.alur.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
