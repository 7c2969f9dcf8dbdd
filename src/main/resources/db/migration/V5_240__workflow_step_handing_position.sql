-- Issue 12 follow-up: an applicant's step that receives what an office lane hands over (Sop.handingOverLane, e.g.
-- seed 004 row 7 after Staf Yankes' row 6) waits in that lane's inbox as well as in the front desk's, since either may
-- record the hand-over. Null for every other step. Steps opened before this migration stay in the front desk's inbox
-- only: the lane is decided from the SOP when the step opens.
ALTER TABLE workflow_step ADD COLUMN handing_position TEXT;

CREATE INDEX workflow_step_handing_idx ON workflow_step (office_code, handing_position, started_at, id)
  WHERE state IN ('OPEN', 'CLAIMED') AND handing_position IS NOT NULL;
