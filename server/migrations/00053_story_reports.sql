-- Readers report a published story; a moderator dismisses the report or hides the story with a
-- public reason (the story's status_reason). Hiding and unhiding are story status changes, so
-- story_events keeps their audit trail; a report keeps who closed it and how.
create table story_reports (
  id uuid primary key default gen_random_uuid(),
  story_id uuid not null references stories (id) on delete cascade,
  reason text not null
    check (reason in ('identifies_someone', 'offensive', 'not_real', 'defamatory', 'other')),
  details text,
  -- Optional, for the moderators to reply; never shown publicly.
  email text,
  status text not null default 'open' check (status in ('open', 'dismissed', 'hidden')),
  decided_by uuid references users (id) on delete set null,
  decided_at timestamptz,
  created_at timestamptz not null default now()
);
create index story_reports_open_idx on story_reports (created_at, id) where status = 'open';
create index story_reports_story_idx on story_reports (story_id, status);

-- The home page's recent stories, newest first, whatever the service.
create index stories_recent_published_idx on stories (published_at desc, id desc) where status = 'published';
