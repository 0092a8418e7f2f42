import { msg, str } from '@lit/localize'
import { css, html, nothing } from 'lit'
import { repeat } from 'lit/directives/repeat.js'
import './heard-review-requests.ts'
import { property, state } from 'lit/decorators.js'
import { TaskStatus } from '@lit/task'
import { announce } from '../shared/announce.ts'
import { api, ApiError, ConflictError } from '../shared/api.ts'
import '../shared/heard-service-search.ts'
import { durationInWords, KIND_LABELS, plural, ROUTE_LABELS, RULE_LABELS } from '../shared/format.ts'
import { claimItem, workbenchHref } from './moderation.ts'
import { href, navigate } from '../shared/router.ts'
import { FLAG_RULES, ITEM_KINDS, ROUTES, type ItemKind, type ServiceSummary } from '../shared/types.ts'
import type { Queue, QueueItem } from './types.ts'
import { queueItem, queueItemStyles } from './queue-item.ts'
import { compactRow, compactStyles, QUEUE_MARKERS } from './queue-compact.ts'
import { CRITICALITY_LABELS } from '../shared/format.ts'
import { PageElement } from '../shared/page.ts'
import { KIND_WORDS } from './kind-words.ts'
import { serviceName } from '../shared/locale.ts'
import {
  emptyList,
  filterPanel,
  listLayout,
  listStyles,
  paging,
  queryTask,
  queryValues,
} from '../shared/list-page.ts'

const PAGE_SIZE = 25
const WAIT_OPTIONS = [1, 4, 24, 48, 168]
const FILTERS = [
  'kind',
  'rule',
  'serviceId',
  'route',
  'minWaitHours',
  'q',
  'criticality',
  'flagged',
  'view',
] as const
/** Sent to the server; `view` only changes how the page draws the items. */
const SERVER_FILTERS = FILTERS.filter((f) => f !== 'view')

const waitLabel = (hours: number) => durationInWords(hours * 3600)

/** "No stories match these filters", for each kind of item (and items of any kind). */
const NONE_MATCH: Record<ItemKind | 'item', () => string> = {
  story: () => msg('No stories match these filters'),
  response: () => msg('No responses match these filters'),
  reply: () => msg('No replies match these filters'),
  item: () => msg('No items match these filters'),
}

/** A kind's noun after a number: one, and more than one. */
const COUNTED: Record<ItemKind | 'item', () => [string, string]> = {
  story: () => [msg('story'), msg('stories')],
  response: () => [msg('response'), msg('responses')],
  reply: () => [msg('reply'), msg('replies')],
  item: () => [msg('item'), msg('items')],
}

/**
 * `<heard-queue-page>`: the moderation queue, oldest first. Every filter lives in the URL
 * (`?kind=&rule=&serviceId=&route=&minWaitHours=&cursor=`), so a filtered queue can be linked to.
 */
