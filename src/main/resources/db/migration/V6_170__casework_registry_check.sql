-- The DTSEN/DTKS look-up made at intake, recorded on the permohonan as a checked fact (issue 16 item 2): who looked
-- up, when, in which edition, and what was found for each NIK (position 0 the applicant, n the n-th household member).
-- No reference to the edition: the registry deletes replaced editions after the office's retention; the fact stays.
create table permohonan_registry_check (
    permohonan_id       bigint      not null references permohonan (id),
    position            integer     not null,
    nik                 varchar(16) not null,
    found               boolean     not null,
    desil               integer check (desil between 1 and 10),
    edition_id          uuid,
    edition_source      text,
    edition_imported_at timestamptz,
    checked_at          timestamptz not null,
    checked_by          varchar(100) not null,
    primary key (permohonan_id, position),
    check (found = (desil is not null)),
    check ((edition_id is null) = (edition_imported_at is null))
);

-- A paper of the checklist counted as present because the recorded check stands for it (the office's setting of
-- issue 16 item 3, seed 000's "screenshot DTKS"), not because the officer saw it.
alter table permohonan_checklist_item add column satisfied_by_registry boolean not null default false;
