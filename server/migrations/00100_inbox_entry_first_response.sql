-- The response figures on each inbox entry: when its story was first answered in public (by
-- anyone, as the dashboards count it), the working hours it waited for that, and how many of its
-- published responses report a change planned or made. The dashboards' series and clock figures,
-- and the median of all subscribers beside them, then read each subscriber's entries for the
-- period from one index (index-only) instead of looking up the story's responses and working out
-- working hours for every story of every subscriber on every dashboard request: at a million
-- stories the median of all subscribers took about 30 s (BENCHMARKS.md, "Inbox workflow and
-- dashboards"). Triggers keep the copies true whoever writes, as 00051 does for feed entries.

alter table inbox_entries
  add column first_response_at timestamptz,
  add column first_response_hours numeric,
  add column changes_planned int not null default 0,
  add column changes_made int not null default 0;

update inbox_entries e
set first_response_at = x.first_at, first_response_hours = dashboard_working_hours(e.published_at, x.first_at),
  changes_planned = x.planned, changes_made = x.made
from (
  select story_id, min(published_at) as first_at, count(*) filter (where change_marker = 'planned') as planned,
    count(*) filter (where change_marker = 'made') as made
  from responses where status = 'published' group by story_id
) x
where x.story_id = e.story_id;

-- A new entry (publishing, coverage widened) starts with its story's responses.
create function inbox_entry_fill_response_figures() returns trigger language plpgsql as $$
begin
  select min(r.published_at), count(*) filter (where r.change_marker = 'planned'),
    count(*) filter (where r.change_marker = 'made')
  into new.first_response_at, new.changes_planned, new.changes_made
  from responses r where r.story_id = new.story_id and r.status = 'published';
  new.first_response_hours := case when new.first_response_at is not null
    then dashboard_working_hours(new.published_at, new.first_response_at) end;
  return new;
end $$;
create trigger inbox_entry_response_figures before insert on inbox_entries
  for each row execute function inbox_entry_fill_response_figures();

-- A response published, withdrawn, moved in time, marked with a change or deleted: every entry of
-- its story follows.
create function responses_refresh_inbox_figures() returns trigger language plpgsql as $$
declare
  story uuid := coalesce(new.story_id, old.story_id);
begin
  -- One writer per story at a time (as responses_refresh_feed_entries): the next statement sees
  -- a concurrent change to another response of the same story once that one has committed.
  perform 1 from stories where id = story for no key update;
  update inbox_entries e
  set first_response_at = x.first_at,
    first_response_hours = case when x.first_at is not null then dashboard_working_hours(e.published_at, x.first_at) end,
    changes_planned = x.planned, changes_made = x.made
  from (
    select min(r.published_at) as first_at, count(*) filter (where r.change_marker = 'planned') as planned,
      count(*) filter (where r.change_marker = 'made') as made
    from responses r where r.story_id = story and r.status = 'published'
  ) x
  where e.story_id = story
    and (e.first_response_at, e.changes_planned, e.changes_made) is distinct from (x.first_at, x.planned, x.made);
  return null;
end $$;
create trigger responses_refresh_inbox_figures
  after insert or delete or update of status, change_marker, published_at on responses
  for each row execute function responses_refresh_inbox_figures();

-- The list index carries the figures too, so a period's figures stay index-only.
drop index inbox_entries_list_idx;
create index inbox_entries_list_idx on inbox_entries (subscriber_id, published_at desc, story_id desc)
  include (criticality, responded, tags, state, assignee_id, due_at, first_response_at, first_response_hours,
    changes_planned, changes_made);

-- Each subscriber's published responses that report a change, by when they were published (the
-- dashboards' changes overdue, and the median of all subscribers' changes): a small part of all
-- responses, and only those published since a period began are read.
create index responses_change_figures_idx on responses (subscriber_id, published_at)
  include (story_id, change_marker, id)
  where status = 'published' and change_marker is not null;
