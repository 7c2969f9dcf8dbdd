-- Notifications (docs/notification.md). One delivery row per (event, recipient, channel): the unique key is what makes
-- a notification go out once, however often its event publication is resubmitted.
create table notification_delivery (
    id          bigint generated always as identity primary key,
    event_key   varchar(200) not null,
    recipient   varchar(100) not null,
    channel     varchar(10)  not null check (channel in ('IN_APP', 'EMAIL', 'GATEWAY')),
    office_code varchar(64)  not null,
    kind        varchar(30)  not null,
    address     varchar(200),
    status      varchar(10)  not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts    integer      not null default 0,
    last_error  text,
    created_at  timestamptz  not null,
    sent_at     timestamptz,
    constraint notification_delivery_once unique (event_key, recipient, channel)
);
-- The administrator's list of failed deliveries.
create index notification_delivery_failed on notification_delivery (office_code, created_at desc) where status = 'FAILED';

-- The in-app list: one row per notification shown to a user.
create table notification (
    id          bigint generated always as identity primary key,
    delivery_id bigint       not null unique references notification_delivery (id),
    username    varchar(100) not null,
    office_code varchar(64)  not null,
    kind        varchar(30)  not null,
    subject     text         not null,
    body        text         not null,
    link        varchar(300),
    created_at  timestamptz  not null,
    read_at     timestamptz
);
create index notification_by_user on notification (username, created_at desc);
create index notification_unread on notification (username) where read_at is null;
