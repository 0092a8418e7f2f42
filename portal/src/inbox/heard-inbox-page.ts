import { css, html, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import { announce } from '../shared/announce.ts'
import './heard-held-stories.ts'
import { api, ApiError, withQuery } from '../shared/api.ts'
import { CRITICALITY_LABELS, formatDate, GROUP_LABELS, plural } from '../shared/format.ts'
import { href, navigate } from '../shared/router.ts'
import { TAG_GROUPS, type ServiceSummary, type TagGroup } from '../shared/types.ts'
import { INBOX_FILTERS, inboxFilters, listOf, type InboxFilter } from './inbox-filters.ts'
import { MemberPageElement } from '../shared/member-page.ts'
import type { Inbox, InboxStory } from './types.ts'

const PAGE_SIZE = 25
type PublicTag = { slug: string; label: string }
type TagGroups = Record<TagGroup, PublicTag[]>

/**
 * `<heard-inbox-page>`: the published stories about the services the organisation covers, newest
 * first. Every filter and the search live in the URL, so a filtered inbox can be linked to; the CSV
 * export takes the same filters.
 */
export class HeardInboxPage extends MemberPageElement {
  static override styles = [
    ...MemberPageElement.styles,
    css`
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: 2rem;
      }
      @media (min-width: 62rem) {
        .layout {
          grid-template-columns: 19rem minmax(0, 1fr);
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
      .filters select,
      .filters input[type='search'] {
        width: 100%;
        box-sizing: border-box;
      }
      .filters fieldset {
        margin-bottom: 1.25rem;
      }
      .filters legend {
        font-weight: 600;
      }
      .filters details {
        margin-bottom: 1.25rem;
      }
      .filters summary {
        cursor: pointer;
        color: #005eb8;
        font-weight: 600;
      }
      .dates {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
      }
      .dates .form-group {
        margin-bottom: 0.5rem;
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
      ol.stories {
        list-style: none;
        margin: 0 0 1.5rem;
        padding: 0;
      }
      .story {
        background: #fff;
        border: 1px solid #d8dde0;
        border-left: 6px solid #005eb8;
        padding: 1rem 1.25rem;
        margin-bottom: 0.75rem;
      }
      .story.responded {
        border-left-color: #007f3b;
      }
      .story h3 {
        margin-bottom: 0.25rem;
      }
      .story p {
        margin-bottom: 0.5rem;
      }
      .paging {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem 2rem;
      }
    `,
  ]
  @property({ attribute: false }) query: URLSearchParams = new URLSearchParams()
  @state() inbox?: Inbox
  @state() loading = false
  @state() failure = ''
  @state() services: ServiceSummary[] = []
  @state() tags?: TagGroups
  private abort?: AbortController

  override willUpdate(changed: Map<string, unknown>) {
    if (changed.has('query')) void this.load()
  }

  private filter(name: InboxFilter | 'cursor') {
    return this.query.get(name)?.trim() ?? ''
  }

  private async load() {
    this.abort?.abort()
    const abort = (this.abort = new AbortController())
    this.loading = true
    this.failure = ''
    try {
      const subscriber = await this.loadSubscriber(abort.signal)
      if (!subscriber) throw new ApiError(403, 'forbidden', 'You are not a member of any organisation.')
      if (!this.services.length) void this.loadChoices(abort.signal)
      const query = { ...inboxFilters(this.query), limit: PAGE_SIZE, cursor: this.filter('cursor') }
      const inbox = await api.get<Inbox>(`${this.base}/inbox`, { query, signal: abort.signal })
      this.inbox = inbox
      announce(this.summaryText(inbox))
    } catch (e) {
      if ((e as Error).name === 'AbortError') return
      this.failure = e instanceof ApiError ? this.explain(e) : 'The inbox could not be loaded.'
    } finally {
      if (this.abort === abort) this.loading = false
    }
  }

  private explain(e: ApiError) {
    const issue = e.issues[0]
    if (!issue) return e.message
    const field: Record<string, string> = {
      serviceId: 'The service',
      from: 'The “from” date',
      to: 'The “to” date',
      criticality: 'The criticality',
      tags: 'The tags',
      q: 'The search',
    }
    const name = issue.path.split('.')[0] ?? ''
    return `${field[name] ?? 'A filter'} ${issue.message}`
  }

  /** The covered services (each with the services within it) and the tags, for the filters. */
  private async loadChoices(signal: AbortSignal) {
    try {
      const [tags, ...lists] = await Promise.all([
        api.get<{ tags: (PublicTag & { group: TagGroup })[] }>('/api/v1/tags', { signal }),
        ...(this.subscriber?.coverage.nodes ?? []).map(async (node) => {
          const within = await api.get<{ services: ServiceSummary[] }>('/api/v1/services', {
            query: { within: node.id, limit: 500 },
            signal,
          })
          const self: ServiceSummary = {
            id: node.id,
            name: node.name,
            kind: node.kind,
            depth: 0,
            path: node.path,
          }
          return [self, ...within.services.filter((s) => s.id !== node.id)]
        }),
      ])
      const groups: TagGroups = { good: [], improve: [], feelings: [] }
      for (const t of tags.tags) groups[t.group]?.push({ slug: t.slug, label: t.label })
      this.tags = groups
      this.services = lists.flat()
    } catch (e) {
      if ((e as Error).name === 'AbortError') return
      // The filters still work without the lists: the search and the dates do not need them.
    }
  }

  private summaryText(inbox: Inbox) {
    const { total, unresponded, exact } = inbox.counts
    if (total === 0) return this.hasFilters() ? 'No stories match these filters' : 'No stories yet'
    const atLeast = exact ? '' : 'at least '
    return `${atLeast}${plural(total, 'story', 'stories')}, ${unresponded} without a published response`
  }

  private hasFilters() {
    return INBOX_FILTERS.some((f) => this.filter(f))
  }

  private url(changes: Record<string, string | undefined> = {}) {
    return href('/inbox', { ...inboxFilters(this.query), ...changes })
  }

  private exportUrl() {
    return withQuery(`${this.base}/inbox/export`, inboxFilters(this.query))
  }

  private apply(e: Event) {
    e.preventDefault()
    const form = e.target as HTMLFormElement
    const data = new FormData(form)
    const one = (name: string) => String(data.get(name) ?? '').trim() || undefined
    const many = (name: string) => data.getAll(name).map(String).join(',') || undefined
    navigate(
      href('/inbox', {
        q: one('q'),
        serviceId: one('serviceId'),
        criticality: many('criticality'),
        tags: many('tags'),
        responded: one('responded'),
        from: one('from'),
        to: one('to'),
      }),
    )
  }

  private renderFilters() {
    const criticality = listOf(this.filter('criticality'))
    const chosenTags = listOf(this.filter('tags'))
    const responded = this.filter('responded')
    const serviceId = this.filter('serviceId')
    const knownService = this.services.some((s) => s.id === serviceId)
    return html`<section class="filters" aria-labelledby="filters-title">
      <h2 id="filters-title">Search and filter</h2>
      <form class="filter-form" @submit=${this.apply}>
        <div class="form-group">
          <label for="q">Search the stories</label>
          <span class="hint" id="q-hint">Words, "a phrase", or -word to leave out</span>
          <input id="q" name="q" type="search" .value=${this.filter('q')} aria-describedby="q-hint" />
        </div>
        <div class="form-group">
          <label for="serviceId">Service</label>
          <select id="serviceId" name="serviceId">
            <option value="">All covered services</option>
            ${
              serviceId && !knownService
                ? html`<option value=${serviceId} selected>The chosen service</option>`
                : nothing
            }
            ${this.services.map(
              (s) =>
                html`<option value=${s.id} ?selected=${s.id === serviceId}>
                  ${'\u2003'.repeat(Math.max(0, s.path.split(' › ').length - 1 - (this.rootDepth(s) ?? 0)))}${s.name}
                </option>`,
            )}
          </select>
        </div>
        <fieldset>
          <legend>Criticality</legend>
          <div class="choices">
            ${CRITICALITY_LABELS.map(
              (label, level) =>
                html`<div class="choice">
                  <input
                    type="checkbox"
                    id="criticality-${level}"
                    name="criticality"
                    value=${level}
                    ?checked=${criticality.includes(String(level))}
                  />
                  <label for="criticality-${level}">${level} – ${label}</label>
                </div>`,
            )}
          </div>
        </fieldset>
        <fieldset>
          <legend>Response</legend>
          <div class="choices">
            ${[
              ['', 'Any'],
              ['false', 'Not responded to yet'],
              ['true', 'Has a published response'],
            ].map(
              ([value, label]) =>
                html`<div class="choice">
                  <input
                    type="radio"
                    id="responded-${value || 'any'}"
                    name="responded"
                    value=${value!}
                    ?checked=${responded === value}
                  />
                  <label for="responded-${value || 'any'}">${label}</label>
                </div>`,
            )}
          </div>
        </fieldset>
        ${
          this.tags
            ? html`<details ?open=${chosenTags.length > 0}>
                <summary>Tags${chosenTags.length ? ` (${chosenTags.length} chosen)` : ''}</summary>
                <p class="hint">Stories with all the chosen tags.</p>
                ${TAG_GROUPS.map(
                  (group) =>
                    html`<fieldset>
                      <legend>${GROUP_LABELS[group]}</legend>
                      <div class="choices">
                        ${this.tags![group].map(
                          (t) =>
                            html`<div class="choice">
                              <input
                                type="checkbox"
                                id="tag-${t.slug}"
                                name="tags"
                                value=${t.slug}
                                ?checked=${chosenTags.includes(t.slug)}
                              />
                              <label for="tag-${t.slug}">${t.label}</label>
                            </div>`,
                        )}
                      </div>
                    </fieldset>`,
                )}
              </details>`
            : nothing
        }
        <fieldset>
          <legend>Published</legend>
          <div class="dates">
            <div class="form-group">
              <label for="from">From</label>
              <input id="from" name="from" type="date" .value=${this.filter('from')} />
            </div>
            <div class="form-group">
              <label for="to">To</label>
              <input id="to" name="to" type="date" .value=${this.filter('to')} />
            </div>
          </div>
        </fieldset>
        <button class="button" type="submit">Apply</button>
      </form>
      ${this.hasFilters() ? html`<p><a href=${href('/inbox')}>Clear all filters</a></p>` : nothing}
    </section>`
  }

  /** Indents a service by its depth below the covered node it belongs to. */
  private rootDepth(s: ServiceSummary) {
    const root = this.subscriber?.coverage.nodes.find((n) => s.path.startsWith(n.path))
    return root ? root.path.split(' › ').length - 1 : undefined
  }

  private renderStory(story: InboxStory) {
    const tags = [...story.tags.good, ...story.tags.improve]
    const ours = story.ourResponses
    return html`<li class="story ${story.responseCount > 0 ? 'responded' : ''}">
      <h3><a href=${href(`/inbox/stories/${story.id}`)}>${story.title || 'Untitled'}</a></h3>
      <ul class="meta">
        <li>
          <span class="visually-hidden">Published </span
          ><time datetime=${story.publishedAt}>${formatDate(story.publishedAt)}</time>
        </li>
        <li>
          <span class="visually-hidden">Services: </span>${story.services.map((s) => s.name).join(', ')}
        </li>
        <li>
          ${
            story.criticality === null
              ? 'Criticality not set'
              : `Criticality ${story.criticality} – ${CRITICALITY_LABELS[story.criticality]}`
          }
        </li>
      </ul>
      <p>${story.excerpt}</p>
      <ul class="tag-list" aria-label="Responses and tags">
        ${
          story.responseCount === 0
            ? html`<li class="tag red">No response yet</li>`
            : html`<li class="tag green">${plural(story.responseCount, 'response')}</li>`
        }
        ${ours.pending ? html`<li class="tag yellow">${ours.pending} of ours waiting for moderation</li>` : nothing}
        ${tags.map((t) => html`<li class="tag">${t.label}</li>`)}
      </ul>
    </li>`
  }

  private renderResults() {
    if (this.failure) {
      return html`<div class="banner error" role="alert">
        <h2>The inbox could not be loaded</h2>
        <p>${this.failure}</p>
        <p><a href=${href('/inbox')}>Show all stories</a></p>
      </div>`
    }
    const inbox = this.inbox
    if (!inbox) return html`<p class="loading">Loading the stories…</p>`
    return html`<div class="summary">
        <p id="counts"><strong>${this.summaryText(inbox)}</strong></p>
        <p>
          <a href=${this.exportUrl()} download
            >Download these stories as CSV<span class="visually-hidden"> (a spreadsheet file)</span></a
          >
        </p>
      </div>
      ${this.loading ? html`<p class="loading">Updating…</p>` : nothing}
      ${
        inbox.stories.length
          ? html`<ol class="stories" aria-label="Stories, newest first">
              ${inbox.stories.map((s) => this.renderStory(s))}
            </ol>`
          : html`<div class="panel">
              <p>
                ${
                  this.hasFilters()
                    ? html`Try fewer filters, or <a href=${href('/inbox')}>see every story</a>.`
                    : 'When a story about one of your services is published, it will be here.'
                }
              </p>
            </div>`
      }
      ${
        inbox.nextCursor || this.filter('cursor')
          ? html`<nav class="paging" aria-label="Pages of stories">
              ${this.filter('cursor') ? html`<a href=${this.url()}>Back to the newest stories</a>` : nothing}
              ${
                inbox.nextCursor
                  ? html`<a href=${this.url({ cursor: inbox.nextCursor })}
                      >Older stories<span class="visually-hidden"> (next page)</span></a
                    >`
                  : nothing
              }
            </nav>`
          : nothing
      }`
  }

  override render() {
    return html`<span class="caption">${this.subscriber?.name ?? this.membership?.subscriberName ?? ''}</span>
      <h1>Inbox</h1>
      ${this.renderReadOnlyNotice()}
      <p class="lead">Published stories about the services you cover, newest first.</p>
      <heard-held-stories .subscriberId=${this.membership?.subscriberId}></heard-held-stories>
      <div class="layout">
        ${this.renderFilters()}
        <section aria-labelledby="results-title" aria-busy=${this.loading ? 'true' : 'false'}>
          <h2 id="results-title" class="visually-hidden">Stories</h2>
          ${this.renderResults()}
        </section>
      </div>`
  }
}

if (!customElements.get('heard-inbox-page')) customElements.define('heard-inbox-page', HeardInboxPage)

declare global {
  interface HTMLElementTagNameMap {
    'heard-inbox-page': HeardInboxPage
  }
}
