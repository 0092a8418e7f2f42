-- Inbox counts read index-only for the workflow's filters too. countInbox reads `responded` and the
-- due time of every match (up to 10,000), which the closed-state index (00101) and the assignee
-- index (00040) did not carry, so each count fetched its rows from the table: a responded list of a
-- region with none walked its whole list (127 ms → 0.1 ms at a million stories), 10,000 stories
-- "assigned to me" read 10,000 rows (29 ms → 10 ms). BENCHMARKS.md, "Inbox workflow and dashboards".
drop index inbox_entries_closed_idx;
create index inbox_entries_closed_idx on inbox_entries (subscriber_id, state, published_at desc, story_id desc)
  include (due_at, responded)
  where state in ('responded', 'no_response_needed');

drop index inbox_entries_assignee_idx;
create index inbox_entries_assignee_idx on inbox_entries (subscriber_id, assignee_id, published_at desc, story_id desc)
  include (state, due_at, responded)
  where assignee_id is not null;
