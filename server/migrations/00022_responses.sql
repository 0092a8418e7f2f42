-- Provider responses written in the portal: who wrote them, for which subscriber, and (when an
-- admin writes for a colleague) on whose behalf. Responses seeded or written before the portal
-- existed keep these null. A response is editable for 30 minutes after published_at.

alter table responses add column subscriber_id uuid references subscribers (id) on delete set null;
alter table responses add column responder_id uuid references users (id) on delete set null;
alter table responses add column on_behalf_of text check (length(on_behalf_of) between 1 and 120);
alter table responses add column last_edited_at timestamptz;

-- A subscriber's responses to a story (story page, dashboards).
create index responses_subscriber_story_idx on responses (subscriber_id, story_id) where subscriber_id is not null;
-- A responder's recent record, for the fast track.
create index responses_responder_idx on responses (responder_id, created_at desc) where responder_id is not null;
