import { css, html, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import { announce } from '../shared/announce.ts'
import { api, ApiError, ConflictError } from '../shared/api.ts'
import '../shared/heard-service-search.ts'
import {
  durationInWords,
  formatDateTime,
  formatTime,
  KIND_LABELS,
  plural,
  ROUTE_LABELS,
  RULE_LABELS,
  ruleLabel,
  routeLabel,
  waitingInWords,
} from '../shared/format.ts'
import { claimItem, heldByOther, workbenchHref } from './moderation.ts'
import { href, navigate } from '../shared/router.ts'
import { session } from '../shared/session.ts'
import { FLAG_RULES, ITEM_KINDS, ROUTES, type ItemKind, type ServiceSummary } from '../shared/types.ts'
import type { Queue, QueueItem } from './types.ts'
import { PageElement } from '../shared/page.ts'

const PAGE_SIZE = 25
const WAIT_OPTIONS = [1, 4, 24, 48, 168]
const FILTERS = ['kind', 'rule', 'serviceId', 'route', 'minWaitHours'] as const

const waitLabel = (hours: number) => durationInWords(hours * 3600)

/**
 * `<heard-queue-page>`: the moderation queue, oldest first. Every filter lives in the URL
 * (`?kind=&rule=&serviceId=&route=&minWaitHours=&cursor=`), so a filtered queue can be linked to.
 */
export class HeardQueuePage extends PageElement {
  static override styles = [
    ...PageElement.styles,
    css`
      .kinds ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin: 0 0 1.5rem;
        padding: 0;
        list-style: none;
      }
      .kinds a {
        display: inline-block;
        padding: 0.375rem 0.875rem;
        border: 2px solid #005eb8;
        border-radius: 999px;
        background: #fff;
        color: #005eb8;
        font-weight: 600;
        text-decoration: none;
      }
      .kinds a[aria-current='page'] {
        background: #005eb8;
        color: #fff;
      }
      .kinds a:focus-visible {
        background: #ffeb3b;
        color: #212b32;
        border-color: #212b32;
      }
      .count {
        font-weight: 400;
      }
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: 2rem;
      }
      @media (min-width: 62rem) {
        .layout {
          grid-template-columns: 18rem minmax(0, 1fr);
          align-items: start;
        }
      }
      .filters {
        background: #fff;
        border: 1px solid #d8dde0;
        padding: 1.25rem;
      }
      .filters h2 {
        font-size: 1.1875rem;
      }
      .filters h3 {
        margin-top: 0.5rem;
        padding-top: 1rem;
        border-top: 1px solid #d8dde0;
      }
      .filters select {
        width: 100%;
      }
      .chosen {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        align-items: baseline;
        margin-bottom: 0.75rem;
      }
      .summary {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: 0.5rem 1rem;
        margin-bottom: 1rem;
      }
      .summary p {
        margin: 0;
      }
      ol.items {
        list-style: none;
        margin: 0 0 1.5rem;
        padding: 0;
      }
      .item {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-start;
        gap: 0.75rem 1.5rem;
        background: #fff;
        border: 1px solid #d8dde0;
        border-left: 6px solid #005eb8;
        padding: 1rem 1.25rem;
        margin-bottom: 0.75rem;
      }
      .item-main {
        flex: 1 1 24rem;
        min-width: 0;
      }
      .item.claimed {
        border-left-color: #aeb7bd;
      }
      .item-head {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 0.75rem;
        align-items: center;
        margin-bottom: 0.5rem;
      }
      .waiting {
        font-weight: 600;
      }
      .item h3 {
        margin-bottom: 0.25rem;
      }
      .excerpt {
        margin-bottom: 0.5rem;
      }
      .item-meta {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        margin: 0 0 0.5rem;
        padding: 0;
        list-style: none;
        color: #4c6272;
        font-size: 0.9375rem;
      }
      .item-actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1.25rem;
        align-items: center;
      }
      .item-actions .button {
        margin: 0;
      }
      .item-message {
        flex-basis: 100%;
        margin: 0;
        color: #8a1a12;
        font-weight: 600;
      }
      .paging {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem 2rem;
      }
    `,
  ]
  @property({ attribute: false }) query: URLSearchParams = new URLSearchParams()
  @state() queue?: Queue
  @state() loading = false
  @state() failure = ''
  @state() service?: ServiceSummary | { id: string; name: string; path?: string }
  /** Per-item messages after a refused claim. */
  @state() messages: Record<string, string> = {}
  private abort?: AbortController

  override willUpdate(changed: Map<string, unknown>) {
    if (changed.has('query')) void this.load()
  }

  private filter(name: (typeof FILTERS)[number] | 'cursor') {
    return this.query.get(name) ?? ''
  }

  private async load() {
    this.abort?.abort()
    const abort = (this.abort = new AbortController())
    this.loading = true
    this.failure = ''
    const query: Record<string, string> = { limit: String(PAGE_SIZE) }
    for (const name of [...FILTERS, 'cursor'] as const) if (this.filter(name)) query[name] = this.filter(name)
    try {
      const [queue] = await Promise.all([
        api.get<Queue>('/api/portal/moderation/queue', { query, signal: abort.signal }),
        this.loadService(abort.signal),
      ])
      this.queue = queue
      this.messages = {}
      announce(this.summaryText(queue))
    } catch (e) {
      if ((e as Error).name === 'AbortError') return
      this.failure = e instanceof ApiError ? e.message : 'The queue could not be loaded.'
    } finally {
      if (this.abort === abort) this.loading = false
    }
  }

  private async loadService(signal: AbortSignal) {
    const id = this.filter('serviceId')
    if (!id) return (this.service = undefined)
    if (this.service?.id === id) return
    try {
      this.service = await api.get<{ id: string; name: string }>(
        `/api/v1/services/${encodeURIComponent(id)}`,
        { signal },
      )
    } catch (e) {
      if ((e as Error).name === 'AbortError') throw e
      this.service = { id, name: 'Unknown service' }
    }
  }

  private summaryText(queue: Queue) {
    const n = queue.items.length
    const kind = this.filter('kind') as ItemKind | ''
    const noun = kind ? KIND_LABELS[kind] : { one: 'item', many: 'items' }
    if (n === 0)
      return this.hasFilters() ? `No ${noun.many.toLowerCase()} match these filters` : 'Nothing is waiting'
    return `Showing ${plural(n, noun.one.toLowerCase(), noun.many.toLowerCase())}, oldest first${queue.nextCursor ? ' (more on the next page)' : ''}`
  }

  private hasFilters() {
    return ['rule', 'serviceId', 'route', 'minWaitHours'].some((f) => this.query.has(f))
  }

  /** Builds the URL for the current filters with `changes` applied; a new filter starts at the first page. */
  private url(changes: Record<string, string | undefined>) {
    const values: Record<string, string | undefined> = {}
    for (const name of FILTERS) values[name] = this.filter(name) || undefined
    return href('/moderation', { ...values, ...changes })
  }

  private applyFilters(e?: Event, changes: Record<string, string | undefined> = {}) {
    e?.preventDefault()
    const form = this.renderRoot.querySelector<HTMLFormElement>('form.filter-form')
    const value = (name: string) =>
      (form?.elements.namedItem(name) as HTMLSelectElement | null)?.value || undefined
    navigate(
      this.url({
        rule: value('rule'),
        route: value('route'),
        minWaitHours: value('minWaitHours'),
        ...changes,
      }),
    )
  }

  private chooseService(e: CustomEvent<{ service: ServiceSummary }>) {
    this.service = e.detail.service
    this.applyFilters(undefined, { serviceId: e.detail.service.id })
  }

  private async claimAndOpen(item: QueueItem) {
    try {
      await claimItem(item.kind, item.id)
      navigate(workbenchHref(item.kind, item.id))
    } catch (e) {
      const message =
        e instanceof ConflictError
          ? `Someone else is working on this ${KIND_LABELS[item.kind].one.toLowerCase()}. ${e.message}`
          : (e as Error).message
      this.messages = { ...this.messages, [item.id]: message }
      announce(message)
    }
  }

  private renderKinds() {
    const counts = this.queue?.counts
    const current = this.filter('kind')
    const total = counts ? ITEM_KINDS.reduce((sum, k) => sum + (counts[k] ?? 0), 0) : undefined
    const link = (kind: string, label: string, count: number | undefined) =>
      html`<li>
        <a href=${this.url({ kind: kind || undefined })} aria-current=${current === kind ? 'page' : nothing}
          >${label}${count !== undefined ? html` <span class="count">(${count})</span>` : nothing}</a
        >
      </li>`
    return html`<nav class="kinds" aria-label="Kinds of item">
      <ul>
        ${link('', 'All', total)} ${ITEM_KINDS.map((k) => link(k, KIND_LABELS[k].many, counts?.[k]))}
      </ul>
    </nav>`
  }

  private select(name: string, label: string, options: [string, string][]) {
    const value = this.filter(name as (typeof FILTERS)[number])
    return html`<div class="form-group">
      <label for="filter-${name}">${label}</label>
      <select id="filter-${name}" name=${name}>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
      </select>
    </div>`
  }

  private renderFilters() {
    const wait = this.filter('minWaitHours')
    const waits =
      WAIT_OPTIONS.includes(Number(wait)) || !wait ? WAIT_OPTIONS : [...WAIT_OPTIONS, Number(wait)]
    return html`<section class="filters" aria-labelledby="filters-title">
      <h2 id="filters-title">Filter the queue</h2>
      <form class="filter-form" @submit=${this.applyFilters}>
        ${this.select('rule', 'Pre-check flag', [
          ['', 'Any flag or none'],
          ...FLAG_RULES.map((r): [string, string] => [r, RULE_LABELS[r]]),
        ])}
        ${this.select('route', 'Came in by', [
          ['', 'Any route'],
          ...ROUTES.map((r): [string, string] => [r, ROUTE_LABELS[r]]),
        ])}
        ${this.select('minWaitHours', 'Waiting at least', [
          ['', 'Any time'],
          ...waits.map((h): [string, string] => [String(h), waitLabel(h)]),
        ])}
        <button class="button secondary" type="submit">Apply filters</button>
      </form>
      <h3>Service</h3>
      ${
        this.service
          ? html`<p class="chosen">
              <span>Only <strong>${this.service.name}</strong> and the services within it</span>
              <a href=${this.url({ serviceId: undefined })}
                >Remove<span class="visually-hidden"> the service filter</span></a
              >
            </p>`
          : nothing
      }
      <heard-service-search
        label=${this.service ? 'Choose another service' : 'Search for a service'}
        action="Filter by"
        .exclude=${this.service ? [this.service.id] : []}
        @heard-service-chosen=${this.chooseService}
      ></heard-service-search>
      ${
        this.hasFilters() || this.filter('kind')
          ? html`<p><a href=${href('/moderation')}>Clear all filters</a></p>`
          : nothing
      }
    </section>`
  }

  private renderItem(item: QueueItem) {
    const userId = session.user?.id
    const other = heldByOther(item.claim, userId)
    const mine = item.claim !== null && item.claim.moderatorId === userId && !other
    const flags = Object.entries(item.flagCounts).filter(([, n]) => (n ?? 0) > 0)
    return html`<li class="item ${other ? 'claimed' : ''}">
      <div class="item-main">
        <div class="item-head">
          <span class="tag blue">${KIND_LABELS[item.kind].one}</span>
          <span class="waiting"
            ><time datetime=${item.submittedAt} title=${formatDateTime(item.submittedAt)}
              >${waitingInWords(item.waitingSeconds)}</time
            ></span
          >
          ${
            other && item.claim
              ? html`<span class="tag yellow"
                  >Claimed by ${item.claim.moderatorName} until ${formatTime(item.claim.expiresAt)}</span
                >`
              : mine
                ? html`<span class="tag green">Claimed by you</span>`
                : nothing
          }
        </div>
        <h3><a href=${workbenchHref(item.kind, item.id)}>${item.title || 'Untitled'}</a></h3>
        <p class="excerpt">${item.excerpt}</p>
        <ul class="item-meta">
          <li>
            <span class="visually-hidden">Services: </span
            >${item.services.map((s) => s.name).join(', ') || 'No service'}
          </li>
          <li><span class="visually-hidden">Came in by: </span>${routeLabel(item.route)}</li>
        </ul>
        ${
          flags.length
            ? html`<ul class="tag-list" aria-label="Flags">
                ${flags.map(([rule, n]) => html`<li class="tag yellow">${ruleLabel(rule)}: ${n}</li>`)}
              </ul>`
            : html`<p class="small secondary">No pre-check flags</p>`
        }
      </div>
      <div class="item-actions">
        <button
          class="button small"
          type="button"
          aria-label="${mine ? 'Continue' : 'Claim and open'}: ${item.title}"
          ?disabled=${other}
          @click=${() => this.claimAndOpen(item)}
        >
          ${mine ? 'Continue' : 'Claim and open'}
        </button>
      </div>
      ${this.messages[item.id] ? html`<p class="item-message" role="alert">${this.messages[item.id]}</p>` : nothing}
    </li>`
  }

  private renderResults() {
    if (this.failure) {
      return html`<div class="banner error" role="alert">
        <h2>The queue could not be loaded</h2>
        <p>${this.failure}</p>
        <button class="button secondary" type="button" @click=${() => this.load()}>Try again</button>
      </div>`
    }
    const queue = this.queue
    if (!queue) return html`<p class="loading">Loading the queue…</p>`
    return html`<div class="summary">
        <p><strong>${this.summaryText(queue)}</strong></p>
        ${this.loading ? html`<p class="loading">Updating…</p>` : nothing}
      </div>
      ${
        queue.items.length
          ? html`<ol class="items" aria-label="Items waiting, oldest first">
              ${queue.items.map((item) => this.renderItem(item))}
            </ol>`
          : html`<div class="panel">
              <p>
                ${
                  this.hasFilters()
                    ? html`Try fewer filters, or <a href=${href('/moderation')}>see the whole queue</a>.`
                    : 'When someone tells a story, it will be here for checking.'
                }
              </p>
            </div>`
      }
      ${
        queue.nextCursor || this.filter('cursor')
          ? html`<nav class="paging" aria-label="Pages of the queue">
              ${this.filter('cursor') ? html`<a href=${this.url({})}>Back to the oldest items</a>` : nothing}
              ${
                queue.nextCursor
                  ? html`<a href=${this.url({ cursor: queue.nextCursor })}
                      >Next page<span class="visually-hidden"> of the queue</span></a
                    >`
                  : nothing
              }
            </nav>`
          : nothing
      }`
  }

  override render() {
    return html`<span class="caption">Moderation</span>
      <h1>Moderation queue</h1>
      ${this.renderKinds()}
      <div class="layout">
        ${this.renderFilters()}
        <section aria-labelledby="results-title" aria-busy=${this.loading ? 'true' : 'false'}>
          <h2 id="results-title" class="visually-hidden">Items waiting</h2>
          ${this.renderResults()}
        </section>
      </div>`
  }
}

if (!customElements.get('heard-queue-page')) customElements.define('heard-queue-page', HeardQueuePage)

declare global {
  interface HTMLElementTagNameMap {
    'heard-queue-page': HeardQueuePage
  }
}
