/** Runs cases through published SOP versions: steps, decisions, returns, waits, history and SLA. */
@ApplicationModule(allowedDependencies = {"platform", "sop", "calendar"})
package id.alur.workflow;

import org.springframework.modulith.ApplicationModule;
