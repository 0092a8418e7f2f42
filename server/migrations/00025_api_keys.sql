-- Read-only keys for the public API at a higher rate limit. The key is shown once; only its
-- SHA-256 hash is kept, with a short prefix so that people can tell their keys apart.

create table api_keys (
  id uuid primary key default gen_random_uuid(),
  subscriber_id uuid not null references subscribers (id) on delete cascade,
  name text not null check (length(name) between 1 and 120),
  prefix text not null,
  key_hash text not null unique,
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  revoked_at timestamptz,
  last_used_at timestamptz
);
create index api_keys_subscriber_idx on api_keys (subscriber_id, created_at desc);
