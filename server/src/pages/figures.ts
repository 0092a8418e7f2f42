import { html } from 'hono/html'
import type { Sql } from '../db.ts'
import { getServiceStats, type ServiceStats } from '../services/stats.ts'
import type { FeedCache } from '../stories/feed-cache.ts'

const FIGURES = {
  heading: 'This service in figures',
  stories: ['story published', 'stories published'],
  last12: 'in the last 12 months',
  answered: 'answered',
  firstResponse: 'days to a first response (median)',
  planned: ['change planned', 'changes planned'],
  made: ['change made', 'changes made'],
  read: 'Every story is read by a person before it is published.',
} as const

const plural = (n: number, words: readonly [string, string]) => (n === 1 ? words[0] : words[1])
const number = (n: number) => n.toLocaleString('en-GB')

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

/** The summary figures at the top of a service page. */
export function figures(s: ServiceStats) {
  const items = [
    [number(s.stories), plural(s.stories, FIGURES.stories)],
    [number(s.storiesLast12Months), FIGURES.last12],
    s.responseRate === null ? undefined : [`${Math.round(s.responseRate * 100)}%`, FIGURES.answered],
    s.medianDaysToFirstResponse === null
      ? undefined
      : [number(s.medianDaysToFirstResponse), FIGURES.firstResponse],
    [number(s.changes.planned), plural(s.changes.planned, FIGURES.planned)],
    [number(s.changes.made), plural(s.changes.made, FIGURES.made)],
  ].filter((x): x is string[] => Boolean(x))
  return html`<section aria-labelledby="figures-title">
    <h2 id="figures-title" class="visually-hidden">${FIGURES.heading}</h2>
    <ul class="figures">
      ${items.map(([n, words]) => html`<li><strong>${n}</strong> ${words}</li>`)}
    </ul>
    <p class="meta">${FIGURES.read}</p>
  </section>`
}
