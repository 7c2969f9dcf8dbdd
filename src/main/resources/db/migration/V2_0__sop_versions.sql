-- SOP versions per office (module sop). A published version is immutable: running cases stay on the version they
-- started on, and a revision is a new version of the same code. The trigger enforces this even for SQL written by
-- hand; SopService refuses it before it gets here.
CREATE TABLE sop_version
(
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  office_code  TEXT        NOT NULL,
  code         TEXT        NOT NULL,
  number       INT         NOT NULL CHECK (number > 0),
  effective_on DATE,
  status       TEXT        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
  file_name    TEXT        NOT NULL,
  source_text  TEXT        NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
  published_at TIMESTAMPTZ,
  retired_at   TIMESTAMPTZ,
  version      INT         NOT NULL DEFAULT 0,
  CONSTRAINT sop_version_number_unique UNIQUE (office_code, code, number),
  CONSTRAINT sop_version_published_at CHECK ((status = 'DRAFT') = (published_at IS NULL)),
  CONSTRAINT sop_version_retired_at CHECK ((status = 'RETIRED') = (retired_at IS NOT NULL)),
  CONSTRAINT sop_version_in_force_from CHECK (status = 'DRAFT' OR effective_on IS NOT NULL)
);

CREATE INDEX sop_version_in_force_idx ON sop_version (office_code, code, effective_on) WHERE status = 'PUBLISHED';

CREATE FUNCTION sop_version_guard() RETURNS trigger
  LANGUAGE plpgsql AS
$$
BEGIN
  IF tg_op = 'DELETE' THEN
    IF old.status <> 'DRAFT' THEN
      RAISE EXCEPTION 'SOP version % is % and cannot be deleted', old.id, old.status
        USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN old;
  END IF;
  IF old.status <> 'DRAFT' AND (new.office_code, new.code, new.number, new.effective_on, new.file_name,
                                new.source_text, new.created_at, new.published_at)
      IS DISTINCT FROM (old.office_code, old.code, old.number, old.effective_on, old.file_name,
                        old.source_text, old.created_at, old.published_at) THEN
    RAISE EXCEPTION 'SOP version % is % and its content cannot change; create a new version', old.id, old.status
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  -- Status moves forward only: DRAFT -> PUBLISHED -> RETIRED.
  IF new.status <> old.status AND NOT ((old.status = 'DRAFT' AND new.status = 'PUBLISHED')
      OR (old.status = 'PUBLISHED' AND new.status = 'RETIRED')) THEN
    RAISE EXCEPTION 'SOP version % cannot go from % to %', old.id, old.status, new.status
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN new;
END
$$;

CREATE TRIGGER sop_version_guard
  BEFORE UPDATE OR DELETE ON sop_version
  FOR EACH ROW
EXECUTE FUNCTION sop_version_guard();
