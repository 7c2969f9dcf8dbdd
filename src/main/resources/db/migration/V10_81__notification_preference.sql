-- Each user's own choices for notifications (the profile page): a phone for WhatsApp/SMS and whether to use it.
create table notification_preference (
    username    varchar(100) primary key,
    phone       varchar(20),
    gateway     boolean      not null default false,
    updated_at  timestamptz  not null
);
