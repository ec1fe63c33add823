-- Who may read the list of participants (those confirmed who agreed to be listed): nobody but the
-- organisers (OFF), the event's confirmed registrants, or everyone.
alter table registration_settings add column participant_list varchar(11) default 'OFF' not null;
alter table registration_settings add constraint registration_settings_participant_list
    check (participant_list in ('OFF', 'REGISTRANTS', 'PUBLIC'));
