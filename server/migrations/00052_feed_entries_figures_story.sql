-- The figures of several services at once (the widget's feed with `summary=true`) count each story
-- once over the union of their subtrees, so the figures index carries the story id too: the union
-- stays an index-only scan per node. It replaces feed_entries_figures_idx (00051), which one node's
-- figures also use.
create index feed_entries_figures_story_idx on feed_entries (node_id)
  include (story_id, published_at, first_response_at, changes_planned, changes_made);
drop index feed_entries_figures_idx;
