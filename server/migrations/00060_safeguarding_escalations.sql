-- Safeguarding goes somewhere: who is told when a moderator escalates a story, and what came of it.

-- Platform staff marked by a platform admin as safeguarding moderators receive every escalation at
-- once. When nobody is marked, every moderator receives it, so a concern is never sent to no one.
alter table users add column safeguarding boolean not null default false;

-- The address a subscriber's admins set for safeguarding concerns about the services it covers.
alter table subscribers add column safeguarding_email text
  check (safeguarding_email is null or length(safeguarding_email) between 3 and 254);

-- One row per escalation; open while outcome is null. The story stays unpublished while one is open.
create table story_escalations (
  id bigint generated always as identity primary key,
  story_id uuid not null references stories (id) on delete cascade,
  escalated_by uuid references users (id) on delete set null,
  reason text,
  -- How many addresses were emailed (safeguarding moderators and subscribers' contacts).
  notified int not null default 0,
  created_at timestamptz not null default now(),
  outcome text check (outcome in ('referred', 'no_action', 'contacted_author')),
  outcome_note text,
  outcome_by uuid references users (id) on delete set null,
  outcome_at timestamptz
);
create unique index story_escalations_open_idx on story_escalations (story_id) where outcome is null;
create index story_escalations_story_idx on story_escalations (story_id, id);
create index story_escalations_created_idx on story_escalations (created_at);

-- The queue's default order: open escalations, then stories with a safeguarding flag, then the
-- rest, each oldest first. Kept in the row so that the order is one index range scan.
alter table stories add column queue_priority smallint generated always as (
  case when escalated_at is not null then 0
       when flags @> '[{"rule": "safeguarding"}]' then 1
       else 2 end) stored;
create index stories_queue_priority_idx on stories (queue_priority, submitted_at, id)
  where status in ('pending', 'in_review');

-- Decisions by time, for the moderation dashboard's weekly figures.
create index story_events_decisions_idx on story_events (created_at)
  where to_status in ('published', 'rejected', 'held');

-- Stories in per week, for the same dashboard.
create index stories_submitted_idx on stories (submitted_at);
