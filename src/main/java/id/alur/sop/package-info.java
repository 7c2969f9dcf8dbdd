/** The SOP as data: model, file format, validator, versions, the official document and BPMN export. */
@ApplicationModule(allowedDependencies = {"platform"})
package id.alur.sop;

import org.springframework.modulith.ApplicationModule;
