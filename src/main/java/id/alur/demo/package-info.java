/**
 * Demo data for the default profile: the five seed offices, their SOPs and one user per position. It is the
 * assembly point, so it may use every module's API; nothing depends on it.
 */
@ApplicationModule
@NullMarked
package id.alur.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
