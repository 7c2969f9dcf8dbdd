-- casework: applications (permohonan), their household, checklist, scans, notes and hand-over.
-- Office and SOP are referenced by code, not by foreign key: they belong to other modules.

create table permohonan (
    id                 bigint generated always as identity primary key,
    tracking_number    varchar(20)  not null unique,
    office_code        varchar(64)  not null,
    sop_code           varchar(100) not null,
    sop_name           text         not null,
    nik                char(16)     not null,
    applicant_name     varchar(150) not null,
    birth_date         date         not null,
    sex                varchar(6)   not null check (sex in ('MALE', 'FEMALE')),
    family_card_number char(16)     not null,
    address            varchar(300) not null,
    village_code       varchar(13)  not null,
    village_name       text         not null,
    phone              varchar(20)  not null,
    incomplete         boolean      not null,
    workflow_case_id   bigint,
    status             varchar(10)  not null default 'OPEN' check (status in ('OPEN', 'FINISHED', 'CANCELLED')),
    submitted_at       timestamptz  not null,
    submitted_by       varchar(100) not null,
    closed_at          timestamptz,
    version            integer      not null default 0
);

-- A second open application for the same person and service is warned at intake.
create index permohonan_open_by_nik on permohonan (office_code, sop_code, nik) where status = 'OPEN';
create index permohonan_by_workflow_case on permohonan (workflow_case_id);
create index permohonan_by_office_submitted on permohonan (office_code, submitted_at desc);

create table permohonan_household_member (
    permohonan_id bigint       not null references permohonan (id),
    position      integer      not null,
    nik           char(16)     not null,
    name          varchar(150) not null,
    relationship  varchar(40)  not null,
    primary key (permohonan_id, position)
);

create table permohonan_document (
    id             bigint generated always as identity primary key,
    permohonan_id  bigint       not null references permohonan (id),
    office_code    varchar(64)  not null,
    file_name      varchar(255) not null,
    content_type   varchar(40)  not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes     bigint       not null,
    sha256         char(64)     not null,
    step_number    integer,
    uploaded_at    timestamptz  not null,
    uploaded_by    varchar(100) not null
);
create index permohonan_document_by_permohonan on permohonan_document (permohonan_id);

-- The bytes apart from the metadata: listing documents never reads them. In the database so that app nodes
-- stay stateless (DESIGN.md §4).
create table permohonan_document_content (
    document_id bigint primary key references permohonan_document (id),
    content     bytea  not null
);

create table permohonan_checklist_item (
    permohonan_id bigint  not null references permohonan (id),
    position      integer not null,
    requirement   text    not null,
    present       boolean not null,
    document_id   bigint references permohonan_document (id),
    primary key (permohonan_id, position)
);

create table permohonan_note (
    id            bigint generated always as identity primary key,
    permohonan_id bigint       not null references permohonan (id),
    body          text         not null,
    author        varchar(100) not null,
    author_name   varchar(150) not null,
    position_code varchar(64),
    written_at    timestamptz  not null
);
create index permohonan_note_by_permohonan on permohonan_note (permohonan_id);

-- The result (letter, KIS, lembar verifikasi) handed to the applicant: who received it, when, which identity shown.
create table permohonan_handover (
    permohonan_id bigint primary key references permohonan (id),
    received_by   varchar(150) not null,
    id_kind       varchar(20)  not null,
    id_number     varchar(40)  not null,
    received_at   timestamptz  not null,
    recorded_by   varchar(100) not null,
    recorded_at   timestamptz  not null
);

-- What an incomplete file means is the office's SOP, kept as data (docs/casework.md): REFUSE (not processed),
-- RETURN_TO_APPLICANT (returned at the checking step), OFFICER_DECIDES (the default when no row).
create table casework_papers_rule (
    office_code varchar(64)  not null,
    sop_code    varchar(100) not null,
    rule        varchar(24)  not null check (rule in ('REFUSE', 'RETURN_TO_APPLICANT', 'OFFICER_DECIDES')),
    primary key (office_code, sop_code)
);

-- Seed 002 (Kemenag Jakarta Selatan), Peringatan 1: "apabila belum lengkap maka usulan KIS tidak diproses".
insert into casework_papers_rule (office_code, sop_code, rule) values ('kemenag-jaksel', 'kis-pns', 'REFUSE');
-- Seed 004 (Dinkes Belitung), step 3: "apabila tidak lengkap maka akan dikembalikan kepada pemohon".
insert into casework_papers_rule (office_code, sop_code, rule)
values ('dinkes-belitung', 'jkn-kis-pendaftaran-baru', 'RETURN_TO_APPLICANT');
