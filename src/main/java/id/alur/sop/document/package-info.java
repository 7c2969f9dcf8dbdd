/**
 * The official SOP document of PermenPAN-RB 35/2012: identity block, the flowchart table "Uraian Prosedur" with the
 * symbols drawn in their lanes, and the symbol legend, as HTML and as an A4 landscape PDF.
 */
@NullMarked
package id.alur.sop.document;

import org.jspecify.annotations.NullMarked;
