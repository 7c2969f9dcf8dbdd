-- workflow: a case may end as refused (a decision branching to the SOP's refusal end, docs/sop-format.md "tolak").
ALTER TABLE workflow_case DROP CONSTRAINT workflow_case_state_check;
ALTER TABLE workflow_case ADD CONSTRAINT workflow_case_state_check
  CHECK (state IN ('ACTIVE', 'AWAITING_APPLICANT', 'AWAITING_OUTSIDE_PARTY', 'RETURNED_TO_APPLICANT', 'FINISHED',
                   'REFUSED', 'CANCELLED', 'WITHDRAWN'));
