/** The monthly recap of an office (laporan bulanan): page, PDF ready to sign, XLSX. */
@NullMarked
package id.alur.report.recap;

import org.jspecify.annotations.NullMarked;
