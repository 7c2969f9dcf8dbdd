-- The applicant's contact for messages about the application (issue 15): an e-mail address, optional, and whether the
-- applicant agreed at intake to receive messages at it and at the phone. Without that consent nothing is sent.
alter table permohonan add column email varchar(200);
alter table permohonan add column notify_consent boolean not null default false;
