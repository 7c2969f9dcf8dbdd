-- Per-office notification texts (issue 15 item 5): an office's own subject and body of a notification kind, written by
-- its administrator, with the same {placeholders} as the module's standard texts. Without a row the standard text of
-- the bundle is used (Indonesian; English for a user who chose it). Optimistic version for concurrent edits.
create table notification_template (
    office_code  varchar(50)   not null,
    kind         varchar(40)   not null,
    subject      varchar(200)  not null,
    body         varchar(4000) not null,
    version      integer       not null,
    updated_by   varchar(100)  not null,
    updated_at   timestamptz   not null,
    primary key (office_code, kind)
);
