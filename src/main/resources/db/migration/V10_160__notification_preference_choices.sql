-- The profile page's further choices (issue 15 item 3): the user's language (the interface after login and the texts
-- of their notifications; null is Indonesian) and the notification kinds they turned off, per channel. A row is a
-- choice made against the default, which is every kind on every channel the user has (opt-out), so that a user who
-- never opened the profile keeps getting what the module sent before.
alter table notification_preference add column language varchar(2);

create table notification_muted (
    username  varchar(100) not null,
    kind      varchar(40)  not null,
    channel   varchar(20)  not null,
    primary key (username, kind, channel)
);
