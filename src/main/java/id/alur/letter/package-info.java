/** Letters: kinds, templates, numbering, letterhead, signer block, PDF and QR verification. */
@ApplicationModule(allowedDependencies = {"platform", "casework", "workflow", "office", "sop"})
@NullMarked
package id.alur.letter;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
