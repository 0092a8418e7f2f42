-- Welsh (issue 15). A story remembers the language it was told in, so that its emails, follow
-- page and unsubscribe page speak it; a user chooses the portal's (and their emails') language;
-- a directory node may have a Welsh name, shown wherever the reader reads Welsh.
alter table stories add column lang text not null default 'en' check (lang in ('en', 'cy'));
alter table users add column lang text not null default 'en' check (lang in ('en', 'cy'));
alter table service_nodes add column name_cy text check (length(name_cy) between 1 and 200);
-- Names from the root down in Welsh, each node's Welsh name or else its English one.
alter table service_nodes add column path_names_cy text[] not null default '{}';
update service_nodes set path_names_cy = path_names;
-- An invitation is written in the inviter's language; the account it creates starts in it.
alter table invitations add column lang text not null default 'en' check (lang in ('en', 'cy'));
