/** The head's dashboard of an office: open steps, late cases, finished per month, lead time, the slowest steps. */
@NullMarked
package id.alur.report.dashboard;

import org.jspecify.annotations.NullMarked;
