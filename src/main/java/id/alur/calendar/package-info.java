/** Working time: office hours, national holidays and cuti bersama, per-office exceptions, due times. */
@ApplicationModule(allowedDependencies = {"platform"})
@NullMarked
package id.alur.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
