package id.alur.workflow;

import id.alur.platform.NotFoundException;

/** No case (or no step) with the given id (HTTP 404). */
public final class CaseNotFoundException extends NotFoundException {

    public CaseNotFoundException(CaseId id) {
        super("No case " + id, "workflow.case.notFound", id.value());
    }

    public CaseNotFoundException(StepId id) {
        super("No step " + id, "workflow.step.notFound", id.value());
    }
}
