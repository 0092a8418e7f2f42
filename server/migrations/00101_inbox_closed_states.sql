-- The inbox filtered to responded, or to no response needed: those entries of a subscriber newest
-- first, whatever else it has. The list index alone had to be walked to the end for a subscriber
-- with few or none of them (about 0.5 s for a region's 140,000 entries at a million stories);
-- open states have inbox_entries_open_idx (00040).
create index inbox_entries_closed_idx on inbox_entries (subscriber_id, state, published_at desc, story_id desc)
  where state in ('responded', 'no_response_needed');
