-- Dashboards measure the response clock in working time (Monday to Friday, UK time), as the inbox does.

-- Due times come from inbox_add_working_days (00040_inbox_workflow.sql).

-- Hours between two moments that fall on Monday to Friday (UK days): a story published on Friday
-- 16:00 and answered on Monday 10:00 waited 18 working hours.
create function dashboard_working_hours(a timestamptz, b timestamptz) returns numeric
  language sql stable parallel safe as $$
  select coalesce(sum(extract(epoch from least(b, day_end) - greatest(a, day_start)) / 3600), 0)::numeric
  from generate_series(date_trunc('day', a at time zone 'Europe/London'),
                       b at time zone 'Europe/London', interval '1 day') as g (local_day)
  cross join lateral (select local_day at time zone 'Europe/London' as day_start,
                             (local_day + interval '1 day') at time zone 'Europe/London' as day_end) x
  where b > a and extract(isodow from local_day) < 6 and least(b, day_end) > greatest(a, day_start)
$$;
