/** The buku kendali permohonan: one row per application of a period, as a page, PDF, XLSX and CSV. */
@NullMarked
package id.alur.report.ledger;

import org.jspecify.annotations.NullMarked;
