-- Door helpers: a committee role that checks registrants in and sees nothing else.
alter table event_member drop constraint event_member_role_known;
alter table event_member add constraint event_member_role_known
    check (role in ('ORGANISER', 'TRACK_CHAIR', 'REVIEWER', 'DOOR'));
alter table event_invitation drop constraint event_invitation_role_known;
alter table event_invitation add constraint event_invitation_role_known
    check (role in ('ORGANISER', 'TRACK_CHAIR', 'REVIEWER', 'DOOR'));
