-- Staff accounts, their sessions and password resets. Tokens are stored as SHA-256 hashes only:
-- a copy of the database does not let anyone sign in or reset a password.

create table users (
  id uuid primary key default gen_random_uuid(),
  email text not null check (length(email) between 3 and 254),
  name text not null check (length(name) between 1 and 120),
  -- scrypt$<log2 N>$<r>$<p>$<salt base64url>$<hash base64url>
  password_hash text not null,
  platform_role text check (platform_role in ('moderator', 'platform_admin')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index users_lower_email_idx on users (lower(email));

create table sessions (
  token_hash text primary key,
  user_id uuid not null references users (id) on delete cascade,
  -- Synchronizer token: must come back in X-CSRF-Token on every change.
  csrf_token text not null,
  created_at timestamptz not null default now(),
  -- Sliding expiry, renewed by use; never later than absolute_expires_at.
  expires_at timestamptz not null,
  absolute_expires_at timestamptz not null
);
create index sessions_user_idx on sessions (user_id);
create index sessions_expires_idx on sessions (expires_at);

create table password_resets (
  token_hash text primary key,
  user_id uuid not null references users (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);
create index password_resets_user_idx on password_resets (user_id);
