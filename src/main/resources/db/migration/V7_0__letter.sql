-- Letters (module letter): settings per office and SOP, letterheads, the gapless counters, issued letters with
-- their PDF bytes and hash, and the paraf/signature records of reviewers. See docs/letters.md.

-- Which letter an SOP produces in an office, at which step it is numbered and issued, whose completion is the
-- signature and which steps record a paraf, and how its number is written.
CREATE TABLE letter_setting
(
  id                  BIGSERIAL PRIMARY KEY,
  office_code         TEXT    NOT NULL,
  sop_code            TEXT    NOT NULL,
  kind                TEXT    NOT NULL,
  issue_step          INT     NOT NULL CHECK (issue_step > 0),
  sign_step           INT     NOT NULL CHECK (sign_step > 0),
  paraf_steps         INT[]   NOT NULL DEFAULT '{}',
  pattern             TEXT    NOT NULL,
  classification_code TEXT,
  unit_code           TEXT,
  subject             TEXT,
  addressee           TEXT,
  signs_for_title     TEXT,
  version             INT     NOT NULL DEFAULT 0,
  updated_at          TIMESTAMPTZ NOT NULL,
  updated_by          TEXT    NOT NULL,
  UNIQUE (office_code, sop_code, kind)
);

-- Kop surat of an office; the logo is an image the admin uploaded (PNG or JPEG).
CREATE TABLE letterhead
(
  office_code     TEXT PRIMARY KEY,
  government_name TEXT NOT NULL,
  office_name     TEXT NOT NULL,
  address         TEXT,
  contact         TEXT,
  place           TEXT NOT NULL,
  logo            BYTEA,
  logo_media_type TEXT,
  version         INT  NOT NULL DEFAULT 0,
  updated_at      TIMESTAMPTZ NOT NULL,
  updated_by      TEXT NOT NULL
);

-- The last sequence number given per office, kind and calendar year (in the office's time zone). Incremented in the
-- transaction that stores the letter, so a rolled-back issue gives its number back: no gap, no duplicate.
CREATE TABLE letter_counter
(
  office_code TEXT NOT NULL,
  kind        TEXT NOT NULL,
  year        INT  NOT NULL,
  last_value  INT  NOT NULL CHECK (last_value > 0),
  PRIMARY KEY (office_code, kind, year)
);

CREATE TABLE letter
(
  id                  BIGSERIAL PRIMARY KEY,
  office_code         TEXT        NOT NULL,
  sop_code            TEXT        NOT NULL,
  kind                TEXT        NOT NULL,
  case_id             BIGINT      NOT NULL,
  subject_ref         TEXT,
  year                INT         NOT NULL,
  sequence            INT         NOT NULL CHECK (sequence > 0),
  number              TEXT        NOT NULL,
  issued_at           TIMESTAMPTZ NOT NULL,
  issued_on           DATE        NOT NULL,
  zone                TEXT        NOT NULL,
  office_name         TEXT        NOT NULL,
  subject             TEXT,
  addressee           TEXT,
  applicant_name      TEXT,
  applicant_initials  TEXT,
  signer_username     TEXT        NOT NULL,
  signer_name         TEXT        NOT NULL,
  signer_title        TEXT        NOT NULL,
  signer_capacity     TEXT,
  signer_rank         TEXT,
  signer_nip          TEXT,
  verification_code   TEXT        NOT NULL UNIQUE,
  pdf                 BYTEA       NOT NULL,
  pdf_sha256          TEXT        NOT NULL CHECK (pdf_sha256 ~ '^[0-9a-f]{64}$'),
  office_copy_pdf     BYTEA       NOT NULL,
  revoked_at          TIMESTAMPTZ,
  revoked_by          TEXT,
  revoked_reason      TEXT,
  version             INT         NOT NULL DEFAULT 0,
  UNIQUE (office_code, kind, year, sequence),
  -- A re-delivered step-completed event finds the letter already there and issues nothing.
  UNIQUE (case_id, kind),
  CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
);

CREATE INDEX letter_register_idx ON letter (office_code, issued_on, kind);

-- Paraf of reviewers and the signature approval, recorded when a configured step completes; the latest pass of a
-- step wins (a draft returned and reviewed again is initialled again).
CREATE TABLE letter_approval
(
  case_id          BIGINT      NOT NULL,
  kind             TEXT        NOT NULL,
  step             INT         NOT NULL,
  role             TEXT        NOT NULL CHECK (role IN ('PARAF', 'SIGNATURE')),
  office_code      TEXT        NOT NULL,
  username         TEXT        NOT NULL,
  name             TEXT        NOT NULL,
  position_code    TEXT        NOT NULL,
  position_title   TEXT        NOT NULL,
  rank             TEXT,
  nip              TEXT,
  delegation_kind  TEXT,
  on_behalf_of     TEXT,
  note             TEXT,
  recorded_at      TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (case_id, kind, step)
);
