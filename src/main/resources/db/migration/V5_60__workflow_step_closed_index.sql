-- Reports (Mutu Baku compliance) read the steps an office closed in a period: an index over closed steps only.
CREATE INDEX workflow_step_closed_idx ON workflow_step (office_code, closed_at) WHERE state = 'DONE';
