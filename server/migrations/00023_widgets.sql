-- Widgets: which services a subscriber's <heard-stories widget="…"> shows, how, and on which sites.

create table widgets (
  id uuid primary key default gen_random_uuid(),
  subscriber_id uuid not null references subscribers (id) on delete cascade,
  name text not null check (length(name) between 1 and 120),
  -- Within the subscriber's coverage when saved; nodes that leave coverage are removed.
  node_ids uuid[] not null,
  story_limit int not null default 5 check (story_limit between 1 and 20),
  theme text not null default 'light' check (theme in ('light', 'dark', 'auto')),
  lang text not null default 'en' check (lang in ('en', 'cy')),
  -- Origins (scheme://host[:port]) of the sites allowed to host the widget.
  allowed_origins text[] not null default '{}',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index widgets_subscriber_idx on widgets (subscriber_id, created_at);

-- Which widget a story was told through, and on which allowed site.
alter table stories add column widget_id uuid references widgets (id) on delete set null;
alter table stories add column widget_origin text;
create index stories_widget_idx on stories (widget_id) where widget_id is not null;
