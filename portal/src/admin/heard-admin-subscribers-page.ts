import { html, nothing } from 'lit'
import { property } from 'lit/decorators.js'
import { TaskStatus } from '@lit/task'
import { announce } from '../shared/announce.ts'
import { api, ApiError } from '../shared/api.ts'
import './heard-new-subscriber-form.ts'
import { formatDate, plural } from '../shared/format.ts'
import { href, navigate } from '../shared/router.ts'
import { adminStyles } from './styles.ts'
import { kindLabel } from './subscriber-kind.ts'
import type { SubscriberList } from './types.ts'
import { PageElement } from '../shared/page.ts'
import { paging, queryTask, queryValue } from '../shared/list-page.ts'

const PAGE_SIZE = 25

/**
 * `<heard-admin-subscribers-page>`: platform admins find subscribers by name (the search and the
 * page are in the URL), see the kind of each (a provider or a public-interest body), what it
 * covers and how many members it has, and create new ones.
 */
export class HeardAdminSubscribersPage extends PageElement {
  static override styles = [...PageElement.styles, ...adminStyles]
  @property({ attribute: false }) query: URLSearchParams = new URLSearchParams()
  private list = queryTask(
    this,
    async (query, signal) => {
      try {
        return await api.get<SubscriberList>('/api/portal/admin/subscribers', {
          query: { q: queryValue(query, 'q'), cursor: query.get('cursor') ?? '', limit: PAGE_SIZE },
          signal,
        })
      } catch (e) {
        if ((e as Error).name === 'AbortError') throw e
        throw new Error(e instanceof ApiError ? e.message : 'The subscribers could not be loaded.', {
          cause: e,
        })
      }
    },
    (list) => {
      if (this.q) announce(this.countText(list))
    },
  )

  private get q() {
    return queryValue(this.query, 'q')
  }

  private get cursor() {
    return this.query.get('cursor') ?? ''
  }

  private countText(list: SubscriberList) {
    const n = list.subscribers.length
    if (n === 0) return this.q ? `No subscribers have “${this.q}” in their name` : 'No subscribers yet'
    const more = list.nextCursor ? ' on this page' : ''
    return `${plural(n, 'subscriber')}${more}${this.q ? ` matching “${this.q}”` : ''}`
  }

  private search(e: SubmitEvent) {
    e.preventDefault()
    const q = String(new FormData(e.target as HTMLFormElement).get('q') ?? '').trim()
    navigate(href('/admin/subscribers', { q }))
  }

  private renderList() {
    const list = this.list.value
    if (!list)
      return this.list.status === TaskStatus.PENDING
        ? html`<p class="loading" role="status">Loading…</p>`
        : nothing
    return html`<p id="count" aria-live="polite">${this.countText(list)}</p>
      ${
        list.subscribers.length
          ? html`<div class="table-wrap">
              <table aria-describedby="count">
                <caption class="visually-hidden">
                  Subscribers by name
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Kind</th>
                    <th scope="col" class="number">Covered services</th>
                    <th scope="col" class="number">Members</th>
                    <th scope="col">Created</th>
                  </tr>
                </thead>
                <tbody>
                  ${list.subscribers.map(
                    (s) =>
                      html`<tr>
                        <td><a href=${href(`/admin/subscribers/${s.id}`)}>${s.name}</a></td>
                        <td>${kindLabel(s)}</td>
                        <td class="number">${s.coveredNodes}</td>
                        <td class="number">${s.members}</td>
                        <td>${formatDate(s.createdAt)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : nothing
      }
      ${paging({
        label: 'Pages of subscribers',
        first: this.cursor
          ? { href: href('/admin/subscribers', { q: this.q }), text: 'Back to the first page' }
          : undefined,
        next: list.nextCursor
          ? {
              href: href('/admin/subscribers', { q: this.q, cursor: list.nextCursor }),
              text: 'Next page',
              hidden: ' of subscribers',
            }
          : undefined,
      })}`
  }

  override render() {
    return html`<span class="caption">Platform admin</span>
      <h1>Subscribers</h1>
      <p class="lead">The organisations that subscribe to Heard, by name.</p>
      <form role="search" aria-label="Subscribers" @submit=${this.search}>
        <div class="form-group">
          <label for="q">Search by name</label>
          <span class="hint" id="q-hint">Part of the organisation’s name</span>
          <input
            class="input-width-20"
            id="q"
            name="q"
            type="search"
            autocomplete="off"
            .value=${this.q}
            aria-describedby="q-hint"
          />
        </div>
        <button class="button secondary" type="submit">Search</button>
        ${this.q ? html`<a class="link" href=${href('/admin/subscribers')}>Show all subscribers</a>` : nothing}
      </form>
      ${
        this.list.status === TaskStatus.ERROR
          ? html`<div class="banner error" role="alert"><p>${(this.list.error as Error).message}</p></div>`
          : nothing
      }
      ${this.renderList()}
      <section aria-labelledby="create-title">
        <h2 id="create-title">Create a subscriber</h2>
        <heard-new-subscriber-form
          @heard-subscriber-created=${() => void this.list.run()}
          @heard-form-errors=${(e: CustomEvent<{ count: number }>) => this.setErrorTitle(e.detail.count > 0)}
        ></heard-new-subscriber-form>
      </section>`
  }
}

if (!customElements.get('heard-admin-subscribers-page'))
  customElements.define('heard-admin-subscribers-page', HeardAdminSubscribersPage)

declare global {
  interface HTMLElementTagNameMap {
    'heard-admin-subscribers-page': HeardAdminSubscribersPage
  }
}
