-- The SOP section counts the open cases of each SOP version of an office (RunningCasesOfVersions): only open cases,
-- a small part of the table once it holds years of finished ones.
CREATE INDEX workflow_case_open_by_version_idx ON workflow_case (office_code, sop_version_id) WHERE ended_at IS NULL;
