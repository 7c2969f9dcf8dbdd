/**
 * Imported DTSEN/DTKS extracts and NIK lookup per office (DESIGN.md §3, issue 16). Its API is {@link
 * id.alur.registry.RegistryService}: a CSV extract becomes a dated edition in one transaction (rows streamed in by
 * {@code COPY}, every row checked, refused with row and column named), and a NIK is looked up in the office's newest
 * edition. See docs/registry.md for what is not built yet.
 */
@ApplicationModule(allowedDependencies = {"platform"})
@NullMarked
package id.alur.registry;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
