-- Working calendar (module calendar): national holidays and cuti bersama per year, office time zones and
-- per-office exceptions. Office hours follow Perpres 21/2023 and live in code (OfficeHours).

-- The decree each year's list comes from; provisional = not yet checked against that year's SKB 3 Menteri.
CREATE TABLE calendar_holiday_year (
  year        INTEGER PRIMARY KEY CHECK (year BETWEEN 1900 AND 9999),
  source      TEXT    NOT NULL CHECK (length(trim(source)) > 0),
  provisional BOOLEAN NOT NULL
);

CREATE TABLE calendar_holiday (
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  holiday_date DATE NOT NULL,
  name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind         TEXT NOT NULL CHECK (kind IN ('NATIONAL', 'CUTI_BERSAMA')),
  source       TEXT NOT NULL CHECK (length(trim(source)) > 0),
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT calendar_holiday_date_name_key UNIQUE (holiday_date, name)
);

-- One row per office that has settings; an office without a row works in Asia/Jakarta (WIB).
CREATE TABLE calendar_office (
  office_code TEXT PRIMARY KEY,
  zone        TEXT NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

CREATE TABLE calendar_office_exception (
  id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  office_code    TEXT NOT NULL,
  exception_date DATE NOT NULL,
  kind           TEXT NOT NULL CHECK (kind IN ('CLOSED', 'EXTRA_WORKING_DAY')),
  reason         TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT calendar_office_exception_office_date_key UNIQUE (office_code, exception_date)
);
