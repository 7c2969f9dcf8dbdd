-- Mutu Baku figures by storage (issue 13, docs/decisions.md "workflow"): the compliance report and the dashboard's
-- slowest steps read per-day and per-month counts of the closed steps instead of the steps themselves. At 1 M cases a
-- month held 545,000 closed steps, which every request read, sorted and joined to their cases (60 s); these rows hold
-- a month of one office in a few hundred.
--
-- A row counts the DONE steps of one office that closed on one day (grain 'D') or in one month (grain 'M', period_start
-- its first day), both in the office's time zone, for one activity of one SOP version, one position and one officer,
-- whose working time falls in one bucket: the working seconds rounded down to two significant digits (0-99 exactly,
-- then 100, 110, ... 990, 1000, 1100, ...: a bucket is at most a tenth of its value wide). The bucket's smallest and
-- largest value are kept, so a percentile is read between them (StepFigureRows): exact when every bucket holds steps of one
-- value or at most two steps, within the bucket's width otherwise.
CREATE TABLE workflow_step_figures
(
  office_code     TEXT    NOT NULL,
  grain           CHAR(1) NOT NULL CHECK (grain IN ('D', 'M')),
  period_start    DATE    NOT NULL,
  sop_version_id  BIGINT  NOT NULL,
  activity_number INT     NOT NULL,
  position_code   TEXT    NOT NULL,
  closed_by       TEXT    NOT NULL,
  -- -1: the step stored no working time (counted, left out of the percentiles)
  bucket          BIGINT  NOT NULL,
  lane_kind       TEXT    NOT NULL,
  sop_code        TEXT    NOT NULL,
  activity_name   TEXT    NOT NULL,
  closed_by_name  TEXT,
  standard_text   TEXT,
  steps           BIGINT  NOT NULL,
  judged          BIGINT  NOT NULL,
  within_standard BIGINT  NOT NULL,
  min_seconds     BIGINT,
  max_seconds     BIGINT,
  PRIMARY KEY (office_code, grain, period_start, sop_version_id, activity_number, position_code, closed_by, bucket)
);

CREATE FUNCTION workflow_seconds_bucket(seconds BIGINT) RETURNS BIGINT
  LANGUAGE sql IMMUTABLE AS
$$
SELECT CASE
         WHEN seconds IS NULL THEN -1
         WHEN seconds < 100 THEN seconds
         ELSE seconds - seconds % power(10, length(seconds::text) - 2)::BIGINT
       END
$$;

-- One office's rows recomputed from its steps, in the zone given: the backfill below, the bench after it generates
-- steps directly in the database, and an office whose time zone changed (WorkflowService.rebuildStepFigures).
CREATE FUNCTION workflow_rebuild_step_figures(office TEXT, zone TEXT) RETURNS BIGINT
  LANGUAGE plpgsql AS
$$
DECLARE
  written BIGINT;
BEGIN
  DELETE FROM workflow_step_figures WHERE office_code = office;
  INSERT INTO workflow_step_figures (office_code, grain, period_start, sop_version_id, activity_number, position_code,
                                     closed_by, bucket, lane_kind, sop_code, activity_name, closed_by_name,
                                     standard_text, steps, judged, within_standard, min_seconds, max_seconds)
  SELECT office, g.grain,
         CASE g.grain WHEN 'D' THEN d.day ELSE date_trunc('month', d.day)::DATE END,
         c.sop_version_id, s.activity_number, s.position_code, coalesce(s.closed_by, ''),
         workflow_seconds_bucket(s.working_seconds),
         min(s.lane_kind), min(c.sop_code), min(s.activity_name), min(s.closed_by_name), min(s.standard_text),
         count(*), count(s.within_standard), count(*) FILTER (WHERE s.within_standard),
         min(s.working_seconds), max(s.working_seconds)
    FROM workflow_step s
    JOIN workflow_case c ON c.id = s.case_id
    CROSS JOIN LATERAL (SELECT (s.closed_at AT TIME ZONE zone)::DATE AS day) d
    CROSS JOIN (VALUES ('D'), ('M')) g(grain)
   WHERE s.office_code = office AND s.state = 'DONE'
   GROUP BY 2, 3, 4, 5, 6, 7, 8;
  GET DIAGNOSTICS written = ROW_COUNT;
  RETURN written;
END;
$$;

-- calendar_office holds each office's zone (V4_20); an office without a row works in WIB (WorkingCalendar.DEFAULT_ZONE)
SELECT workflow_rebuild_step_figures(o.office_code, coalesce(z.zone, 'Asia/Jakarta'))
  FROM (SELECT DISTINCT office_code FROM workflow_step WHERE state = 'DONE') o
  LEFT JOIN calendar_office z ON z.office_code = o.office_code;
