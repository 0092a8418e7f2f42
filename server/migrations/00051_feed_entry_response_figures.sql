-- A service's public figures (GET /api/v1/services/:id/stats) from its feed entries alone: each
-- entry carries its story's first published response and the changes its published responses
-- report, so the figures of a subtree are one index-only range scan (feed_entries_figures_idx),
-- with no visit to stories or responses. Triggers keep the copies true whoever writes:
-- an entry is filled when it is inserted (a story published, the feed rebuilt), and every entry
-- of a story is refreshed when one of its responses is published, withdrawn, edited or deleted.
alter table feed_entries
  add column first_response_at timestamptz,
  add column changes_planned int not null default 0,
  add column changes_made int not null default 0;

create function feed_entry_fill_response_figures() returns trigger language plpgsql as $$
begin
  select min(r.published_at), count(*) filter (where r.change_marker = 'planned'),
    count(*) filter (where r.change_marker = 'made')
  into new.first_response_at, new.changes_planned, new.changes_made
  from responses r where r.story_id = new.story_id and r.status = 'published';
  return new;
end $$;

create trigger feed_entries_fill_response_figures before insert on feed_entries
  for each row execute function feed_entry_fill_response_figures();

create function responses_refresh_feed_entries() returns trigger language plpgsql as $$
declare
  story uuid := coalesce(new.story_id, old.story_id);
begin
  -- One writer per story at a time: a concurrent change to another response of the same story
  -- waits here, and the count below (a new statement, so a new snapshot) then sees it.
  perform 1 from stories where id = story for no key update;
  update feed_entries f
  set first_response_at = x.first_at, changes_planned = x.planned, changes_made = x.made
  from (
    select min(r.published_at) as first_at, count(*) filter (where r.change_marker = 'planned') as planned,
      count(*) filter (where r.change_marker = 'made') as made
    from responses r where r.story_id = story and r.status = 'published'
  ) x
  where f.story_id = story
    and (f.first_response_at, f.changes_planned, f.changes_made) is distinct from (x.first_at, x.planned, x.made);
  return null;
end $$;

create trigger responses_refresh_feed_entries
  after insert or delete or update of status, change_marker, published_at on responses
  for each row execute function responses_refresh_feed_entries();

update feed_entries f
set first_response_at = x.first_at, changes_planned = x.planned, changes_made = x.made
from (
  select r.story_id, min(r.published_at) as first_at,
    count(*) filter (where r.change_marker = 'planned') as planned,
    count(*) filter (where r.change_marker = 'made') as made
  from responses r where r.status = 'published' group by r.story_id
) x
where f.story_id = x.story_id;

create index feed_entries_figures_idx on feed_entries (node_id)
  include (published_at, first_response_at, changes_planned, changes_made);
