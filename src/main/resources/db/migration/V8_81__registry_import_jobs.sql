-- The column mapping of each source an office imports from, set once (issue 16): DTSEN extracts of different years
-- and provinces name their columns differently.
CREATE TABLE registry_source (
    office_code          TEXT NOT NULL,
    name                 TEXT NOT NULL,
    nik_column           TEXT NOT NULL,
    family_number_column TEXT,
    name_column          TEXT NOT NULL,
    desil_column         TEXT NOT NULL,
    region_code_column   TEXT,
    status_column        TEXT,
    PRIMARY KEY (office_code, name)
);

-- One upload and its way to an edition: checked (preview, problems), then imported in the mode the admin chose. The
-- state and progress live here, so that the page shows them after a reload, and on another signed-in device.
CREATE TABLE registry_import_job (
    id           UUID PRIMARY KEY,
    office_code  TEXT        NOT NULL,
    source_name  TEXT        NOT NULL,
    file_name    TEXT        NOT NULL,
    file_path    TEXT,
    file_size    BIGINT      NOT NULL,
    state        TEXT        NOT NULL
        CHECK (state IN ('CHECKING', 'CHECKED', 'REFUSED', 'IMPORTING', 'IMPORTED', 'FAILED')),
    import_mode  TEXT CHECK (import_mode IN ('ALL_OR_NOTHING', 'VALID_ROWS_ONLY')),
    rows_read    INTEGER     NOT NULL DEFAULT 0,
    good_rows    INTEGER     NOT NULL DEFAULT 0,
    bad_rows     INTEGER     NOT NULL DEFAULT 0,
    edition_id   UUID REFERENCES registry_edition (id) ON DELETE SET NULL,
    created_by   TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX registry_import_job_office ON registry_import_job (office_code, created_at DESC);

-- The problems a check or an import found (the first thousand), for the page and the downloadable report.
CREATE TABLE registry_import_problem (
    job_id      UUID    NOT NULL REFERENCES registry_import_job (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    row_number  INTEGER,
    column_name TEXT,
    message_key TEXT    NOT NULL,
    arguments   TEXT[]  NOT NULL,
    PRIMARY KEY (job_id, seq)
);

-- The first rows of the file as the check read them, shown before the admin commits.
CREATE TABLE registry_import_preview (
    job_id     UUID    NOT NULL REFERENCES registry_import_job (id) ON DELETE CASCADE,
    row_number INTEGER NOT NULL,
    nik        TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    desil      SMALLINT NOT NULL,
    family_number TEXT,
    region_code TEXT,
    status     TEXT,
    PRIMARY KEY (job_id, row_number)
);
