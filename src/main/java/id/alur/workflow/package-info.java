/** Runs cases through published SOP versions: steps, decisions, returns, waits, history and SLA. */
@ApplicationModule(allowedDependencies = {"platform", "sop", "calendar"})
@NullMarked
package id.alur.workflow;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