export class HeardQueuePage extends PageElement {
  static override styles = [
    ...PageElement.styles,
    listStyles,
    queueItemStyles,
    compactStyles,
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
    `,
  ]
  @property({ attribute: false }) query: URLSearchParams = new URLSearchParams()
  @state() service?: ServiceSummary | { id: string; name: string; path?: string }
  /** Per-item messages after a refused claim. */
  @state() messages: Record<string, string> = {}
  private queue = queryTask(
    this,
    (query, signal) => this.load(query, signal),
    (queue) => {
      this.messages = {}
      announce(this.summaryText(queue))
    },
  )

  private filter(name: (typeof FILTERS)[number] | 'cursor') {
    return this.query.get(name) ?? ''
  }

  private async load(query: URLSearchParams, signal: AbortSignal) {
    const filters: Record<string, string> = {
      limit: String(query.get('view') === 'compact' ? 50 : PAGE_SIZE),
    }
    for (const name of [...SERVER_FILTERS, 'cursor'] as const)
      if (query.get(name)) filters[name] = query.get(name)!
    try {
      const [queue] = await Promise.all([
        api.get<Queue>('/api/portal/moderation/queue', { query: filters, signal }),
        this.loadService(query.get('serviceId') ?? '', signal),
      ])
      return queue
    } catch (e) {
      if ((e as Error).name === 'AbortError') throw e
      throw new Error(e instanceof ApiError ? e.message : msg('The queue could not be loaded.'), { cause: e })
    }
  }

  private async loadService(id: string, signal: AbortSignal) {
    if (!id) return (this.service = undefined)
    if (this.service?.id === id) return
    try {
      this.service = await api.get<{ id: string; name: string; nameCy: string | null }>(
        `/api/v1/services/${encodeURIComponent(id)}`,
        { signal },
      )
    } catch (e) {
      if ((e as Error).name === 'AbortError') throw e
      this.service = { id, name: msg('Unknown service'), nameCy: null }
    }
  }

  private summaryText(queue: Queue) {
    const n = queue.items.length
    const kind = this.filter('kind') as ItemKind | ''
    if (n === 0) return this.hasFilters() ? NONE_MATCH[kind || 'item']() : msg('Nothing is waiting')
    const [one, many] = COUNTED[kind || 'item']()
    const count = plural(n, one, many)
    return queue.nextCursor
      ? msg(str`Showing ${count}, ${QUEUE_MARKERS.order} (more on the next page)`)
      : msg(str`Showing ${count}, ${QUEUE_MARKERS.order}`)
  }

  private hasFilters() {
    return ['rule', 'serviceId', 'route', 'minWaitHours', 'q', 'criticality', 'flagged'].some((f) =>
      this.query.has(f),
    )
  }

  /** Builds the URL for the current filters with `changes` applied; a new filter starts at the first page. */
  private url(changes: Record<string, string | undefined>) {
    return href('/moderation', { ...queryValues(this.query, FILTERS), ...changes })
  }

  private applyFilters(e?: Event, changes: Record<string, string | undefined> = {}) {
    e?.preventDefault()
    const form = this.renderRoot.querySelector<HTMLFormElement>('form.filter-form')
    const value = (name: string) =>
      (form?.elements.namedItem(name) as HTMLSelectElement | null)?.value.trim() || undefined
    navigate(
      this.url({
        q: value('q'),
        criticality: value('criticality'),
        flagged: value('flagged'),
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
          ? `${KIND_WORDS[item.kind].someoneElse()} ${e.message}`
          : (e as Error).message
      this.messages = { ...this.messages, [item.id]: message }
      announce(message)
    }
  }

  private renderKinds() {
    const counts = this.queue.value?.counts
    const current = this.filter('kind')
    const total = counts ? ITEM_KINDS.reduce((sum, k) => sum + (counts[k] ?? 0), 0) : undefined
    const link = (kind: string, label: string, count: number | undefined) =>
      html`<li>
        <a href=${this.url({ kind: kind || undefined })} aria-current=${current === kind ? 'page' : nothing}
          >${label}${count !== undefined ? html` <span class="count">(${count})</span>` : nothing}</a
        >
      </li>`
    return html`<nav class="kinds" aria-label=${msg('Kinds of item')}>
      <ul>
        ${link('', msg('All'), total)} ${ITEM_KINDS.map((k) => link(k, KIND_LABELS[k].many, counts?.[k]))}
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
    return filterPanel(
      msg('Filter the queue'),
      html`<form class="filter-form" @submit=${this.applyFilters}>
          <div class="form-group">
            <label for="filter-q">${msg('Words in the title or text')}</label>
            <input id="filter-q" name="q" type="search" maxlength="100" .value=${this.filter('q')} />
          </div>
          ${this.select('criticality', msg('Criticality'), [
            ['', msg('Any criticality, or not set')],
            ...CRITICALITY_LABELS.map((label, i): [string, string] => [String(i), `${i}: ${label}`]),
          ])}
          ${this.select('flagged', msg('Flags'), [
            ['', msg('With or without flags')],
            ['yes', msg('Only flagged')],
            ['no', msg('Only without flags')],
          ])}
          ${this.select('rule', msg('Pre-check flag'), [
            ['', msg('Any flag or none')],
            ...FLAG_RULES.map((r): [string, string] => [r, RULE_LABELS[r]]),
          ])}
          ${this.select('route', msg('Came in by'), [
            ['', msg('Any route')],
            ...ROUTES.map((r): [string, string] => [r, ROUTE_LABELS[r]]),
          ])}
          ${this.select('minWaitHours', msg('Waiting at least'), [
            ['', msg('Any time')],
            ...waits.map((h): [string, string] => [String(h), waitLabel(h)]),
          ])}
          <button class="button secondary" type="submit">${msg('Apply filters')}</button>
        </form>
        <h3>${msg('Service')}</h3>
        ${
          this.service
            ? html`<p class="chosen">
                <span
                  >${msg(html`Only <strong>${serviceName(this.service)}</strong> and the services within it`)}</span
                >
                <a href=${this.url({ serviceId: undefined })}
                  >${msg('Remove')}<span class="visually-hidden"> ${msg('the service filter')}</span></a
                >
              </p>`
            : nothing
        }
        <heard-service-search
          label=${this.service ? msg('Choose another service') : msg('Search for a service')}
          action=${msg('Filter by')}
          .exclude=${this.service ? [this.service.id] : []}
          @heard-service-chosen=${this.chooseService}
        ></heard-service-search>
        ${
          this.hasFilters() || this.filter('kind')
            ? html`<p><a href=${href('/moderation')}>${msg('Clear all filters')}</a></p>`
            : nothing
        }`,
    )
  }

