/** Working time: office hours, national holidays and cuti bersama, per-office exceptions, due times. */
@ApplicationModule(allowedDependencies = {"platform"})
package id.alur.calendar;

import org.springframework.modulith.ApplicationModule;
