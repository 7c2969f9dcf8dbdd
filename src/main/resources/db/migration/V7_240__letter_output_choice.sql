-- Issue 12 follow-up: the office admin decides per step of an SOP version whether its Mutu Baku output is a letter
-- the office issues, overriding the rule over the Output column (LetterOutputs). One row per version and step that
-- the admin decided; a step without a row follows the rule. The version is sop's sop_version.id (no foreign key
-- across modules: the letter module keeps its own tables).
CREATE TABLE letter_output_choice
(
  sop_version_id  BIGINT      NOT NULL,
  activity_number INT         NOT NULL CHECK (activity_number > 0),
  is_letter       BOOLEAN     NOT NULL,
  chosen_by       TEXT        NOT NULL,
  chosen_at       TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (sop_version_id, activity_number)
);
