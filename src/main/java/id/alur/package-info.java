/** Alur: the application and its modules, one sub-package each (DESIGN.md §3). */
@NullMarked
package id.alur;

import org.jspecify.annotations.NullMarked;
