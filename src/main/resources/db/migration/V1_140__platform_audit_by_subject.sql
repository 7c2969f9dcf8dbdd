-- The audit page's subject filter (issue 14 item 4) finds the records about one object whatever its type (a user
-- name, a file name) and the records about a data subject's permohonan: both by object_id alone, which the
-- (object_type, object_id) index of V1_50 does not serve.
CREATE INDEX audit_event_object_id ON audit_event (object_id, at DESC);
