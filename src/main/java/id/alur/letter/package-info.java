/** Letters: kinds, templates, numbering, letterhead, signer block, PDF and QR verification. */
@ApplicationModule(allowedDependencies = {"platform", "casework", "workflow", "office"})
package id.alur.letter;

import org.springframework.modulith.ApplicationModule;
