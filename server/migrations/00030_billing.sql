-- Billing: Heard's mirror of what Stripe holds (Stripe owns the money and the subscription; this
-- is rewritten from Stripe's current state under a per-customer lock, never from an event's
-- snapshot), the webhook events already processed, and subscriptions recorded by hand.

-- One Stripe customer per subscriber, created before anything else is sent to Stripe.
create table billing_customers (
  subscriber_id uuid primary key references subscribers (id) on delete cascade,
  stripe_customer_id text not null unique,
  created_at timestamptz not null default now()
);

create table billing_subscriptions (
  stripe_subscription_id text primary key,
  stripe_customer_id text not null references billing_customers (stripe_customer_id) on delete cascade,
  subscriber_id uuid not null references subscribers (id) on delete cascade,
  -- Stripe's status: active, trialing, past_due, unpaid, canceled, incomplete, incomplete_expired, paused.
  status text not null,
  stripe_item_id text,
  price_id text,
  quantity int not null default 0,
  collection_method text not null check (collection_method in ('charge_automatically', 'send_invoice')),
  days_until_due int,
  current_period_start timestamptz,
  current_period_end timestamptz,
  cancel_at_period_end boolean not null default false,
  cancel_at timestamptz,
  canceled_at timestamptz,
  ended_at timestamptz,
  trial_end timestamptz,
  latest_invoice_id text,
  latest_invoice_status text,
  latest_invoice_due_date timestamptz,
  -- When the unpaid invoice behind past_due first fell due; the grace period runs from here.
  past_due_since timestamptz,
  purchase_order text,
  -- Counts Heard's quantity changes: part of their idempotency key, so that a retried change is
  -- applied once and a later change back to an earlier quantity is applied again.
  quantity_version int not null default 0,
  stripe_created_at timestamptz not null,
  synced_at timestamptz not null default now()
);
create index billing_subscriptions_subscriber_idx on billing_subscriptions (subscriber_id, stripe_created_at desc);
create index billing_subscriptions_customer_idx on billing_subscriptions (stripe_customer_id);

create table billing_invoices (
  stripe_invoice_id text primary key,
  stripe_customer_id text not null references billing_customers (stripe_customer_id) on delete cascade,
  subscriber_id uuid not null references subscribers (id) on delete cascade,
  stripe_subscription_id text,
  number text,
  -- draft, open, paid, uncollectible, void
  status text,
  collection_method text,
  currency text not null,
  amount_due bigint not null,
  amount_paid bigint not null,
  amount_remaining bigint not null,
  paid_out_of_band boolean not null default false,
  hosted_invoice_url text,
  invoice_pdf text,
  due_date timestamptz,
  period_start timestamptz,
  period_end timestamptz,
  stripe_created_at timestamptz not null,
  synced_at timestamptz not null default now()
);
create index billing_invoices_subscriber_idx on billing_invoices (subscriber_id, stripe_created_at desc);

-- Each Stripe event id once: a repeat delivery is acknowledged and changes nothing.
create table billing_events (
  event_id text primary key,
  type text not null,
  stripe_customer_id text,
  stripe_created_at timestamptz not null,
  received_at timestamptz not null default now()
);
create index billing_events_received_idx on billing_events (received_at);

-- Paid outside Stripe (an invoice from the finance system, the embedded demo): full use until period_end.
create table manual_subscriptions (
  id uuid primary key default gen_random_uuid(),
  subscriber_id uuid not null references subscribers (id) on delete cascade,
  period_end timestamptz not null,
  note text not null check (length(note) between 1 and 500),
  recorded_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  ended_at timestamptz
);
create index manual_subscriptions_subscriber_idx on manual_subscriptions (subscriber_id, period_end desc);
