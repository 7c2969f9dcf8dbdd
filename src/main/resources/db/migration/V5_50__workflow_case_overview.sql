-- workflow: the read contract for other modules' lists (casework's search and queues, report's ledger). A case with
-- its open step, if any (current_step_id is null while no step is open): where it stands, who holds it, its due time.
-- Other modules read this view, never workflow_case or workflow_step themselves, so the tables may change under it.
CREATE VIEW workflow_case_overview AS
SELECT c.id                 AS case_id,
       c.office_code,
       c.subject_ref,
       c.sop_code,
       c.sop_version_id,
       c.state,
       c.started_at,
       c.ended_at,
       c.end_reason,
       c.returned_at,
       c.resume_at_activity,
       c.office_seconds,
       c.applicant_seconds,
       c.outside_seconds,
       s.id                 AS step_id,
       s.activity_number,
       s.activity_name,
       s.position_code,
       s.lane_kind,
       s.claimed_by,
       s.claimed_by_name,
       s.started_at         AS step_started_at,
       s.due_at
  FROM workflow_case c
  LEFT JOIN workflow_step s ON s.id = c.current_step_id;

-- The queues and the search's state filters read the running cases by state and when they entered it.
CREATE INDEX workflow_case_running_by_state_idx ON workflow_case (office_code, state, started_at)
  WHERE ended_at IS NULL;
