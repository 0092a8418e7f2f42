import { html } from 'hono/html'
import type { Sql } from '../db.ts'
import { getServiceStats, type ServiceStats } from '../services/stats.ts'
import { formatNumber, formatPercent, type Lang } from '../i18n/index.ts'
import type { FeedCache } from '../stories/feed-cache.ts'
import { serviceMessages } from './service-messages.ts'

/**
 * A service's figures, kept in the feed cache for its period (so hiding or publishing a story
 * clears them with the feeds). The key is no request address, so only this function reads it.
 */
export async function cachedServiceStats(sql: Sql, cache: FeedCache, nodeId: string): Promise<ServiceStats> {
  const key = `page-stats:${nodeId}`
  const hit = cache.get(key)
  if (hit) return JSON.parse(hit.body) as ServiceStats
  const generation = cache.generation
  const stats = await getServiceStats(sql, nodeId)
  cache.set(key, JSON.stringify(stats), 'page-stats', generation)
  return stats
}

/** The summary figures at the top of a service page, in `lang` (numbers through Intl). */
export function figures(s: ServiceStats, lang: Lang = 'en') {
  const t = serviceMessages[lang]
  const number = (n: number) => formatNumber(n, lang)
  const items = [
    [number(s.stories), s.stories === 1 ? t.storiesOne : t.storiesOther],
    [number(s.storiesLast12Months), t.last12],
    s.responseRate === null ? undefined : [formatPercent(s.responseRate, lang), t.answered],
    s.medianDaysToFirstResponse === null ? undefined : [number(s.medianDaysToFirstResponse), t.firstResponse],
    [number(s.changes.planned), s.changes.planned === 1 ? t.plannedOne : t.plannedOther],
    [number(s.changes.made), s.changes.made === 1 ? t.madeOne : t.madeOther],
  ].filter((x): x is string[] => Boolean(x))
  return html`<section aria-labelledby="figures-title">
    <h2 id="figures-title" class="visually-hidden">${t.figuresHeading}</h2>
    <ul class="figures">
      ${items.map(([n, words]) => html`<li><strong>${n}</strong> ${words}</li>`)}
    </ul>
    <p class="meta">${t.read}</p>
  </section>`
}
