-- The outbox: mail to send and jobs to run, shared by every server process. Workers claim rows
-- with FOR UPDATE SKIP LOCKED and a lease (locked_until); see server/src/mail/outbox.ts.

create table outbox (
  id bigint generated always as identity primary key,
  kind text not null check (kind in ('mail', 'job')),
  -- mail: what it is (for logs: never the address or the text), to whom, and the text.
  template text,
  to_address text,
  subject text,
  text_body text,
  -- Links the mail to a story so that erasing the author's address also erases it here.
  story_id uuid references stories (id) on delete set null,
  -- job: its name and arguments.
  job text,
  payload jsonb not null default '{}',
  -- At most one row per key (e.g. one reconcile a day, one publication per hold).
  dedupe_key text unique,
  -- mail: pending → sending → sent; or back to pending (retry), failed (gave up), unknown (the
  -- process stopped while the SMTP server had the message: never resent automatically),
  -- cancelled (the address was erased first). job: pending → done (or failed).
  status text not null default 'pending'
    check (status in ('pending', 'sending', 'sent', 'done', 'failed', 'unknown', 'cancelled')),
  run_after timestamptz not null default now(),
  locked_by text,
  locked_until timestamptz,
  -- Set just before the message is handed to SMTP; a lease that expires after this is 'unknown'.
  send_started_at timestamptz,
  attempts int not null default 0,
  max_attempts int not null default 8,
  last_error text,
  created_at timestamptz not null default now(),
  done_at timestamptz,
  check ((kind = 'job') = (job is not null))
);
create index outbox_due_idx on outbox (run_after, id) where status = 'pending';
create index outbox_leased_idx on outbox (locked_until) where status = 'sending';
create index outbox_story_idx on outbox (story_id) where story_id is not null;
create index outbox_mail_created_idx on outbox (created_at desc) where kind = 'mail';
