-- Working hours of an office that differ from the regular Perpres 21/2023 schedule for a period: Ramadan hours
-- (RAMADAN: Monday–Thursday 08:00–15:00, break 12:00–12:30; Friday 08:00–15:30, break 11:30–12:30; 32.5 h a week) or
-- a shortened day (SHORTENED: the hours given, every working day of the period). Which days are working days does
-- not change (holidays, closed and extra working days stay as they are); only their hours do.
CREATE TABLE calendar_office_hours (
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  office_code  TEXT NOT NULL,
  starts_on    DATE NOT NULL,
  ends_on      DATE NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('RAMADAN', 'SHORTENED')),
  opens        TIME,
  break_starts TIME,
  break_ends   TIME,
  closes       TIME,
  reason       TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CHECK (starts_on <= ends_on),
  CHECK (kind = 'RAMADAN' OR (opens IS NOT NULL AND closes IS NOT NULL AND opens < closes)),
  CHECK ((break_starts IS NULL) = (break_ends IS NULL))
);

CREATE INDEX calendar_office_hours_office ON calendar_office_hours (office_code, starts_on);
