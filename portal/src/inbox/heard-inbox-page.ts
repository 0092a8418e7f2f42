import { msg, str } from '@lit/localize'
import { css, html, nothing } from 'lit'
import { repeat } from 'lit/directives/repeat.js'
import { property, state } from 'lit/decorators.js'
import { TaskStatus } from '@lit/task'
import { announce } from '../shared/announce.ts'
import './heard-held-stories.ts'
import { api, ApiError, issueText, withQuery } from '../shared/api.ts'
import { CRITICALITY_LABELS, formatDate, plural } from '../shared/format.ts'
import {
  emptyList,
  filterPanel,
  listLayout,
  listStyles,
  paging,
  queryTask,
  queryValue,
} from '../shared/list-page.ts'
import { serviceName, tagLabel } from '../shared/locale.ts'
import { href } from '../shared/router.ts'
import type { ServiceSummary, TagGroup } from '../shared/types.ts'
import { inboxFilterForm, type PublicTag, type TagGroups } from './inbox-filter-form.ts'
import { INBOX_FILTERS, inboxFilters, type InboxFilter } from './inbox-filters.ts'
import { coveredServices, MemberPageElement } from '../shared/member-page.ts'
import type { Inbox, InboxStory } from './types.ts'
import { workflowTags } from './workflow-filters.ts'
import type { AssignableMember } from './workflow-types.ts'

const PAGE_SIZE = 25

/**
 * `<heard-inbox-page>`: the published stories about the services the organisation covers, newest
 * first. Every filter and the search live in the URL, so a filtered inbox can be linked to; the CSV
 * export takes the same filters.
 */
export class HeardInboxPage extends MemberPageElement {
  static override styles = [
    ...MemberPageElement.styles,
    listStyles,
    css`
      :host {
        --filters-width: 19rem;
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
      .story.overdue {
        border-left-color: #d5281b;
      }
      .story h3 {
        margin-bottom: 0.25rem;
      }
      .story p {
        margin-bottom: 0.5rem;
      }
    `,
  ]
  @property({ attribute: false }) query: URLSearchParams = new URLSearchParams()
  @state() services: ServiceSummary[] = []
  @state() tags?: TagGroups
  @state() assignees: AssignableMember[] = []
  private inbox = queryTask(
    this,
    (query, signal) => this.load(query, signal),
    (inbox) => announce(this.summaryText(inbox)),
  )

  private filter(name: InboxFilter | 'cursor') {
    return queryValue(this.query, name)
  }

  private async load(query: URLSearchParams, signal: AbortSignal) {
    try {
      const subscriber = await this.loadSubscriber(signal)
      if (!subscriber) throw new ApiError(403, 'forbidden', msg('You are not a member of any organisation.'))
      if (!this.services.length) void this.loadChoices(signal)
      const filters = { ...inboxFilters(query), limit: PAGE_SIZE, cursor: queryValue(query, 'cursor') }
      return await api.get<Inbox>(`${this.base}/inbox`, { query: filters, signal })
    } catch (e) {
      if ((e as Error).name === 'AbortError') throw e
      throw new Error(e instanceof ApiError ? this.explain(e) : msg('The inbox could not be loaded.'), {
        cause: e,
      })
    }
  }

  private explain(e: ApiError) {
    const issue = e.issues[0]
    if (!issue) return e.message
    const field: Record<string, string> = {
      serviceId: msg('The service'),
      from: msg('The “from” date'),
      to: msg('The “to” date'),
      criticality: msg('The criticality'),
      tags: msg('The tags'),
      q: msg('The search'),
      assignee: msg('The assignee'),
      state: msg('The state'),
      overdue: msg('The overdue filter'),
    }
    const name = issue.path.split('.')[0] ?? ''
    return issueText(field[name] ?? msg('A filter'), issue)
  }

  /** The covered services (each with the services within it) and the tags, for the filters. */
  private async loadChoices(signal: AbortSignal) {
    try {
      const [tags, services, assignees] = await Promise.all([
        api.get<{ tags: (PublicTag & { group: TagGroup })[] }>('/api/v1/tags', { signal }),
        this.subscriber ? coveredServices(this.subscriber, signal) : [],
        api.get<{ members: AssignableMember[] }>(`${this.base}/inbox/assignees`, { signal }),
      ])
      this.assignees = assignees.members
      const groups: TagGroups = { good: [], improve: [], feelings: [] }
      for (const t of tags.tags) groups[t.group]?.push({ slug: t.slug, label: t.label })
      this.tags = groups
      this.services = services
    } catch {
      // The filters still work without the lists: the search and the dates do not need them.
    }
  }

