import type { z } from '@hono/zod-openapi'
import { Task } from '@lit/task'
import { html } from 'lit'
import type { ProviderReviewStats } from '../../../server/src/provider-review/schemas.ts'
import { api } from '../shared/api.ts'
import { PageElement } from '../shared/page.ts'
import { tableOf } from '../shared/table.ts'
import { adminStyles } from './styles.ts'

type Stats = z.infer<typeof ProviderReviewStats>

/** Every string of the page (English now). */
export const PROVIDER_REVIEW_STATS_MESSAGES = {
  title: 'Private providers’ review requests',
  intro:
    'Each private provider sees a story about it before it is published and may ask for a review, for fixed reasons only. A provider that asks often, or whose requests rarely end in a restriction, may be trying to hold back critical stories.',
  none: 'No story has waited for a private provider yet.',
  caption: 'Review requests and their outcomes by provider',
  columns: [
    'Provider',
    'Stories',
    'Go ahead',
    'No answer',
    'Review requests',
    'Reasons',
    'Published',
    'Edited',
    'Restricted',
    'Waiting',
  ],
  reasons: {
    wrong_provider: 'another provider',
    identifies_someone: 'identifies someone',
    legal_concern: 'legal',
    other: 'other',
  } as Record<string, string>,
  failed: 'The figures could not be loaded.',
} as const

/** `<heard-admin-provider-reviews-page>`: each private provider's review requests and how they ended. */
export class HeardAdminProviderReviewsPage extends PageElement {
  // The admin pages' tables: whole words in each cell, and a box that scrolls sideways on a phone.
  static override styles = [...PageElement.styles, ...adminStyles]
  private readonly stats = new Task(this, {
    task: (_args, { signal }) => api.get<Stats>('/api/portal/admin/provider-reviews', { signal }),
    args: () => [] as const,
  })

  private renderTable(stats: Stats) {
    const m = PROVIDER_REVIEW_STATS_MESSAGES
    if (!stats.providers.length) return html`<p>${m.none}</p>`
    const [first, ...rest] = m.columns
    return tableOf(
      m.caption,
      [first, ...rest.map((label) => (label === 'Reasons' ? label : { label, number: true as const }))],
      stats.providers.map(
        (p) =>
          html`<tr>
            <td>${p.providerName}</td>
            <td class="number">${p.stories}</td>
            <td class="number">${p.goAhead}</td>
            <td class="number">${p.noAnswer}</td>
            <td class="number">${p.reviewRequests}</td>
            <td>
              ${
                Object.entries(p.reasons)
                  .map(([r, n]) => `${m.reasons[r] ?? r}: ${n}`)
                  .join(', ') || '—'
              }
            </td>
            <td class="number">${p.published}</td>
            <td class="number">${p.edited}</td>
            <td class="number">${p.restricted}</td>
            <td class="number">${p.open}</td>
          </tr>`,
      ),
      true,
    )
  }

  override render() {
    const m = PROVIDER_REVIEW_STATS_MESSAGES
    return html`<h1>${m.title}</h1>
      <p>${m.intro}</p>
      ${this.stats.render({
        pending: () => html`<p class="loading" role="status">Loading…</p>`,
        complete: (s) => this.renderTable(s),
        error: () => html`<div class="banner error" role="alert"><p>${m.failed}</p></div>`,
      })}`
  }
}

if (!customElements.get('heard-admin-provider-reviews-page'))
  customElements.define('heard-admin-provider-reviews-page', HeardAdminProviderReviewsPage)

declare global {
  interface HTMLElementTagNameMap {
    'heard-admin-provider-reviews-page': HeardAdminProviderReviewsPage
  }
}
