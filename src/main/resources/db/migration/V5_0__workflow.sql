-- Workflow: cases running through a published SOP version, their steps, and the append-only history.
-- Designed for a million cases: the inbox and the overdue scan read small partial indexes over open steps only.

CREATE TABLE workflow_case
(
  id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  office_code        TEXT        NOT NULL,
  -- the version the case started on; a later revision never moves it (published versions are immutable)
  sop_version_id     BIGINT      NOT NULL,
  sop_code           TEXT        NOT NULL,
  sop_name           TEXT        NOT NULL,
  subject_ref        TEXT        NOT NULL,
  state              TEXT        NOT NULL CHECK (state IN ('ACTIVE', 'AWAITING_APPLICANT', 'AWAITING_OUTSIDE_PARTY',
                                                           'RETURNED_TO_APPLICANT', 'FINISHED', 'CANCELLED', 'WITHDRAWN')),
  current_step_id    BIGINT,
  resume_at_activity INT,
  returned_at        TIMESTAMPTZ,
  started_at         TIMESTAMPTZ NOT NULL,
  started_by         TEXT        NOT NULL,
  ended_at           TIMESTAMPTZ,
  end_reason         TEXT,
  -- working time on the office's own steps, and the two clocks that are not charged to the office
  office_seconds     BIGINT      NOT NULL DEFAULT 0,
  applicant_seconds  BIGINT      NOT NULL DEFAULT 0,
  outside_seconds    BIGINT      NOT NULL DEFAULT 0,
  version            INT         NOT NULL DEFAULT 0,
  CHECK ((state = 'RETURNED_TO_APPLICANT') = (resume_at_activity IS NOT NULL))
);

CREATE INDEX workflow_case_subject_idx ON workflow_case (office_code, subject_ref);
CREATE INDEX workflow_case_running_idx ON workflow_case (office_code, state) WHERE ended_at IS NULL;

CREATE TABLE workflow_step
(
  id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id               BIGINT      NOT NULL REFERENCES workflow_case (id),
  office_code           TEXT        NOT NULL,
  activity_number       INT         NOT NULL,
  activity_name         TEXT        NOT NULL,
  position_code         TEXT        NOT NULL,
  lane_kind             TEXT        NOT NULL CHECK (lane_kind IN ('POSITION', 'APPLICANT', 'OUTSIDE_PARTY')),
  -- whose inbox shows it: the lane, except the applicant's lane, which the front desk records
  inbox_position        TEXT        NOT NULL,
  state                 TEXT        NOT NULL CHECK (state IN ('OPEN', 'CLAIMED', 'DONE', 'CANCELLED')),
  started_at            TIMESTAMPTZ NOT NULL,
  due_at                TIMESTAMPTZ,
  standard_text         TEXT,
  claimed_by            TEXT,
  claimed_by_name       TEXT,
  claimed_at            TIMESTAMPTZ,
  closed_at             TIMESTAMPTZ,
  closed_by             TEXT,
  closed_by_name        TEXT,
  closed_action         TEXT,
  working_seconds       BIGINT,
  within_standard       BOOLEAN,
  output_name           TEXT,
  output_ref            TEXT,
  note                  TEXT,
  result_reference      TEXT,
  result_date           DATE,
  result_attachment_ref TEXT,
  handover_received_by  TEXT,
  handover_received_at  TIMESTAMPTZ,
  handover_identity     TEXT,
  overdue_at            TIMESTAMPTZ,
  CHECK (state <> 'CLAIMED' OR claimed_by IS NOT NULL)
);

CREATE INDEX workflow_step_case_idx ON workflow_step (case_id, id);
CREATE INDEX workflow_step_inbox_idx ON workflow_step (office_code, inbox_position, started_at, id)
  WHERE state IN ('OPEN', 'CLAIMED');
CREATE INDEX workflow_step_overdue_idx ON workflow_step (due_at)
  WHERE state IN ('OPEN', 'CLAIMED') AND overdue_at IS NULL AND due_at IS NOT NULL;

ALTER TABLE workflow_case
  ADD CONSTRAINT workflow_case_current_step_fk FOREIGN KEY (current_step_id) REFERENCES workflow_step (id);

CREATE TABLE workflow_history
(
  id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id               BIGINT      NOT NULL REFERENCES workflow_case (id),
  step_id               BIGINT REFERENCES workflow_step (id),
  at                    TIMESTAMPTZ NOT NULL,
  action                TEXT        NOT NULL,
  activity_number       INT,
  activity_name         TEXT,
  position_code         TEXT,
  from_activity         INT,
  to_activity           INT,
  from_state            TEXT,
  to_state              TEXT        NOT NULL,
  actor_username        TEXT        NOT NULL,
  actor_name            TEXT        NOT NULL,
  actor_position        TEXT        NOT NULL,
  on_behalf_of_username TEXT,
  on_behalf_of_name     TEXT,
  delegation_kind       TEXT CHECK (delegation_kind IN ('PLH', 'PLT')),
  -- set when the office records a step of the applicant's or an outside party's lane on its behalf
  recorded_for          TEXT CHECK (recorded_for IN ('APPLICANT', 'OUTSIDE_PARTY')),
  note                  TEXT,
  output_name           TEXT,
  output_ref            TEXT,
  standard_text         TEXT,
  due_at                TIMESTAMPTZ,
  working_seconds       BIGINT,
  within_standard       BOOLEAN
);

CREATE INDEX workflow_history_case_idx ON workflow_history (case_id, id);

-- The history is evidence (who did what, when, for whom): rows are only ever added.
CREATE FUNCTION workflow_history_append_only() RETURNS trigger
  LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION 'workflow_history is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER workflow_history_no_update_or_delete
  BEFORE UPDATE OR DELETE ON workflow_history
  FOR EACH ROW EXECUTE FUNCTION workflow_history_append_only();

CREATE TRIGGER workflow_history_no_truncate
  BEFORE TRUNCATE ON workflow_history
  FOR EACH STATEMENT EXECUTE FUNCTION workflow_history_append_only();

-- ShedLock: the overdue scan runs on one application node at a time (DESIGN.md §4, scale-out).
CREATE TABLE IF NOT EXISTS shedlock
(
  name       VARCHAR(64)  NOT NULL PRIMARY KEY,
  lock_until TIMESTAMP    NOT NULL,
  locked_at  TIMESTAMP    NOT NULL,
  locked_by  VARCHAR(255) NOT NULL
);
