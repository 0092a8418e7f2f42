import { msg, str } from '@lit/localize'
import { css, html, nothing } from 'lit'
import { state } from 'lit/decorators.js'
import { announce } from '../shared/announce.ts'
import { api, ApiError } from '../shared/api.ts'
import { coveredServices, MemberPageElement } from '../shared/member-page.ts'
import { href } from '../shared/router.ts'
import type { ServiceSummary } from '../shared/types.ts'
import type { AssignableMember, RoutingRule } from '../inbox/workflow-types.ts'
import { serviceName, servicePath } from '../shared/locale.ts'

/** What admins read on this page, in one place (so that Welsh can be added beside it). */
const M = {
  get lead() {
    return msg('How long your organisation gives itself to answer a story, and who new stories go to.')
  },
  get daysTitle() {
    return msg('Working days to respond')
  },
  get daysHint() {
    return msg('Monday to Friday, counted from publication. Open stories’ due dates move when you change it.')
  },
  get save() {
    return msg('Save')
  },
  get rulesTitle() {
    return msg('Routing rules')
  },
  get rulesHint() {
    return msg(
      'A story published about a service (or anything within it) goes to its member, who is emailed. The most specific rule wins.',
    )
  },
  get service() {
    return msg('Service')
  },
  get member() {
    return msg('Member')
  },
  get add() {
    return msg('Add rule')
  },
  get remove() {
    return msg('Delete')
  },
  get none() {
    return msg('No rules yet: new stories wait for someone to take them.')
  },
} as const

/** `<heard-inbox-settings-page>`: admins set the response clock and the routing rules. */
export class HeardInboxSettingsPage extends MemberPageElement {
  static override styles = [
    ...MemberPageElement.styles,
    css`
      select,
      input[type='number'] {
        max-width: 100%;
      }
      .rules li {
        margin-bottom: 0.5rem;
        overflow-wrap: anywhere;
      }
    `,
  ]
  @state() days?: number
  @state() rules: RoutingRule[] = []
  @state() services: ServiceSummary[] = []
  @state() members: AssignableMember[] = []
  @state() error = ''

  constructor() {
    super()
    this.roles = ['admin']
  }

  override connectedCallback() {
    super.connectedCallback()
    void this.load()
  }

  private async load() {
    try {
      const subscriber = await this.loadSubscriber()
      if (!subscriber) return
      const [settings, rules, members, services] = await Promise.all([
        api.get<{ responseDays: number }>(`${this.base}/inbox/settings`),
        api.get<{ rules: RoutingRule[] }>(`${this.base}/routing-rules`),
        api.get<{ members: AssignableMember[] }>(`${this.base}/inbox/assignees`),
        coveredServices(subscriber),
      ])
      this.days = settings.responseDays
      this.rules = rules.rules
      this.members = members.members
      this.services = services
    } catch (e) {
      this.error = e instanceof ApiError ? e.message : msg('The settings could not be loaded.')
    }
  }

  private async act(action: () => Promise<unknown>, done: string) {
    this.error = ''
    try {
      await action()
      announce(done)
      await this.load()
    } catch (e) {
      this.error =
        e instanceof ApiError ? (e.issues[0]?.message ?? e.message) : msg('That did not work. Try again.')
    }
  }

  private saveDays(e: Event) {
    e.preventDefault()
    const responseDays = Number(new FormData(e.target as HTMLFormElement).get('responseDays'))
    return this.act(() => api.put(`${this.base}/inbox/settings`, { responseDays }), msg('Saved.'))
  }

  private addRule(e: Event) {
    e.preventDefault()
    const data = new FormData(e.target as HTMLFormElement)
    const body = { serviceId: String(data.get('serviceId') ?? ''), userId: String(data.get('userId') ?? '') }
    return this.act(() => api.post(`${this.base}/routing-rules`, body), msg('Rule added.'))
  }

  override render() {
    return html`<span class="caption">${this.subscriber?.name ?? ''}</span>
      <h1>${msg('Inbox settings')}</h1>
      <p class="lead">${M.lead}</p>
      <p><a href=${href('/inbox')}>${msg('Back to the inbox')}</a></p>
      ${this.error ? html`<div class="banner error" role="alert"><p>${this.error}</p></div>` : nothing}
      <h2>${M.daysTitle}</h2>
      <form @submit=${this.saveDays}>
        <div class="form-group">
          <label for="responseDays">${M.daysTitle}</label>
          <span class="hint" id="days-hint">${M.daysHint}</span>
          <input
            id="responseDays"
            name="responseDays"
            type="number"
            min="1"
            max="30"
            required
            .value=${String(this.days ?? 3)}
            aria-describedby="days-hint"
          />
        </div>
        <button class="button" type="submit">${M.save}</button>
      </form>
      <h2>${M.rulesTitle}</h2>
      <p class="hint">${M.rulesHint}</p>
      ${
        this.rules.length
          ? html`<ul class="rules" id="routing-rules">
              ${this.rules.map(
                (r) =>
                  html`<li>
                    ${servicePath(r.service)} → <strong>${r.assignee.name}</strong>
                    <button
                      class="link-button"
                      type="button"
                      @click=${() => this.act(() => api.delete(`${this.base}/routing-rules/${r.id}`), msg('Rule deleted.'))}
                    >
                      ${M.remove}<span class="visually-hidden">
                        ${msg(str`the rule for ${serviceName(r.service)}`)}</span
                      >
                    </button>
                  </li>`,
              )}
            </ul>`
          : html`<p>${M.none}</p>`
      }
      <form @submit=${this.addRule}>
        <div class="form-group">
          <label for="serviceId">${M.service}</label>
          <select id="serviceId" name="serviceId" required>
            ${this.services.map((s) => html`<option value=${s.id}>${s.path}</option>`)}
          </select>
        </div>
        <div class="form-group">
          <label for="userId">${M.member}</label>
          <select id="userId" name="userId" required>
            ${this.members.map((m) => html`<option value=${m.id}>${m.name}</option>`)}
          </select>
        </div>
        <button class="button secondary" type="submit">${M.add}</button>
      </form>`
  }
}

if (!customElements.get('heard-inbox-settings-page'))
  customElements.define('heard-inbox-settings-page', HeardInboxSettingsPage)

declare global {
  interface HTMLElementTagNameMap {
    'heard-inbox-settings-page': HeardInboxSettingsPage
  }
}
