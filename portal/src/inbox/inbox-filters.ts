/** The inbox's filters as they appear in the URL (`/portal/inbox?…`) and in the API's query. */
export const INBOX_FILTERS = [
  'q',
  'serviceId',
  'criticality',
  'tags',
  'responded',
  'from',
  'to',
  'assignee',
  'state',
  'overdue',
] as const
export type InboxFilter = (typeof INBOX_FILTERS)[number]

/** The filters present in `query`, without empty values. */
export function inboxFilters(query: URLSearchParams): Partial<Record<InboxFilter, string>> {
  const values: Partial<Record<InboxFilter, string>> = {}
  for (const name of INBOX_FILTERS) {
    const v = query.get(name)?.trim()
    if (v) values[name] = v
  }
  return values
}

/** "a,b" → ["a", "b"]. */
export const listOf = (value: string | undefined) => (value ? value.split(',').filter(Boolean) : [])
