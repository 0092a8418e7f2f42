-- The subscriber inbox: published stories within a subscriber's coverage, newest first, filtered
-- by criticality, tags, "responded" and text, and counted — under 50 ms with a million stories.
--
-- One row per (subscriber, published story within its coverage), carrying the columns the inbox
-- filters on. A page is one range scan of inbox_entries_list_idx (index-only: the filter columns
-- are included), however the coverage is shaped and however many other stories exist; a filter
-- that matches few stories reads the subscriber's index entries only, never a story row.
--
-- Text search: each entry's lexemes carry a short prefix of its subscriber's id ('1a2b3c4d:nurs'),
-- and queries are rewritten the same way (inbox_search_query), so the GIN index's posting list for
-- a word holds only that subscriber's stories. A rare or absent word is then a few index pages,
-- whatever the rest of the country wrote, and the per-subscriber statistics let the planner choose
-- between that and walking the list newest first (cheap for a common word).
--
-- The entries follow their sources through triggers, so every write path keeps them right without
-- knowing about them: publishing and withdrawing (feed_entries), a moderator's redaction,
-- criticality and tags, a response being published, and a directory import that moves services.
-- Coverage changes call inbox_add_entries (server/src/subscribers/coverage.ts).

create table inbox_entries (
  subscriber_id uuid not null references subscribers (id) on delete cascade,
  story_id uuid not null references stories (id) on delete cascade,
  published_at timestamptz not null,
  criticality smallint,
  -- The story has at least one published response (stories.response_count > 0).
  responded boolean not null,
  tags text[] not null,
  -- The published (redacted) title and body; never the author's original words.
  search tsvector not null,
  primary key (subscriber_id, story_id)
);
create index inbox_entries_list_idx on inbox_entries (subscriber_id, published_at desc, story_id desc)
  include (criticality, responded, tags);
-- Triage ("unanswered and at least moderately critical"): counts and rare combinations read just
-- the matching entries, index-only, instead of the subscriber's whole list.
create index inbox_entries_triage_idx on inbox_entries (subscriber_id, responded, criticality)
  include (published_at, story_id, tags);
create index inbox_entries_story_idx on inbox_entries (story_id);
create index inbox_entries_search_idx on inbox_entries using gin (search);

-- '1a2b3c4d:' for subscriber 1a2b3c4d-…: two subscribers sharing a prefix only share posting lists.
create function inbox_search_prefix(subscriber_id uuid) returns text
  language sql immutable parallel safe
  as $$ select left(replace(subscriber_id::text, '-', ''), 8) || ':' $$;

-- Puts the prefix inside every quoted lexeme of a tsvector's or tsquery's text form (positions,
-- weights and operators are outside the quotes and stay as they are).
create function inbox_prefix_lexemes(prefix text, value text) returns text
  language sql immutable parallel safe
  as $$ select regexp_replace(value, '''((?:[^'']|'''')*)''', '''' || prefix || '\1''', 'g') $$;

create function inbox_search_vector(subscriber_id uuid, title text, body text) returns tsvector
  language sql immutable parallel safe
  as $$ select inbox_prefix_lexemes(inbox_search_prefix(subscriber_id),
    (setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B'))::text)::tsvector $$;

-- websearch_to_tsquery('english', q) for one subscriber's entries.
create function inbox_search_query(subscriber_id uuid, q text) returns tsquery
  language sql immutable parallel safe
  as $$ select inbox_prefix_lexemes(inbox_search_prefix(subscriber_id),
    websearch_to_tsquery('english', q)::text)::tsquery $$;

-- What each subscriber's entry for each covered published story should say.
create view inbox_sources as
  select distinct on (sc.subscriber_id, f.story_id)
    sc.subscriber_id, f.story_id, f.published_at, s.criticality, s.response_count > 0 as responded,
    array(select t.tag_slug from story_tags t where t.story_id = s.id order by t.tag_slug) as tags,
    inbox_search_vector(sc.subscriber_id, s.title, s.body) as search
  from subscriber_coverage sc
  join feed_entries f on f.node_id = sc.node_id
  join stories s on s.id = f.story_id
  order by sc.subscriber_id, f.story_id;

create function inbox_add_entries(p_subscriber_id uuid) returns void language sql as $$
  insert into inbox_entries (subscriber_id, story_id, published_at, criticality, responded, tags, search)
  select subscriber_id, story_id, published_at, criticality, responded, tags, search
  from inbox_sources where subscriber_id = p_subscriber_id
  on conflict do nothing
$$;

create function inbox_after_feed_insert() returns trigger language plpgsql as $$
begin
  insert into inbox_entries (subscriber_id, story_id, published_at, criticality, responded, tags, search)
  select subscriber_id, story_id, published_at, criticality, responded, tags, search
  from inbox_sources where story_id in (select story_id from new_rows)
  on conflict do nothing;
  return null;
end $$;
create trigger inbox_feed_insert after insert on feed_entries
  referencing new table as new_rows for each statement execute function inbox_after_feed_insert();

create function inbox_after_feed_delete() returns trigger language plpgsql as $$
begin
  delete from inbox_entries e
  where e.story_id in (select story_id from old_rows)
    and not exists (
      select 1 from feed_entries f join subscriber_coverage sc on sc.node_id = f.node_id
      where f.story_id = e.story_id and sc.subscriber_id = e.subscriber_id);
  return null;
end $$;
create trigger inbox_feed_delete after delete on feed_entries
  referencing old table as old_rows for each statement execute function inbox_after_feed_delete();

create function inbox_after_story_update() returns trigger language plpgsql as $$
begin
  update inbox_entries set
    criticality = new.criticality,
    responded = new.response_count > 0,
    search = case when (old.title, old.body) is distinct from (new.title, new.body)
      then inbox_search_vector(subscriber_id, new.title, new.body) else search end
  where story_id = new.id;
  return null;
end $$;
create trigger inbox_story_update after update of criticality, response_count, title, body on stories
  for each row
  when (old.criticality is distinct from new.criticality
    or (old.response_count > 0) <> (new.response_count > 0)
    or old.title is distinct from new.title
    or old.body is distinct from new.body)
  execute function inbox_after_story_update();

create function inbox_after_tags_change() returns trigger language plpgsql as $$
begin
  update inbox_entries e
  set tags = array(select t.tag_slug from story_tags t where t.story_id = e.story_id order by t.tag_slug)
  where e.story_id in (select story_id from changed_rows);
  return null;
end $$;
create trigger inbox_tags_insert after insert on story_tags
  referencing new table as changed_rows for each statement execute function inbox_after_tags_change();
create trigger inbox_tags_delete after delete on story_tags
  referencing old table as changed_rows for each statement execute function inbox_after_tags_change();
