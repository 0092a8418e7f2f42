-- Subscribers (provider organisations), the directory nodes they cover, their members and the
-- invitations that bring members in. Covering a node covers its subtree (see service_closure).

create table subscribers (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(name) between 1 and 200),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index subscribers_lower_name_idx on subscribers (lower(name));

-- Only the chosen nodes are stored, never a node whose ancestor is also chosen (the API keeps
-- coverage in that normal form), so one story is reached through at most one covered node per
-- subtree and "within coverage" is a join through service_closure.
create table subscriber_coverage (
  subscriber_id uuid not null references subscribers (id) on delete cascade,
  node_id uuid not null references service_nodes (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (subscriber_id, node_id)
);
create index subscriber_coverage_node_idx on subscriber_coverage (node_id);

create table memberships (
  subscriber_id uuid not null references subscribers (id) on delete cascade,
  user_id uuid not null references users (id) on delete cascade,
  role text not null check (role in ('admin', 'responder', 'viewer')),
  -- A frozen member keeps their account and history but can do nothing for this subscriber.
  frozen boolean not null default false,
  invited_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (subscriber_id, user_id)
);
create index memberships_user_idx on memberships (user_id);

-- An emailed invitation to join a subscriber. The token travels only in the email; its SHA-256
-- hash is kept. Accepting sets the new member's name and password (or, for an existing account,
-- checks its password).
create table invitations (
  id uuid primary key default gen_random_uuid(),
  subscriber_id uuid not null references subscribers (id) on delete cascade,
  token_hash text not null unique,
  email text not null check (length(email) between 3 and 254),
  role text not null check (role in ('admin', 'responder', 'viewer')),
  invited_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  accepted_at timestamptz,
  accepted_by uuid references users (id) on delete set null,
  revoked_at timestamptz
);
create index invitations_subscriber_idx on invitations (subscriber_id, created_at desc);
-- One open invitation per address per subscriber: inviting again replaces it.
create unique index invitations_open_idx on invitations (subscriber_id, lower(email))
  where accepted_at is null and revoked_at is null;
