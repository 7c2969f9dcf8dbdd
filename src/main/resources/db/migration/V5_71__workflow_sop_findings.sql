-- SOP monitoring (the monitoring form of PermenPAN-RB 35/2012, issue 13 item 7): what an officer records against a
-- step of a case: an obstacle (hambatan), a deviation from the SOP (penyimpangan) or a proposal to change the SOP.
-- Rows are evidence for the SOP's evaluation and are only ever added.
CREATE TABLE workflow_finding
(
  id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id          BIGINT      NOT NULL REFERENCES workflow_case (id),
  office_code      TEXT        NOT NULL,
  sop_version_id   BIGINT      NOT NULL,
  activity_number  INT         NOT NULL,
  activity_name    TEXT        NOT NULL,
  kind             TEXT        NOT NULL CHECK (kind IN ('HAMBATAN', 'PENYIMPANGAN', 'USULAN')),
  body             TEXT        NOT NULL,
  recorded_at      TIMESTAMPTZ NOT NULL,
  recorded_by      TEXT        NOT NULL,
  recorded_by_name TEXT        NOT NULL,
  position_code    TEXT        NOT NULL
);

CREATE INDEX workflow_finding_case_idx ON workflow_finding (case_id, id);
CREATE INDEX workflow_finding_version_idx ON workflow_finding (office_code, sop_version_id, recorded_at);
