import { msg } from '@lit/localize'
import type { z } from '@hono/zod-openapi'
import { Task } from '@lit/task'
import { html } from 'lit'
import type { ProviderReviewStats } from '../../../server/src/provider-review/schemas.ts'
import { api } from '../shared/api.ts'
import { PageElement } from '../shared/page.ts'
import { tableOf } from '../shared/table.ts'
import { adminStyles } from './styles.ts'

type Stats = z.infer<typeof ProviderReviewStats>

/** Every string of the page (getters: read in the portal's language). */
export const PROVIDER_REVIEW_STATS_MESSAGES = {
  get title() {
    return msg('Private providers’ review requests')
  },
  get intro() {
    return msg(
      'Each private provider sees a story about it before it is published and may ask for a review, for fixed reasons only. A provider that asks often, or whose requests rarely end in a restriction, may be trying to hold back critical stories.',
    )
  },
  get none() {
    return msg('No story has waited for a private provider yet.')
  },
  get caption() {
    return msg('Review requests and their outcomes by provider')
  },
  get columns() {
    return [
      msg('Provider'),
      msg('Stories'),
      msg('Go ahead'),
      msg('No answer'),
      msg('Review requests'),
      msg('Reasons'),
      msg('Published'),
      msg('Edited'),
      msg('Restricted'),
      msg('Waiting'),
    ]
  },
  reasons: {
    get wrong_provider() {
      return msg('another provider')
    },
    get identifies_someone() {
      return msg('identifies someone')
    },
    get legal_concern() {
      return msg('legal')
    },
    get other() {
      return msg('other')
    },
  } as Record<string, string>,
  get failed() {
    return msg('The figures could not be loaded.')
  },
}

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
      [first, ...rest.map((label, i) => (i === 4 ? label : { label, number: true as const }))],
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
        pending: () => html`<p class="loading" role="status">${msg('Loading…')}</p>`,
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
