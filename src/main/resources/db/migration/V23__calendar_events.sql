-- Calendar invitations: each booked meeting keeps one event UID for life; the sequence number
-- tells calendars which version of the invitation (booking, re-booking, cancellation) is newest.
create table calendar_event (
    uid      varchar(200) primary key,
    sequence integer      not null
);
