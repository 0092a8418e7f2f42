-- Dashboards measure the response clock in working time (Monday to Friday, UK time), as the inbox does.

-- `start` plus `days` working days: Friday 10:00 + 3 → Wednesday 10:00.
create function dashboard_add_working_days(start timestamptz, days int) returns timestamptz
  language plpgsql stable parallel safe as $$
declare
  d timestamptz := start;
  n int := days;
begin
  while n > 0 loop
    d := d + interval '1 day';
    if extract(isodow from d at time zone 'Europe/London') < 6 then n := n - 1; end if;
  end loop;
  return d;
end $$;

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
