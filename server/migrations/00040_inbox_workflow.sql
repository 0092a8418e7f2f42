-- The inbox becomes a workflow: for each story in its coverage a subscriber keeps a state
-- (new → assigned → responded, or no_response_needed with a reason), an assignee, a due time
-- (published + N working days, N a subscriber setting), read marks per member, private internal
-- notes, and an audit trail of all of it. Routing rules assign a newly published story by service.
--
-- The state lives on inbox_entries (migration 00021), so the inbox list still reads one index
-- range per subscriber; the triggers below keep it right on every write path: publishing (routing),
-- a response published or withdrawn, a member removed.

alter table subscribers add column response_days smallint not null default 3
  check (response_days between 1 and 30);

-- `start` plus `days` working days (Monday to Friday, UK time): Friday 10:00 + 3 → Wednesday 10:00.
create function inbox_add_working_days(start timestamptz, days int) returns timestamptz
  language plpgsql stable parallel safe as $$
declare
  d timestamptz := start;
  n int := days;
begin
  while n > 0 loop
    d := d + interval '1 day';
    if extract(isodow from d at time zone 'Europe/London') < 6 then n := n - 1; end if;
  end loop;
  return d;
end $$;

alter table inbox_entries
  add column state text not null default 'new'
    check (state in ('new', 'assigned', 'responded', 'no_response_needed')),
  add column assignee_id uuid references users (id) on delete set null,
  add column no_response_reason text check (length(no_response_reason) between 1 and 500),
  add column due_at timestamptz,
  -- Set once the assignee and the admins have been told the story is overdue (never twice).
  add column overdue_notified_at timestamptz;

update inbox_entries e set
  state = case when exists (
      select from responses r
      where r.subscriber_id = e.subscriber_id and r.story_id = e.story_id and r.status = 'published')
    then 'responded' else 'new' end,
  due_at = inbox_add_working_days(e.published_at, 3);
-- Stories already overdue when this lands are not announced (they were never on a clock).
update inbox_entries set overdue_notified_at = now() where due_at <= now();
alter table inbox_entries alter column due_at set not null;

-- The list index gains the workflow columns, so filters on them stay index-only.
drop index inbox_entries_list_idx;
create index inbox_entries_list_idx on inbox_entries (subscriber_id, published_at desc, story_id desc)
  include (criticality, responded, tags, state, assignee_id, due_at);
-- Open stories by due time: the overdue part of a list (sorted first), the overdue filter, the digest.
create index inbox_entries_open_idx on inbox_entries (subscriber_id, due_at, story_id)
  include (published_at, assignee_id, criticality, responded, tags)
  where state in ('new', 'assigned');
-- "Assigned to me" / "to a member".
create index inbox_entries_assignee_idx on inbox_entries (subscriber_id, assignee_id, published_at desc, story_id desc)
  include (state, due_at)
  where assignee_id is not null;
-- The overdue notice job: open stories past due and not yet announced, across subscribers.
create index inbox_entries_overdue_due_idx on inbox_entries (due_at)
  where state in ('new', 'assigned') and overdue_notified_at is null;

-- New entries: the due time from the subscriber's setting; responded if it has already answered;
-- a story that is overdue the moment it enters (coverage widened to old stories) is never announced.
create function inbox_before_entry_insert() returns trigger language plpgsql as $$
begin
  new.due_at := inbox_add_working_days(new.published_at,
    (select response_days from subscribers where id = new.subscriber_id));
  if exists (select from responses r where r.subscriber_id = new.subscriber_id
      and r.story_id = new.story_id and r.status = 'published') then
    new.state := 'responded';
  end if;
  if new.due_at <= now() then new.overdue_notified_at := now(); end if;
  return new;
end $$;
create trigger inbox_entry_insert before insert on inbox_entries
  for each row execute function inbox_before_entry_insert();

-- Routing rules: a service (and its subtree) → a default assignee (a responder or admin).
create table inbox_routing_rules (
  id uuid primary key default gen_random_uuid(),
  subscriber_id uuid not null references subscribers (id) on delete cascade,
  node_id uuid not null references service_nodes (id) on delete cascade,
  assignee_id uuid not null,
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  unique (subscriber_id, node_id),
  foreign key (subscriber_id, assignee_id) references memberships (subscriber_id, user_id) on delete cascade
);

-- Private notes of a subscriber's members on a story: never public, never sent to the author.
-- Never edited or deleted: they are part of the audit trail.
create table inbox_notes (
  id uuid primary key default gen_random_uuid(),
  subscriber_id uuid not null references subscribers (id) on delete cascade,
  story_id uuid not null references stories (id) on delete cascade,
  author_id uuid references users (id) on delete set null,
  body text not null check (length(body) between 1 and 5000),
  created_at timestamptz not null default now()
);
create index inbox_notes_story_idx on inbox_notes (subscriber_id, story_id, created_at);

