/** BPMN 2.0 export of an SOP, executable as exported and laid out for common modelers. */
@NullMarked
package id.alur.sop.bpmn;

import org.jspecify.annotations.NullMarked;
