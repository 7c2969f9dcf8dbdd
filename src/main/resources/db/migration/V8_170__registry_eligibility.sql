-- The office's eligibility rule per service (issue 16 item 2): the highest desil a service accepts, e.g. desil <= 5
-- for PBI-JK. Data of the office, set on its registry page; the officer at the verification step still decides.
-- service_code is an SOP code of the office: the registry knows no SOP, the casework module lists them.
CREATE TABLE registry_eligibility_rule (
    office_code  TEXT        NOT NULL,
    service_code TEXT        NOT NULL,
    max_desil    INTEGER     NOT NULL CHECK (max_desil BETWEEN 1 AND 10),
    changed_at   TIMESTAMPTZ NOT NULL,
    changed_by   TEXT        NOT NULL,
    PRIMARY KEY (office_code, service_code)
);

-- Whether the look-up recorded at intake stands for the "screenshot DTKS" paper of the checklist (seed 000's
-- Kelengkapan): the office decides; no row is off.
CREATE TABLE registry_desk_setting (
    office_code            TEXT PRIMARY KEY,
    check_stands_for_paper BOOLEAN     NOT NULL,
    changed_at             TIMESTAMPTZ NOT NULL,
    changed_by             TEXT        NOT NULL
);
