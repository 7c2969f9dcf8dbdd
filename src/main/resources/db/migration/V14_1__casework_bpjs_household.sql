-- The usulan to BPJS Kesehatan carries each person proposed for a KIS (issue 16 items 2 and 3, task D): a KIS of
-- PBI-JK covers people, not applications, and the front desk lists the household (KK) because the application is
-- for them too. The persons an application proposes, and the first-level health facility (faskes) each chose at the
-- front desk. Person 0 is the applicant (always proposed), person n the n-th household member of the KK
-- (permohonan_household_member.position n - 1), the numbering of permohonan_registry_check. An application taken in
-- before this has no row here: it proposes its applicant alone, with the office's default faskes.
create table permohonan_kis_proposal (
    permohonan_id bigint       not null references permohonan (id),
    person        integer      not null check (person >= 0),
    faskes        varchar(200),
    primary key (permohonan_id, person)
);

-- A batch has one row per person proposed: the batch, the application and the person. Every row that exists is the
-- applicant's (person 0), as it was sent. A person is in at most one open row; an application's persons go out
-- together (BpjsRepository.waiting takes a case with no open row at all).
alter table bpjs_batch_case add column person integer not null default 0 check (person >= 0);
alter table bpjs_batch_case drop constraint bpjs_batch_case_pkey;
alter table bpjs_batch_case add primary key (batch_id, permohonan_id, person);
drop index bpjs_batch_case_open_once;
create unique index bpjs_batch_case_open_once on bpjs_batch_case (permohonan_id, person) where open;
