-- Registry (DTSEN/DTKS) extracts per office. Each import is one edition; an edition and its rows are written in one
-- transaction, so the previous edition serves look-ups until the new one commits.
CREATE TABLE registry_edition (
    id            UUID PRIMARY KEY,
    office_code   TEXT        NOT NULL,
    source_name   TEXT        NOT NULL,
    imported_at   TIMESTAMPTZ NOT NULL,
    imported_by   TEXT        NOT NULL,
    row_count     INTEGER     NOT NULL,
    skipped_rows  INTEGER     NOT NULL
);
CREATE INDEX registry_edition_office ON registry_edition (office_code, imported_at DESC);

-- One row of an edition. The primary key is the look-up path (edition, NIK).
CREATE TABLE registry_entry (
    edition_id    UUID     NOT NULL REFERENCES registry_edition (id) ON DELETE CASCADE,
    nik           CHAR(16) NOT NULL,
    family_number TEXT,
    name          TEXT     NOT NULL,
    desil         SMALLINT NOT NULL CHECK (desil BETWEEN 1 AND 10),
    region_code   TEXT,
    status        TEXT,
    PRIMARY KEY (edition_id, nik)
);