  private renderResults() {
    if (this.queue.status === TaskStatus.ERROR) {
      return html`<div class="banner error" role="alert">
        <h2>${msg('The queue could not be loaded')}</h2>
        <p>${(this.queue.error as Error).message}</p>
        <button class="button secondary" type="button" @click=${() => this.queue.run()}>
          ${msg('Try again')}
        </button>
      </div>`
    }
    const queue = this.queue.value
    if (!queue) return html`<p class="loading">${msg('Loading the queue…')}</p>`
    const cursor = this.filter('cursor')
    return html`<div class="summary">
        <p><strong>${this.summaryText(queue)}</strong></p>
        ${this.renderViewSwitch()}
        ${this.queue.status === TaskStatus.PENDING ? html`<p class="loading">${msg('Updating…')}</p>` : nothing}
      </div>
      ${
        queue.items.length
          ? this.renderItems(queue.items)
          : emptyList(
              this.hasFilters(),
              { href: href('/moderation'), text: msg('see the whole queue') },
              msg('When someone tells a story, it will be here for checking.'),
            )
      }
      ${paging({
        label: msg('Pages of the queue'),
        first: cursor ? { href: this.url({}), text: msg('Back to the oldest items') } : undefined,
        next: queue.nextCursor
          ? { href: this.url({ cursor: queue.nextCursor }), text: msg('Next page'), hidden: ' of the queue' }
          : undefined,
      })}`
  }

  private renderItems(items: QueueItem[]) {
    const compact = this.filter('view') === 'compact'
    const row = compact ? compactRow : queueItem
    return html`<ol
      class=${compact ? 'compact' : 'items'}
      aria-label=${msg(str`Items waiting, ${QUEUE_MARKERS.order}`)}
    >
      ${repeat(
        items,
        (item) => `${item.kind}:${item.id}`,
        (item) => row(item, this.messages[item.id], () => this.claimAndOpen(item)),
      )}
    </ol>`
  }

  private renderViewSwitch() {
    const compact = this.filter('view') === 'compact'
    return html`<p class="view-switch">
      <a
        href=${this.url({ view: compact ? undefined : 'compact', cursor: this.filter('cursor') || undefined })}
        >${compact ? QUEUE_MARKERS.detailed : QUEUE_MARKERS.compact}</a
      >
    </p>`
  }

  override render() {
    return html`<span class="caption">${msg('Moderation')}</span>
      <h1>${msg('Moderation queue')}</h1>
      <heard-review-requests></heard-review-requests>
      ${this.renderKinds()}
      <p><a href=${href('/moderation/reports')}>${msg('Readers’ reports of published stories')}</a></p>
      ${listLayout(this.renderFilters(), msg('Items waiting'), this.queue, this.renderResults())}`
  }
}

if (!customElements.get('heard-queue-page')) customElements.define('heard-queue-page', HeardQueuePage)

declare global {
  interface HTMLElementTagNameMap {
    'heard-queue-page': HeardQueuePage
  }
}
