import type { Stats } from './api.ts'
import { fill, plural } from './i18n.ts'
import type { Strings } from './locales/strings.ts'

/**
 * "214 stories · 87% answered · 12 changes made · every story read by a person before it is
 * published", from the feed's `summary` (`summary=true`: the figures of all the widget's services,
 * each story once). Without figures, or without stories, it says only that every story is read.
 */
export function summary(L: Strings, stats?: Stats): string {
  if (!stats?.stories) return L.read
  return [
    plural(L, L.count, stats.stories),
    fill(L.answered, `${Math.round((stats.responseRate ?? 0) * 100)}%`),
    plural(L, L.made, stats.changes.made),
    L.read,
  ].join(' · ')
}
