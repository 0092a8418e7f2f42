-- Sliding-window throttles (sign-in, password reset): the times of a bucket's recent accepted
-- attempts, never more than the limit of them. A fixed window let twice the limit through around
-- its boundary; here no window of the given length, wherever it falls, holds more than the limit.
-- `allowed` is the decision on the latest attempt, so that one upsert both decides and records it.
-- Buckets hold hashes, never addresses or emails.
create table rate_limit_attempts (
  bucket text primary key,
  attempts timestamptz[] not null,
  allowed boolean not null
);
