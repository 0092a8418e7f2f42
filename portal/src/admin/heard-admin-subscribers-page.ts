import { msg, str } from '@lit/localize'
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
        throw new Error(e instanceof ApiError ? e.message : msg('The subscribers could not be loaded.'), {
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
    if (n === 0)
      return this.q ? msg(str`No subscribers have “${this.q}” in their name`) : msg('No subscribers yet')
    const count = plural(n, msg('subscriber'), msg('subscribers'))
    if (list.nextCursor)
      return this.q ? msg(str`${count} on this page matching “${this.q}”`) : msg(str`${count} on this page`)
    return this.q ? msg(str`${count} matching “${this.q}”`) : count
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
        ? html`<p class="loading" role="status">${msg('Loading…')}</p>`
        : nothing
    return html`<p id="count" aria-live="polite">${this.countText(list)}</p>
      ${
        list.subscribers.length
          ? html`<div class="table-wrap">
              <table aria-describedby="count">
                <caption class="visually-hidden">
                  ${msg('Subscribers by name')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${msg('Name')}</th>
                    <th scope="col">${msg('Kind')}</th>
                    <th scope="col" class="number">${msg('Covered services')}</th>
                    <th scope="col" class="number">${msg('Members')}</th>
                    <th scope="col">${msg('Created')}</th>
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
        label: msg('Pages of subscribers'),
        first: this.cursor
          ? { href: href('/admin/subscribers', { q: this.q }), text: msg('Back to the first page') }
          : undefined,
        next: list.nextCursor
          ? {
              href: href('/admin/subscribers', { q: this.q, cursor: list.nextCursor }),
              text: msg('Next page'),
              hidden: ' of subscribers',
            }
          : undefined,
      })}`
  }

  override render() {
    return html`<span class="caption">${msg('Platform admin')}</span>
      <h1>${msg('Subscribers')}</h1>
      <p class="lead">${msg('The organisations that subscribe to Heard, by name.')}</p>
      <form role="search" aria-label=${msg('Subscribers')} @submit=${this.search}>
        <div class="form-group">
          <label for="q">${msg('Search by name')}</label>
          <span class="hint" id="q-hint">${msg('Part of the organisation’s name')}</span>
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
        <button class="button secondary" type="submit">${msg('Search')}</button>
        ${this.q ? html`<a class="link" href=${href('/admin/subscribers')}>${msg('Show all subscribers')}</a>` : nothing}
      </form>
      ${
        this.list.status === TaskStatus.ERROR
          ? html`<div class="banner error" role="alert"><p>${(this.list.error as Error).message}</p></div>`
          : nothing
      }
      ${this.renderList()}
      <section aria-labelledby="create-title">
        <h2 id="create-title">${msg('Create a subscriber')}</h2>
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
