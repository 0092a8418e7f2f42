-- Alerts: each member chooses services within coverage, a minimum criticality and a frequency.
-- Publishing a story records one delivery per matching member (the primary key makes it exactly
-- once); immediate ones are mailed by a job, daily ones by the daily digest.

create table alert_subscriptions (
  id uuid primary key default gen_random_uuid(),
  subscriber_id uuid not null,
  user_id uuid not null,
  min_criticality smallint not null default 0 check (min_criticality between 0 and 5),
  frequency text not null check (frequency in ('immediate', 'daily')),
  -- Unsubscribing from the emailed link sets this; choosing alerts again clears it.
  paused_at timestamptz,
  -- SHA-256 of the token in the unsubscribe link (an HMAC of the id under the server secret).
  unsubscribe_token_hash text not null unique,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (subscriber_id, user_id),
  foreign key (subscriber_id, user_id) references memberships (subscriber_id, user_id) on delete cascade
);

create table alert_subscription_nodes (
  subscription_id uuid not null references alert_subscriptions (id) on delete cascade,
  node_id uuid not null references service_nodes (id) on delete cascade,
  primary key (subscription_id, node_id)
);
-- Publishing looks subscriptions up by the ancestors of the story's services.
create index alert_subscription_nodes_node_idx on alert_subscription_nodes (node_id);

create table alert_deliveries (
  story_id uuid not null references stories (id) on delete cascade,
  subscriber_id uuid not null,
  user_id uuid not null,
  frequency text not null check (frequency in ('immediate', 'daily')),
  -- queued → sent (mail in the outbox) or skipped (the member or subscriber could no longer receive it).
  status text not null default 'queued' check (status in ('queued', 'sent', 'skipped')),
  created_at timestamptz not null default now(),
  done_at timestamptz,
  primary key (story_id, subscriber_id, user_id),
  foreign key (subscriber_id, user_id) references memberships (subscriber_id, user_id) on delete cascade
);
create index alert_deliveries_queued_idx on alert_deliveries (frequency, subscriber_id, user_id)
  where status = 'queued';
create index alert_deliveries_member_idx on alert_deliveries (subscriber_id, user_id);
