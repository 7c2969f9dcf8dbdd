-- casework: finding any application of an office (docs/casework.md "Search") at a million rows.
-- Names match partially, without regard to case or accents: a trigram index over the folded name. unaccent and
-- pg_trgm are trusted extensions (PostgreSQL 13+): the database owner may create them.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE (its dictionary could change); with the dictionary named it is safe to index.
create function casework_fold(text) returns text
    language sql immutable strict parallel safe
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

create index permohonan_name_trgm on permohonan using gin (casework_fold(applicant_name) gin_trgm_ops);
-- a whole NIK or KK number, and the NIK's last digits (a suffix is a prefix of the reversed number)
create index permohonan_by_nik on permohonan (office_code, nik);
create index permohonan_by_nik_suffix on permohonan (office_code, reverse(nik) text_pattern_ops);
create index permohonan_by_family_card on permohonan (office_code, family_card_number);
-- filters that leave few rows of many: refused/finished (status), the receiving officer, the service
create index permohonan_by_office_status on permohonan (office_code, status, submitted_at desc);
create index permohonan_by_officer on permohonan (office_code, submitted_by, submitted_at desc);
create index permohonan_by_service on permohonan (office_code, sop_code, submitted_at desc);
create index permohonan_by_name on permohonan (office_code, applicant_name, id);
