-- A subscriber's entitlement: the directory subtrees a platform admin allows it to cover. Its
-- admins choose coverage within it (every covered node lies at or below an entitled node); only a
-- platform admin changes it. Kept in the same normal form as subscriber_coverage: no node whose
-- ancestor is also entitled.
create table subscriber_entitlements (
  subscriber_id uuid not null references subscribers (id) on delete cascade,
  node_id uuid not null references service_nodes (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (subscriber_id, node_id)
);
create index subscriber_entitlements_node_idx on subscriber_entitlements (node_id);

-- Every existing subscriber may go on covering what it covers now, and no more.
insert into subscriber_entitlements (subscriber_id, node_id, created_at)
select subscriber_id, node_id, created_at from subscriber_coverage;
