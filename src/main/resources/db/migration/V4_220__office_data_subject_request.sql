-- The register of data-subject requests (id.alur.office.DataSubjectRequests, docs/security.md "Data subject's access"):
-- UU 27/2022 Pasal 32 gives the controller 3 x 24 hours from a request to answer it, so each request is recorded with
-- when it came, who asked and how, and when and by whom it was answered. The person is kept as the NIK's last four
-- digits (to tell requests apart on the list) and its pseudonym (PersonPseudonyms, V1_220: to find the open requests a
-- report answers), never the whole NIK.
CREATE TABLE data_subject_request
(
  id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  office_code   VARCHAR(64)  NOT NULL REFERENCES office (code),
  requester     VARCHAR(200) NOT NULL CHECK (length(trim(requester)) > 0),
  nik_last4     CHAR(4)      NOT NULL CHECK (nik_last4 ~ '^[0-9]{4}$'),
  person        VARCHAR(64)  NOT NULL,
  channel       VARCHAR(16)  NOT NULL CHECK (channel IN ('LOKET', 'SURAT', 'EMAIL', 'TELEPON', 'LAINNYA')),
  received_at   TIMESTAMPTZ  NOT NULL,
  recorded_by   VARCHAR(100) NOT NULL,
  due_hours     INT          NOT NULL CHECK (due_hours > 0),
  answered_at   TIMESTAMPTZ,
  answered_by   VARCHAR(100),
  answer_format VARCHAR(8),
  CHECK ((answered_at IS NULL) = (answered_by IS NULL))
);

CREATE INDEX data_subject_request_office ON data_subject_request (office_code, received_at DESC);
CREATE INDEX data_subject_request_open ON data_subject_request (person) WHERE answered_at IS NULL;
