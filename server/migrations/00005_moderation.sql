-- Moderation: claims (leases), redactions with reasons, an audit trail of moderators' actions,
-- reject-reason templates, safeguarding escalations, author replies, and the author's follow links.

-- A claim is a lease: one moderator works an item until expires_at; then anyone may take it.
create table moderation_claims (
  item_kind text not null check (item_kind in ('story', 'response', 'reply')),
  item_id uuid not null,
  moderator_id uuid not null references users (id) on delete cascade,
  claimed_at timestamptz not null default now(),
  expires_at timestamptz not null,
  primary key (item_kind, item_id)
);

-- Every edit of a story's public text, with why. stories.original_* keep the author's words.
create table story_redactions (
  id bigint generated always as identity primary key,
  story_id uuid not null references stories (id) on delete cascade,
  field text not null check (field in ('title', 'body')),
  before text not null,
  after text not null,
  reason text not null,
  moderator_id uuid references users (id) on delete set null,
  created_at timestamptz not null default now()
);
create index story_redactions_story_idx on story_redactions (story_id, id);

-- What moderators did that is not a story status change (those are in story_events): claims,
-- releases, edits, services, criticality, tags, escalations, and decisions on responses and replies.
create table moderation_events (
  id bigint generated always as identity primary key,
  item_kind text not null check (item_kind in ('story', 'response', 'reply')),
  item_id uuid not null,
  actor_id uuid references users (id) on delete set null,
  action text not null check (action in ('claim', 'release', 'edit', 'services', 'criticality', 'tags',
    'escalate', 'publish', 'reject', 'hold')),
  reason text,
  detail jsonb not null default '{}',
  created_at timestamptz not null default now()
);
create index moderation_events_item_idx on moderation_events (item_kind, item_id, id);

alter table stories add column escalated_at timestamptz;
create index stories_escalated_idx on stories (escalated_at) where escalated_at is not null;

-- Reasons a moderator starts from when rejecting; the text is edited per story before sending.
create table reject_reasons (
  id uuid primary key default gen_random_uuid(),
  label text not null,
  text text not null,
  position int not null default 0,
  retired boolean not null default false
);
insert into reject_reasons (label, text, position) values
  ('Not about an experience of care',
   'Thank you for writing to us. Heard publishes people''s own experiences of health and care services, and we could not find an experience of care in your story, so we have not published it. If you would like to tell us about care you or someone close to you received, we would be glad to read it.',
   1),
  ('A formal complaint',
   'Thank you for your story. It reads as a formal complaint, and Heard cannot investigate complaints or get answers on your behalf. The service''s complaints team or its Patient Advice and Liaison Service (PALS) can do that, and they will reply to you directly. You are welcome to tell your story here as well, without the details of the complaint.',
   2),
  ('Would identify someone',
   'Thank you for your story. It contains details that could identify you or other people, and we could not remove them without losing the meaning of what you wrote. If you would like to tell it again without names, dates or other personal details, we would be glad to read it.',
   3),
  ('Could be defamatory',
   'Thank you for your story. Some of what it says about named people could be read as an allegation we cannot publish. If you would like to tell it again describing what happened and how it felt, without naming or accusing individuals, we would be glad to read it.',
   4),
  ('Events too long ago',
   'Thank you for your story. Heard publishes experiences from the last three years, so that services can act on them, and the events you describe are older than that. If you have a more recent experience, we would be glad to read it.',
   5),
  ('Already told',
   'Thank you for writing again. We already have your story about this experience, so we have not published it a second time. You can follow the first story with the link in the email we sent you.',
   6);

-- Provider responses: the responder's own words stay private once a moderator edits the text
-- (original_body is null until the first edit).
alter table responses add column original_body text;
alter table responses add column flags jsonb not null default '[]';
alter table responses add column flag_count int not null default 0;
alter table responses add column status_reason text;
create index responses_pending_idx on responses (created_at, id) where status = 'pending';

-- Authors' replies to responses: always moderated before anyone else sees them.
create table author_replies (
  id uuid primary key default gen_random_uuid(),
  story_id uuid not null references stories (id) on delete cascade,
  response_id uuid not null references responses (id) on delete cascade,
  status text not null default 'pending' check (status in ('pending', 'published', 'rejected', 'withdrawn')),
  body text not null check (length(body) between 1 and 5000),
  original_body text not null,
  flags jsonb not null default '[]',
  flag_count int not null default 0,
  status_reason text,
  created_at timestamptz not null default now(),
  published_at timestamptz,
  updated_at timestamptz not null default now()
);
create index author_replies_response_idx on author_replies (response_id, created_at);
create index author_replies_pending_idx on author_replies (created_at, id) where status = 'pending';

-- The author's private follow links. Each email carries a new one; all of them work.
create table follow_tokens (
  token_hash text primary key,
  story_id uuid not null references stories (id) on delete cascade,
  created_at timestamptz not null default now()
);
create index follow_tokens_story_idx on follow_tokens (story_id);

-- The moderation queue: pending and in-review stories, oldest first.
create index stories_queue_idx on stories (submitted_at, id) where status in ('pending', 'in_review');
