/** Mutu Baku compliance of an office: per SOP version and step, per position, officer and month, late drill-downs. */
@NullMarked
package id.alur.report.compliance;

import org.jspecify.annotations.NullMarked;
