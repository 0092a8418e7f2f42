-- Heard's first schema: the service directory, stories and their audit trail, responses,
-- the tag list, idempotency keys and rate-limit counters.

-- The service directory: a tree with one parent per node.
create table service_nodes (
  id uuid primary key default gen_random_uuid(),
  parent_id uuid references service_nodes (id),
  kind text not null check (kind in ('organisation', 'site', 'department', 'ward')),
  name text not null check (length(name) between 1 and 200),
  external_code text unique check (length(external_code) between 1 and 40),
  postcode text check (length(postcode) <= 10),
  depth int not null default 0,
  -- Names from the root down, for display and ordering ("Trust › Hospital › Ward").
  path_names text[] not null default '{}',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index service_nodes_parent_idx on service_nodes (parent_id);
create index service_nodes_lower_name_idx on service_nodes (lower(name) text_pattern_ops);

-- Closure table: one row per (ancestor, descendant) pair, including each node with itself.
-- Subtree and ancestor queries become one index range scan whatever the size of the tree.
create table service_closure (
  ancestor_id uuid not null references service_nodes (id) on delete cascade,
  descendant_id uuid not null references service_nodes (id) on delete cascade,
  distance int not null,
  primary key (ancestor_id, descendant_id)
);
create index service_closure_descendant_idx on service_closure (descendant_id, distance);

-- The managed tag list, in three groups, each tag with a polarity.
create table tags (
  slug text primary key check (slug ~ '^[a-z0-9-]{2,40}$'),
  grp text not null check (grp in ('good', 'improve', 'feelings')),
  label text not null,
  label_cy text not null,
  polarity text not null check (polarity in ('positive', 'negative', 'neutral')),
  position int not null default 0,
  retired boolean not null default false
);

create table stories (
  id uuid primary key default gen_random_uuid(),
  status text not null default 'pending'
    check (status in ('submitted', 'pending', 'in_review', 'published', 'held', 'rejected', 'withdrawn', 'hidden')),
  -- The text readers see once published: the author's words, or the moderator's redaction of them.
  title text not null,
  body text not null,
  -- The author's own words; private to moderators, never served publicly.
  original_title text not null,
  original_body text not null,
  author_role text not null check (author_role in ('patient', 'carer', 'relative', 'staff', 'other')),
  age_group text check (age_group in ('under-16', '16-24', '25-34', '35-44', '45-54', '55-64', '65-74', '75-84', '85+')),
  nickname text not null,
  -- Private: used only to tell the author about their story.
  email text,
  route text not null check (route in ('widget', 'site', 'api', 'assisted')),
  criticality smallint check (criticality between 0 and 5),
  flags jsonb not null default '[]',
  flag_count int not null default 0,
  response_count int not null default 0,
  submitted_at timestamptz not null default now(),
  published_at timestamptz,
  held_until timestamptz,
  status_reason text,
  updated_at timestamptz not null default now()
);
create index stories_status_submitted_idx on stories (status, submitted_at);

create table story_nodes (
  story_id uuid not null references stories (id) on delete cascade,
  node_id uuid not null references service_nodes (id),
  position int not null default 0,
  primary key (story_id, node_id)
);
create index story_nodes_node_idx on story_nodes (node_id);

create table story_tags (
  story_id uuid not null references stories (id) on delete cascade,
  tag_slug text not null references tags (slug),
  primary key (story_id, tag_slug)
);

-- The public feed, denormalised: one row per published story per ancestor of each of its nodes.
-- A node's feed (its whole subtree, newest first) is one index range scan, independent of table size.
create table feed_entries (
  node_id uuid not null references service_nodes (id) on delete cascade,
  published_at timestamptz not null,
  story_id uuid not null references stories (id) on delete cascade,
  primary key (node_id, published_at, story_id)
);
create index feed_entries_story_idx on feed_entries (story_id);

-- Every status change of a story: who, when, why.
create table story_events (
  id bigint generated always as identity primary key,
  story_id uuid not null references stories (id) on delete cascade,
  from_status text,
  to_status text not null,
  actor_type text not null check (actor_type in ('author', 'moderator', 'system', 'operator')),
  actor_id uuid,
  reason text,
  created_at timestamptz not null default now()
);
create index story_events_story_idx on story_events (story_id, id);

-- Public responses by provider staff.
create table responses (
  id uuid primary key default gen_random_uuid(),
  story_id uuid not null references stories (id) on delete cascade,
  status text not null default 'pending' check (status in ('pending', 'published', 'rejected', 'withdrawn')),
  responder_title text not null,
  organisation_name text not null,
  body text not null,
  change_marker text check (change_marker in ('planned', 'made')),
  created_at timestamptz not null default now(),
  published_at timestamptz,
  updated_at timestamptz not null default now()
);
create index responses_story_idx on responses (story_id, published_at);

-- Idempotency keys for story submission: same key, same story.
create table idempotency_keys (
  scope text not null,
  key text not null,
  request_hash text not null,
  -- Deferred: the key is claimed first, then the story it names is inserted in the same transaction.
  story_id uuid not null references stories (id) on delete cascade deferrable initially deferred,
  created_at timestamptz not null default now(),
  primary key (scope, key)
);
create index idempotency_keys_created_idx on idempotency_keys (created_at);

-- Fixed-window rate-limit counters shared by every server process. Buckets hold hashes, never addresses.
create table rate_limits (
  bucket text not null,
  window_start timestamptz not null,
  hits int not null,
  primary key (bucket, window_start)
);
