-- Several alert rules per member: each alert_subscriptions row becomes one rule (services ×
-- minimum criticality × frequency), so every existing member's preferences carry on as their
-- first rule. The unsubscribe link pauses all of a member's rules for that subscriber.
-- Besides story alerts a member may choose email for author replies to their organisation's
-- responses and for stories assigned to them.

alter table alert_subscriptions drop constraint alert_subscriptions_subscriber_id_user_id_key;
create index alert_subscriptions_member_idx on alert_subscriptions (subscriber_id, user_id, created_at);

create table alert_options (
  subscriber_id uuid not null,
  user_id uuid not null,
  -- An author's reply to one of the subscriber's responses is published.
  author_replies boolean not null default false,
  -- A colleague or a routing rule gives the member a story (on unless they turn it off).
  assigned boolean not null default true,
  updated_at timestamptz not null default now(),
  primary key (subscriber_id, user_id),
  foreign key (subscriber_id, user_id) references memberships (subscriber_id, user_id) on delete cascade
);
-- Author-reply alerts look members up by subscriber.
create index alert_options_replies_idx on alert_options (subscriber_id) where author_replies;

-- A reply published by a moderator queues the alert job (alerts/replies.ts), on every write path.
create function alerts_after_reply_published() returns trigger language plpgsql as $$
begin
  insert into outbox (kind, job, payload, dedupe_key)
  values ('job', 'alerts_author_reply', jsonb_build_object('replyId', new.id), 'alerts_author_reply:' || new.id)
  on conflict (dedupe_key) do nothing;
  return null;
end $$;
create trigger alerts_reply_published after insert or update of status on author_replies
  for each row when (new.status = 'published')
  execute function alerts_after_reply_published();