-- Who did what to a story in a subscriber's inbox, and when.
create table inbox_events (
  id bigint generated always as identity primary key,
  subscriber_id uuid not null references subscribers (id) on delete cascade,
  story_id uuid not null references stories (id) on delete cascade,
  -- Null: a routing rule or the system.
  actor_id uuid references users (id) on delete set null,
  kind text not null check (kind in
    ('assigned', 'unassigned', 'routed', 'no_response_needed', 'reopened', 'note_added', 'overdue_notified')),
  assignee_id uuid references users (id) on delete set null,
  reason text,
  note_id uuid references inbox_notes (id) on delete set null,
  created_at timestamptz not null default now()
);
create index inbox_events_story_idx on inbox_events (subscriber_id, story_id, id);

-- Read marks: a member opened the story.
create table inbox_reads (
  subscriber_id uuid not null,
  user_id uuid not null,
  story_id uuid not null references stories (id) on delete cascade,
  read_at timestamptz not null default now(),
  primary key (subscriber_id, user_id, story_id),
  foreign key (subscriber_id, user_id) references memberships (subscriber_id, user_id) on delete cascade
);

-- The most specific routing rule (the closest service above one of the story's) whose assignee may
-- still answer assigns a new entry, and queues the assignee's email (inbox/jobs.ts).
create function inbox_route(p_subscriber_id uuid, p_story_id uuid) returns void language plpgsql as $$
declare
  v_assignee uuid;
begin
  select r.assignee_id into v_assignee
  from story_nodes sn
  join service_closure c on c.descendant_id = sn.node_id
  join inbox_routing_rules r on r.node_id = c.ancestor_id and r.subscriber_id = p_subscriber_id
  join memberships m on m.subscriber_id = r.subscriber_id and m.user_id = r.assignee_id
  where sn.story_id = p_story_id and not m.frozen and m.role in ('admin', 'responder')
  order by c.distance, sn.position, r.created_at
  limit 1;
  if v_assignee is null then return; end if;
  update inbox_entries set state = 'assigned', assignee_id = v_assignee
  where subscriber_id = p_subscriber_id and story_id = p_story_id and state = 'new';
  if not found then return; end if;
  insert into inbox_events (subscriber_id, story_id, kind, assignee_id)
  values (p_subscriber_id, p_story_id, 'routed', v_assignee);
  insert into outbox (kind, job, payload)
  values ('job', 'inbox_assigned_mail', jsonb_build_object(
    'subscriberId', p_subscriber_id, 'storyId', p_story_id, 'userId', v_assignee));
end $$;

-- Publishing adds the entries (as in 00021) and routes those that start on the clock.
create or replace function inbox_after_feed_insert() returns trigger language plpgsql as $$
declare
  added record;
begin
  for added in
    insert into inbox_entries (subscriber_id, story_id, published_at, criticality, responded, tags, search)
    select subscriber_id, story_id, published_at, criticality, responded, tags, search
    from inbox_sources where story_id in (select story_id from new_rows)
    on conflict do nothing
    returning subscriber_id, story_id, state, overdue_notified_at
  loop
    if added.state = 'new' and added.overdue_notified_at is null then
      perform inbox_route(added.subscriber_id, added.story_id);
    end if;
  end loop;
  return null;
end $$;

-- A published response of the subscriber's moves its entry to responded; when none is left
-- published (withdrawn), the entry goes back to assigned or new.
create function inbox_after_response_change() returns trigger language plpgsql as $$
begin
  if new.subscriber_id is null then return null; end if;
  update inbox_entries e set state = case
      when exists (select from responses r where r.subscriber_id = e.subscriber_id
          and r.story_id = e.story_id and r.status = 'published') then 'responded'
      when e.state = 'responded' then case when e.assignee_id is null then 'new' else 'assigned' end
      else e.state end
  where e.subscriber_id = new.subscriber_id and e.story_id = new.story_id;
  return null;
end $$;
create trigger inbox_response_change after insert or update of status on responses
  for each row execute function inbox_after_response_change();

-- A member who leaves, or is made a viewer, no longer holds stories.
create function inbox_after_membership_change() returns trigger language plpgsql as $$
begin
  update inbox_entries set assignee_id = null,
    state = case when state = 'assigned' then 'new' else state end
  where subscriber_id = old.subscriber_id and assignee_id = old.user_id;
  return null;
end $$;
create trigger inbox_membership_delete after delete on memberships
  for each row execute function inbox_after_membership_change();
create trigger inbox_membership_viewer after update of role on memberships
  for each row when (new.role = 'viewer' and old.role <> 'viewer')
  execute function inbox_after_membership_change();
