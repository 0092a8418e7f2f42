-- A response's change, followed through: each claim ("planned", with a summary and an expected
-- month; or "made", with what changed) is a row, moderated like the response. The latest published
-- claim is the response's public change, and responses.change_marker mirrors its status.
create table response_changes (
  id uuid primary key default gen_random_uuid(),
  response_id uuid not null references responses (id) on delete cascade,
  status text not null check (status in ('planned', 'made')),
  summary text not null check (length(summary) between 1 and 500),
  -- The first day of the month the change is expected by (planned; kept on the made claim).
  expected_by date check (expected_by = date_trunc('month', expected_by)::date),
  state text not null default 'pending' check (state in ('pending', 'published', 'rejected')),
  author_id uuid references users (id) on delete set null,
  -- The response's publication when the claim was made on a published response: a rejected claim
  -- puts the response back as it was.
  response_published_at timestamptz,
  previous_marker text check (previous_marker in ('planned', 'made')),
  created_at timestamptz not null default now(),
  published_at timestamptz,
  reminded_at timestamptz
);
-- A response's claims, newest first (public change, pending claim).
create index response_changes_response_idx on response_changes (response_id, created_at desc);
-- At most one claim waits for a moderator per response.
create unique index response_changes_pending_idx on response_changes (response_id) where state = 'pending';
-- Planned changes not yet reminded about, by expected month (the reminder job).
create index response_changes_due_idx on response_changes (expected_by)
  where state = 'published' and status = 'planned' and reminded_at is null;
