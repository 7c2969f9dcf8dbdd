-- Which applications a person appears in as a household member, by NIK: the audit page's subject filter and the
-- data-subject access of UU 27/2022 (issue 14 item 4) ask it; V6_0 indexes only the applicant's NIK.
create index permohonan_household_member_by_nik on permohonan_household_member (nik);
