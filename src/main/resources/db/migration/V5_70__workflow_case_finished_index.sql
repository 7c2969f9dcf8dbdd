-- The head's dashboard and the monthly recap count the cases finished per month (DashboardStatistics): one index over
-- finished cases by office and end, instead of reading every case of the office.
CREATE INDEX workflow_case_finished_idx ON workflow_case (office_code, ended_at) WHERE state = 'FINISHED';
