-- Which paper of a service's checklist the check recorded at intake stands for (issue 16), chosen per service by the
-- office's administrator on the registry page, when the office lets the check stand for a paper at all
-- (registry_desk_setting). The paper is its text as the SOP's Kelengkapan names it: positions change between SOP
-- versions, the paper's name rarely does. NULL: no paper of this service. No row: the paper naming the DTKS or the
-- DTSEN, as seed 000's "melampirkan screenshoot DTKS dari desa" (the suggestion until the admin chooses).
CREATE TABLE registry_paper_choice (
    office_code  TEXT        NOT NULL,
    service_code TEXT        NOT NULL,
    paper        TEXT,
    changed_at   TIMESTAMPTZ NOT NULL,
    changed_by   TEXT        NOT NULL,
    PRIMARY KEY (office_code, service_code)
);
