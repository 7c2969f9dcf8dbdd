-- The audit trail (id.alur.platform.AuditTrail, docs/security.md "Audit trail"): who did or saw what, when, from where.
-- UU 27/2022 (Pelindungan Data Pribadi) asks the controller to record the processing of personal data, so the record
-- is append-only: the database itself refuses UPDATE, DELETE and TRUNCATE (triggers, which bind the table's owner
-- too; the REVOKE covers every other role).
CREATE TABLE audit_event
(
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at           TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp(),
  actor        VARCHAR(100) NOT NULL,
  actor_office VARCHAR(64),
  address      VARCHAR(64),
  action       VARCHAR(64)  NOT NULL,
  outcome      VARCHAR(16)  NOT NULL,
  object_type  VARCHAR(64),
  object_id    VARCHAR(200),
  office_code  VARCHAR(64),
  detail       VARCHAR(1000),
  CONSTRAINT audit_event_outcome CHECK (outcome IN ('DONE', 'REFUSED', 'NOT_FOUND', 'FAILED'))
);

CREATE INDEX audit_event_at ON audit_event (at DESC, id DESC);
CREATE INDEX audit_event_office_at ON audit_event (office_code, at DESC);
CREATE INDEX audit_event_object ON audit_event (object_type, object_id);
CREATE INDEX audit_event_actor ON audit_event (actor, at DESC);

CREATE FUNCTION audit_event_append_only() RETURNS trigger
  LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_event_no_update_or_delete
  BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();

CREATE TRIGGER audit_event_no_truncate
  BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM PUBLIC;
