package id.alur.casework;

import id.alur.office.CurrentOfficer;
import id.alur.platform.AuditEvent;
import id.alur.platform.AuditOutcome;
import id.alur.platform.AuditTrail;
import id.alur.workflow.CaseId;
import id.alur.workflow.WorkflowService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link OutsideLane}'s rule for the other modules' pages of a case (the letters of a permohonan): an outside party
 * (BPJS) sees a case only once it has reached its lane, now or before; everyone holding an office position sees every
 * case of the office (whose office the caller checks with {@code ResourceOfficeGuard}).
 */
@Service
public class OutsidePartyAccess {

    private final WorkflowService workflow;
    private final AuditTrail audit;

    OutsidePartyAccess(WorkflowService workflow, AuditTrail audit) {
        this.workflow = workflow;
        this.audit = audit;
    }

    /** Whether the officer works only in outside-party lanes of their office, whom {@link #maySee} narrows. */
    public boolean outsideParty(CurrentOfficer officer) {
        return !OutsideLane.onlyLanes(officer).isEmpty();
    }

    /**
     * Whether the officer may see the workflow case; a refusal is on the audit trail as {@code access.outside-lane}
     * (outcome {@code NOT_FOUND}: the caller answers 404, as for a case that does not exist).
     *
     * @param what what was asked for, for the record ({@code "letter 12"})
     */
    @Transactional(readOnly = true)
    public boolean maySee(long workflowCaseId, CurrentOfficer officer, String what) {
        var lanes = OutsideLane.onlyLanes(officer);
        if (lanes.isEmpty() || OutsideLane.reached(workflow.history(new CaseId(workflowCaseId)), lanes)) {
            return true;
        }
        audit.recordAlone(AuditEvent.of("access.outside-lane")
                .outcome(AuditOutcome.NOT_FOUND)
                .about("case", workflowCaseId)
                .inOffice(officer.officeCode())
                .detail(what + ": case has not reached " + String.join(", ", lanes)));
        return false;
    }
}
