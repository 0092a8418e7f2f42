-- The inbox filtered to responded, or to no response needed: those entries of a subscriber newest
-- first, and their counts, index-only, whatever else it has. The list index alone had to be walked
-- to the end for a subscriber with few or none of them (about 0.5 s for a region's 140,000 entries
-- at a million stories); open states have inbox_entries_open_idx (00040).
create index inbox_entries_closed_idx on inbox_entries (subscriber_id, state, published_at desc, story_id desc)
  include (due_at, responded)
  where state in ('responded', 'no_response_needed');

-- "Assigned to me" / "to a member" counted index-only too (the count reads `responded`).
drop index inbox_entries_assignee_idx;
create index inbox_entries_assignee_idx on inbox_entries (subscriber_id, assignee_id, published_at desc, story_id desc)
  include (state, due_at, responded)
  where assignee_id is not null;
