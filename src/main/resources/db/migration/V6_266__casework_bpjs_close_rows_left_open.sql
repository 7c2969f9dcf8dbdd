-- The batch rows left open before V6_265 although their case had left the BPJS step (its result typed in on the case
-- page, or the case cancelled or withdrawn) are closed as BpjsRowClosing closes them now, so that their batches can
-- reach "answered". A step of an outside party closes only in those two ways (CaseRules), so DONE is a result typed in
-- and CANCELLED the case stopped.
update bpjs_batch_case c
   set open = false,
       answer = case when s.state = 'DONE' then 'DICATAT' else 'DIHENTIKAN' end,
       kis_number = case when s.state = 'DONE' then left(s.result_reference, 100) end,
       reason = case when s.state = 'CANCELLED' then k.end_reason end,
       answered_at = coalesce(s.closed_at, k.ended_at, now())
  from workflow_step s join workflow_case k on k.id = s.case_id
 where c.open and s.id = c.step_id and s.state in ('DONE', 'CANCELLED');