  private summaryText(inbox: Inbox) {
    const { total, unresponded, overdue, exact } = inbox.counts
    if (total === 0) return this.hasFilters() ? msg('No stories match these filters') : msg('No stories yet')
    const count = plural(total, msg('story'), msg('stories'))
    return exact
      ? msg(str`${count}, ${unresponded} without a published response, ${overdue} overdue`)
      : msg(str`at least ${count}, ${unresponded} without a published response, ${overdue} overdue`)
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

  private renderFilters() {
    return filterPanel(
      msg('Search and filter'),
      html`${inboxFilterForm({
        query: this.query,
        services: this.services,
        indent: (s) => this.indent(s),
        tags: this.tags,
        assignees: this.assignees,
      })}
      ${this.hasFilters() ? html`<p><a href=${href('/inbox')}>${msg('Clear all filters')}</a></p>` : nothing}`,
    )
  }

  /** How deep a service is below the covered node it belongs to. */
  private indent(s: ServiceSummary) {
    const root = this.subscriber?.coverage.nodes.find((n) => s.path.startsWith(n.path))
    const rootDepth = root ? root.path.split(' › ').length - 1 : 0
    return Math.max(0, s.path.split(' › ').length - 1 - rootDepth)
  }

  /**
   * One story in the list. Rows are keyed by story (`repeat`): when filtered results arrive, a
   * row never turns into another story under the reader's pointer or keyboard focus.
   */
  private renderStory(story: InboxStory) {
    const tags = [...story.tags.good, ...story.tags.improve]
    const ours = story.ourResponses
    return html`<li
      class="story ${story.responseCount > 0 ? 'responded' : ''} ${story.overdue ? 'overdue' : ''}"
    >
      <h3><a href=${href(`/inbox/stories/${story.id}`)}>${story.title || msg('Untitled')}</a></h3>
      ${workflowTags(story)}
      <ul class="meta">
        <li>
          <span class="visually-hidden">${msg('Published')} </span
          ><time datetime=${story.publishedAt}>${formatDate(story.publishedAt)}</time>
        </li>
        <li>
          <span class="visually-hidden">${msg('Services:')} </span
          >${story.services.map((s) => serviceName(s)).join(', ')}
        </li>
        <li>${msg('Due')} <time datetime=${story.dueAt}>${formatDate(story.dueAt)}</time></li>
        <li>
          ${
            story.criticality === null
              ? msg('Criticality not set')
              : msg(str`Criticality ${story.criticality} – ${CRITICALITY_LABELS[story.criticality]}`)
          }
        </li>
      </ul>
      <p>${story.excerpt}</p>
      <ul class="tag-list" aria-label=${msg('Responses and tags')}>
        ${
          story.responseCount === 0
            ? html`<li class="tag red">${msg('No response yet')}</li>`
            : html`<li class="tag green">
                ${plural(story.responseCount, msg('response'), msg('responses'))}
              </li>`
        }
        ${ours.pending ? html`<li class="tag yellow">${msg(str`${ours.pending} of ours waiting for moderation`)}</li>` : nothing}
        ${tags.map((t) => html`<li class="tag">${tagLabel(t)}</li>`)}
      </ul>
    </li>`
  }

  private renderResults() {
    if (this.inbox.status === TaskStatus.ERROR) {
      return html`<div class="banner error" role="alert">
        <h2>${msg('The inbox could not be loaded')}</h2>
        <p>${(this.inbox.error as Error).message}</p>
        <p><a href=${href('/inbox')}>${msg('Show all stories')}</a></p>
      </div>`
    }
    const inbox = this.inbox.value
    if (!inbox) return html`<p class="loading">${msg('Loading the stories…')}</p>`
    const cursor = this.filter('cursor')
    return html`<div class="summary">
        <p id="counts"><strong>${this.summaryText(inbox)}</strong></p>
        <p>
          <a href=${this.exportUrl()} download
            >${msg('Download these stories as CSV')}<span class="visually-hidden">
              ${msg('(a spreadsheet file)')}</span
            ></a
          >
        </p>
      </div>
      ${this.inbox.status === TaskStatus.PENDING ? html`<p class="loading">${msg('Updating…')}</p>` : nothing}
      ${
        inbox.stories.length
          ? html`<ol class="stories" aria-label=${msg('Stories, overdue first, then newest first')}>
              ${repeat(
                inbox.stories,
                (s) => s.id,
                (s) => this.renderStory(s),
              )}
            </ol>`
          : emptyList(
              this.hasFilters(),
              { href: href('/inbox'), text: msg('see every story') },
              msg('When a story about one of your services is published, it will be here.'),
            )
      }
      ${paging({
        label: msg('Pages of stories'),
        first: cursor ? { href: this.url(), text: msg('Back to the newest stories') } : undefined,
        next: inbox.nextCursor
          ? {
              href: this.url({ cursor: inbox.nextCursor }),
              text: msg('Older stories'),
              hidden: msg(' (next page)'),
            }
          : undefined,
      })}`
  }

  override render() {
    return html`<span class="caption">${this.subscriber?.name ?? this.membership?.subscriberName ?? ''}</span>
      <h1>${msg('Inbox')}</h1>
      ${this.renderReadOnlyNotice()}
      <p class="lead">
        ${msg('Published stories about the services you cover: overdue ones first, then the newest.')}
      </p>
      ${
        this.membership?.role === 'admin'
          ? html`<p>
              <a href=${href('/inbox/settings')}
                >${msg('Inbox settings: time to respond and routing rules')}</a
              >
            </p>`
          : nothing
      }
      <heard-held-stories .subscriberId=${this.membership?.subscriberId}></heard-held-stories>
      ${listLayout(this.renderFilters(), msg('Stories'), this.inbox, this.renderResults())}`
  }
}

if (!customElements.get('heard-inbox-page')) customElements.define('heard-inbox-page', HeardInboxPage)

declare global {
  interface HTMLElementTagNameMap {
    'heard-inbox-page': HeardInboxPage
  }
}
