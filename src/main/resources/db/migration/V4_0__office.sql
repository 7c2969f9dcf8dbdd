-- Offices, positions (the SOP lanes), users, memberships, office administrators, delegations (Plh/Plt) and API
-- tokens. Optimistic locking by "version"; who changed a row last is kept for the 409 answer.

CREATE TABLE office (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code        VARCHAR(64)  NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9-]{1,63}$'),
  name        VARCHAR(200) NOT NULL CHECK (length(trim(name)) > 0),
  kind        VARCHAR(32)  NOT NULL,
  address     VARCHAR(500),
  zone_id     VARCHAR(64)  NOT NULL,
  version     INT          NOT NULL DEFAULT 0,
  created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
  updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
  updated_by  VARCHAR(64)
);

-- A position is an SOP lane of the office (code = the SOP's actor id). rank_order 1 is the highest (the SOP
-- table lists lanes from the highest position down, PermenPAN-RB 35/2012 "Cara Pengisian" (2)).
CREATE TABLE position (
  id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  office_id     BIGINT       NOT NULL REFERENCES office (id),
  code          VARCHAR(64)  NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
  title         VARCHAR(200) NOT NULL CHECK (length(trim(title)) > 0),
  rank_order    INT          NOT NULL CHECK (rank_order BETWEEN 1 AND 999),
  front_desk    BOOLEAN      NOT NULL DEFAULT FALSE,
  outside_party BOOLEAN      NOT NULL DEFAULT FALSE,
  version       INT          NOT NULL DEFAULT 0,
  updated_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
  updated_by    VARCHAR(64),
  UNIQUE (office_id, code),
  CHECK (NOT (front_desk AND outside_party))
);

CREATE TABLE app_user (
  id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username       VARCHAR(64)  NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
  full_name      VARCHAR(200) NOT NULL CHECK (length(trim(full_name)) > 0),
  nip            VARCHAR(18)  UNIQUE CHECK (nip ~ '^[0-9]{18}$'),
  pangkat        VARCHAR(100),
  email          VARCHAR(254),
  enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
  password_hash  VARCHAR(200) NOT NULL,
  system_admin   BOOLEAN      NOT NULL DEFAULT FALSE,
  last_office_id BIGINT       REFERENCES office (id),
  last_login_at  TIMESTAMPTZ,
  version        INT          NOT NULL DEFAULT 0,
  created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
  updated_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
  updated_by     VARCHAR(64)
);

CREATE TABLE membership (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id     BIGINT      NOT NULL REFERENCES app_user (id),
  position_id BIGINT      NOT NULL REFERENCES position (id),
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  created_by  VARCHAR(64),
  UNIQUE (user_id, position_id)
);
CREATE INDEX membership_by_position ON membership (position_id);

CREATE TABLE office_administrator (
  user_id    BIGINT      NOT NULL REFERENCES app_user (id),
  office_id  BIGINT      NOT NULL REFERENCES office (id),
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  created_by VARCHAR(64),
  PRIMARY KEY (user_id, office_id)
);

-- Plh / Plt (SE Kepala BKN 1/SE/I/2021): a stand-in acts in a position for a date range. holder_user_id is the
-- absent holder; it is empty only for a Plt of a vacant position. Ending early sets ended_on, the first day the
-- stand-in no longer acts.
CREATE TABLE delegation (
  id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  position_id       BIGINT       NOT NULL REFERENCES position (id),
  holder_user_id    BIGINT       REFERENCES app_user (id),
  stand_in_user_id  BIGINT       NOT NULL REFERENCES app_user (id),
  kind              VARCHAR(3)   NOT NULL CHECK (kind IN ('PLH', 'PLT')),
  starts_on         DATE         NOT NULL,
  ends_on           DATE         NOT NULL,
  reason            VARCHAR(500) NOT NULL CHECK (length(trim(reason)) > 0),
  ended_on          DATE,
  ended_by          VARCHAR(64),
  created_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
  created_by        VARCHAR(64),
  version           INT          NOT NULL DEFAULT 0,
  CHECK (ends_on >= starts_on),
  CHECK (holder_user_id IS NOT NULL OR kind = 'PLT'),
  CHECK (holder_user_id IS NULL OR holder_user_id <> stand_in_user_id)
);
CREATE INDEX delegation_by_stand_in ON delegation (stand_in_user_id, starts_on, ends_on);
CREATE INDEX delegation_by_position ON delegation (position_id, starts_on, ends_on);

-- Integration tokens: only the SHA-256 of the token is kept; the token itself is shown once when issued.
CREATE TABLE api_token (
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id      BIGINT      NOT NULL REFERENCES app_user (id),
  name         VARCHAR(100) NOT NULL CHECK (length(trim(name)) > 0),
  token_hash   CHAR(64)    NOT NULL UNIQUE,
  token_prefix VARCHAR(16) NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
  created_by   VARCHAR(64),
  last_used_at TIMESTAMPTZ,
  revoked_at   TIMESTAMPTZ,
  revoked_by   VARCHAR(64)
);
CREATE INDEX api_token_by_user ON api_token (user_id);
