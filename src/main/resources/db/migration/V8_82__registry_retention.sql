-- How long an office keeps a registry edition once a newer one serves (issue 16, privacy): the extract is personal
-- data of the whole region, kept no longer than the office decides. No row: the default of RegistryRetention.
CREATE TABLE registry_office_setting (
    office_code    TEXT PRIMARY KEY,
    retention_days INTEGER NOT NULL CHECK (retention_days BETWEEN 1 AND 3650)
);
