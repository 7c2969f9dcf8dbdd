-- The whole cases' figures by storage, as V5_190 keeps the steps' (docs/decisions.md "workflow"): the compliance
-- report's cases against the SOP's total and the dashboard's lead-time trend read per-day and per-month counts of the
-- finished cases instead of the cases (108,000 a month at 1 M cases, read and sorted three times a page).
--
-- A row counts the cases of one office and SOP version that finished on one day (grain 'D') or in one month (grain
-- 'M', period_start its first day) in the office's zone, by one clock in one bucket (workflow_seconds_bucket, V5_190)
-- with the bucket's least and greatest value: clock 'O' the office's working time, 'A' the applicant's, 'X' outside
-- parties', 'L' the lead time (end minus start, calendar seconds).
CREATE TABLE workflow_case_figures
(
  office_code    TEXT    NOT NULL,
  grain          CHAR(1) NOT NULL CHECK (grain IN ('D', 'M')),
  period_start   DATE    NOT NULL,
  sop_version_id BIGINT  NOT NULL,
  clock          CHAR(1) NOT NULL CHECK (clock IN ('O', 'A', 'X', 'L')),
  bucket         BIGINT  NOT NULL,
  sop_code       TEXT    NOT NULL,
  sop_name       TEXT    NOT NULL,
  cases          BIGINT  NOT NULL,
  min_seconds    BIGINT  NOT NULL,
  max_seconds    BIGINT  NOT NULL,
  PRIMARY KEY (office_code, grain, period_start, sop_version_id, clock, bucket)
);

-- One office's rows recomputed from its finished cases in the zone given (the backfill below, and with the steps' of V5_190
-- in WorkflowService.rebuildFigures, which V5_190 still calls rebuildStepFigures).
CREATE FUNCTION workflow_rebuild_case_figures(office TEXT, zone TEXT) RETURNS BIGINT
  LANGUAGE plpgsql AS
$$
DECLARE
  written BIGINT;
BEGIN
  DELETE FROM workflow_case_figures WHERE office_code = office;
  INSERT INTO workflow_case_figures (office_code, grain, period_start, sop_version_id, clock, bucket, sop_code,
                                     sop_name, cases, min_seconds, max_seconds)
  SELECT office, g.grain,
         CASE g.grain WHEN 'D' THEN d.day ELSE date_trunc('month', d.day)::DATE END,
         c.sop_version_id, k.clock, workflow_seconds_bucket(k.seconds), min(c.sop_code), min(c.sop_name), count(*),
         min(k.seconds), max(k.seconds)
    FROM workflow_case c
    CROSS JOIN LATERAL (SELECT (c.ended_at AT TIME ZONE zone)::DATE AS day) d
    CROSS JOIN LATERAL (VALUES ('O', c.office_seconds), ('A', c.applicant_seconds), ('X', c.outside_seconds),
                               ('L', extract(EPOCH FROM c.ended_at - c.started_at)::BIGINT)) k(clock, seconds)
    CROSS JOIN (VALUES ('D'), ('M')) g(grain)
   WHERE c.office_code = office AND c.state = 'FINISHED'
   GROUP BY 2, 3, 4, 5, 6;
  GET DIAGNOSTICS written = ROW_COUNT;
  RETURN written;
END;
$$;

SELECT workflow_rebuild_case_figures(o.office_code, coalesce(z.zone, 'Asia/Jakarta'))
  FROM (SELECT DISTINCT office_code FROM workflow_case WHERE state = 'FINISHED') o
  LEFT JOIN calendar_office z ON z.office_code = o.office_code;
