-- Published responses by story, with the change marker in the index itself: a service's public
-- figures (first response, changes planned and made) read them with index-only lookups.
create index responses_published_story_idx on responses (story_id, published_at)
  include (change_marker)
  where status = 'published';
