-- Privately owned providers and public-interest bodies (issue 16).

-- Ownership of a directory node: 'public' (NHS, local authority) or 'private' (independent care
-- home, GP practice, home care, charity). Null inherits the nearest ancestor's; a tree with none
-- set is public. contact_email is where a provider that does not subscribe hears about stories.
alter table service_nodes add column ownership text check (ownership in ('public', 'private'));
alter table service_nodes add column contact_email text check (length(contact_email) between 3 and 254);

-- Two more story statuses: awaiting the provider's answer, and restricted after a review.
alter table stories drop constraint stories_status_check;
alter table stories add constraint stories_status_check
  check (status in ('submitted', 'pending', 'in_review', 'published', 'held', 'rejected', 'withdrawn',
    'hidden', 'awaiting_provider', 'restricted'));

-- A senior moderator decides providers' requests for review.
alter table users drop constraint users_platform_role_check;
alter table users add constraint users_platform_role_check
  check (platform_role in ('moderator', 'senior_moderator', 'platform_admin'));

-- Subscribers are providers or public-interest bodies (which read a region and never respond).
alter table subscribers add column kind text not null default 'provider'
  check (kind in ('provider', 'public_interest'));
alter table subscribers add column public_interest_type text
  check (public_interest_type in ('regulator', 'commissioner', 'healthwatch'));
alter table subscribers add constraint subscribers_kind_type_check
  check ((kind = 'public_interest') = (public_interest_type is not null));

-- One row each time a story waits for a private provider: the audit of what the provider said,
-- why, and how the review ended. Reasons are fixed categories so that a provider cannot have a
-- story withheld just for being critical; platform admins see each provider's counts.
create table provider_reviews (
  id uuid primary key default gen_random_uuid(),
  story_id uuid not null references stories (id) on delete cascade,
  -- The private node the story is about (the nearest one that set ownership), and its name then.
  provider_node_id uuid not null references service_nodes (id),
  provider_name text not null,
  started_at timestamptz not null default now(),
  due_at timestamptz not null,
  answer text check (answer in ('go_ahead', 'review', 'no_answer')),
  answered_at timestamptz,
  -- Who answered: the email the link went to is never kept here, only which link.
  reason text check (reason in ('wrong_provider', 'identifies_someone', 'legal_concern', 'other')),
  details text check (length(details) <= 2000),
  outcome text check (outcome in ('published', 'edited', 'restricted')),
  outcome_by uuid references users (id) on delete set null,
  outcome_at timestamptz,
  -- For a restriction: the explanation shown on the public page.
  public_reason text check (length(public_reason) <= 1000),
  check ((answer = 'review') = (reason is not null))
);
create index provider_reviews_story_idx on provider_reviews (story_id, started_at desc);
create index provider_reviews_node_idx on provider_reviews (provider_node_id);
-- Requests waiting for a senior moderator.
create index provider_reviews_open_idx on provider_reviews (answered_at) where answer = 'review' and outcome is null;

-- The private links sent to a provider. Only SHA-256 hashes are stored; a link is used once.
create table provider_review_links (
  token_hash text primary key,
  review_id uuid not null references provider_reviews (id) on delete cascade,
  subscriber_id uuid references subscribers (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);
create index provider_review_links_review_idx on provider_review_links (review_id);
