import { call } from './api.ts'
import type { Stats } from './api.ts'
import { fill, plural } from './i18n.ts'
import type { Strings } from './locales/strings.ts'

/** The figures of every service the widget shows (GET /api/v1/services/:id/stats), added up. */
export async function loadStats(api: string, ids: string[]): Promise<Stats[] | undefined> {
  try {
    return await Promise.all(ids.map((id) => call<Stats>(api, `services/${encodeURIComponent(id)}/stats`)))
  } catch {
    return undefined // the line then says only that every story is read by a person
  }
}

/**
 * "214 stories · 87% answered · 12 changes made · every story read by a person before it is
 * published". Several services' figures are added up (their answered shares weighted by stories).
 */
export function summary(L: Strings, stats?: Stats[]): string {
  const n = stats?.reduce((sum, s) => sum + s.stories, 0)
  if (!stats || !n) return L.read
  // Each service's answered stories, a whole number again (its rate is answered / stories).
  const answered = stats.reduce((sum, s) => sum + Math.round((s.responseRate ?? 0) * s.stories), 0) / n
  const made = stats.reduce((sum, s) => sum + s.changes.made, 0)
  return [
    plural(L, L.count, n),
    fill(L.answered, `${Math.round(answered * 100)}%`),
    plural(L, L.made, made),
    L.read,
  ].join(' · ')
}
