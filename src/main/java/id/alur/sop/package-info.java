/** The SOP as data: model, file format, validator, versions, the official document and BPMN export. */
@ApplicationModule(allowedDependencies = {"platform"})
@NullMarked
package id.alur.sop;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
