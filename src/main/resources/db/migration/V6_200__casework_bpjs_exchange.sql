-- The BPJS exchange (issue 16 item 3): the cases waiting at an outside party's step go out as a numbered batch
-- (usulan) in a file whose columns the office sets; the answer file comes back and is applied to the batch's cases.

-- The office's column layout of the usulan file and the column names it reads in the answer file. One per office: the
-- office exchanges with one BPJS branch office (KC), whatever the service.
create table bpjs_layout (
    office_code   varchar(64)  primary key,
    columns       text         not null, -- one "FIELD=Header" per line, in the file's order
    faskes        varchar(200),          -- the faskes proposed for every row (the intake does not ask for one)
    answer_nik    varchar(100) not null,
    answer_kis    varchar(100) not null,
    answer_status varchar(100) not null,
    answer_reason varchar(100) not null,
    updated_by    varchar(100) not null,
    updated_at    timestamptz  not null
);

create table bpjs_batch (
    id          bigint generated always as identity primary key,
    office_code varchar(64)  not null,
    number      integer      not null,
    lane        varchar(64)  not null, -- the outside party's position (SOP lane) the cases wait at
    format      varchar(4)   not null check (format in ('CSV', 'XLSX')),
    columns     text         not null, -- the layout's columns as the file was written
    faskes      varchar(200),
    created_by  varchar(100) not null,
    created_at  timestamptz  not null,
    unique (office_code, number)
);

-- The cases of a batch, in the file's row order, each with the outside party's step it was sent for. A row stays
-- open until the answer for it is applied; a case is in at most one open row, so it is never sent twice at once.
create table bpjs_batch_case (
    batch_id      bigint       not null references bpjs_batch (id),
    permohonan_id bigint       not null references permohonan (id),
    step_id       bigint       not null,
    position      integer      not null,
    nik           varchar(16)  not null,
    open          boolean      not null default true,
    answer        varchar(10)  check (answer in ('AKTIF', 'DITOLAK')),
    kis_number    varchar(100),
    reason        text,
    answered_at   timestamptz,
    primary key (batch_id, permohonan_id),
    check (open = (answer is null))
);
create unique index bpjs_batch_case_open_once on bpjs_batch_case (permohonan_id) where open;
create index bpjs_batch_case_by_nik on bpjs_batch_case (batch_id, nik);

-- An answer file as uploaded, kept whole (the evidence behind every result recorded from it); applied once.
create table bpjs_answer (
    id          bigint generated always as identity primary key,
    batch_id    bigint       not null references bpjs_batch (id),
    file_name   varchar(255) not null,
    content     bytea        not null,
    sha256      char(64)     not null,
    uploaded_by varchar(100) not null,
    uploaded_at timestamptz  not null,
    applied_by  varchar(100),
    applied_at  timestamptz
);
create index bpjs_answer_by_batch on bpjs_answer (batch_id);

-- Each matched case gets its own row of the answer as the evidence of its step (a CSV of the header and that row):
-- the whole file holds every other applicant of the batch and stays with the batch, inside the office.
alter table permohonan_document drop constraint permohonan_document_content_type_check;
alter table permohonan_document add constraint permohonan_document_content_type_check
    check (content_type in ('application/pdf', 'image/jpeg', 'image/png', 'text/csv'));
