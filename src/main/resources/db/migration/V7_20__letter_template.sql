-- The body of a letter kind as an office wrote it (LetterTemplate: plain text with {{placeholders}}, docs/letters.md
-- "Templates"). No row: the standard body of the kind. Issued letters keep the body resolved into their snapshot
-- (letter.document), so a change applies from the next letter on.
CREATE TABLE letter_template
(
  office_code TEXT        NOT NULL,
  kind        TEXT        NOT NULL,
  body        TEXT        NOT NULL,
  version     INT         NOT NULL DEFAULT 0,
  updated_at  TIMESTAMPTZ NOT NULL,
  updated_by  TEXT        NOT NULL,
  PRIMARY KEY (office_code, kind)
);
