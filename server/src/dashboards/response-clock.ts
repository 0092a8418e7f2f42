import type { Sql } from '../db.ts'

/** Working days to respond when a subscriber has no setting of its own. */
export const DEFAULT_RESPONSE_DAYS = 3

let hasSetting: Promise<boolean> | undefined

/** Whether subscribers have their own working days to respond (the inbox workflow's setting). */
export function hasResponseDaysSetting(sql: Sql): Promise<boolean> {
  hasSetting ??= sql<{ present: boolean }[]>`
    select exists (select 1 from information_schema.columns
                   where table_name = 'subscribers' and column_name = 'response_days'
                     and table_schema = current_schema()) as present`.then(([r]) => r!.present)
  return hasSetting
}

/**
 * The working days each subscriber (aliased `sub`) has to respond, as SQL: its own
 * `subscribers.response_days` where that setting exists, otherwise 3.
 */
export const responseDaysSql = (sql: Sql, hasSettingColumn: boolean) =>
  hasSettingColumn ? sql`sub.response_days` : sql`${DEFAULT_RESPONSE_DAYS}::int`
