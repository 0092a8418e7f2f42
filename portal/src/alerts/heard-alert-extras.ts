import { msg } from '@lit/localize'
import { css, html, LitElement, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import { announce } from '../shared/announce.ts'
import { api, ApiError } from '../shared/api.ts'
import { shared } from '../shared/styles/shared.ts'
import type { ServiceSummary } from '../shared/types.ts'
import { criticalityLabel, criticalityMeaning, FREQUENCIES, FREQUENCY_LABELS } from './alert-preferences.ts'
import type { AlertRule, AlertSettings } from './types.ts'
import { servicePath } from '../shared/locale.ts'

/** What members read here, in one place (so that Welsh can be added beside it). */
const M = {
  get moreTitle() {
    return msg('More alert rules')
  },
  get moreHint() {
    return msg('Each rule is a service (with everything within it), a minimum criticality and how often.')
  },
  get none() {
    return msg('No other rules.')
  },
  get add() {
    return msg('Add rule')
  },
  get remove() {
    return msg('Delete')
  },
  get service() {
    return msg('Service')
  },
  get criticality() {
    return msg('At least')
  },
  get frequency() {
    return msg('How often')
  },
  get otherTitle() {
    return msg('Other emails')
  },
  get replies() {
    return msg('When an author replies to one of our responses')
  },
  get assigned() {
    return msg('When a story is given to me to answer')
  },
  get save() {
    return msg('Save these choices')
  },
  get saved() {
    return msg('Saved.')
  },
} as const

const toInput = (r: AlertRule) => ({
  serviceIds: r.services.map((s) => s.id),
  minCriticality: r.minCriticality,
  frequency: r.frequency,
})

/**
 * `<heard-alert-extras>`: below the first alert rule (the page's main form), the member's other
 * rules, and the author-reply and assignment emails. Saves everything at once (`PUT …/alerts`).
 */
export class HeardAlertExtras extends LitElement {
  static override styles = [
    shared,
    css`
      select {
        max-width: 100%;
      }
      .rules li {
        margin-bottom: 0.5rem;
        overflow-wrap: anywhere;
      }
    `,
  ]
  @property({ attribute: false }) base = ''
  @property({ attribute: false }) services: ServiceSummary[] = []
  @state() settings?: AlertSettings
  @state() error = ''

  override connectedCallback() {
    super.connectedCallback()
    void this.load()
  }

  async load() {
    try {
      this.settings = await api.get<AlertSettings>(`${this.base}/alerts`)
    } catch (e) {
      this.error = e instanceof ApiError ? e.message : msg('Your alerts could not be loaded.')
    }
  }

  private async saveAll(
    changes: Partial<{ rules: ReturnType<typeof toInput>[]; authorReplies: boolean; assignedToMe: boolean }>,
  ) {
    const s = this.settings!
    this.error = ''
    try {
      this.settings = await api.put<AlertSettings>(`${this.base}/alerts`, {
        rules: s.rules.map(toInput),
        authorReplies: s.authorReplies,
        assignedToMe: s.assignedToMe,
        ...changes,
      })
      announce(M.saved)
      this.dispatchEvent(new CustomEvent('heard-alerts-changed', { bubbles: true, composed: true }))
    } catch (e) {
      this.error =
        e instanceof ApiError ? (e.issues[0]?.message ?? e.message) : msg('Your alerts were not saved.')
    }
  }

  private addRule(e: Event) {
    e.preventDefault()
    const data = new FormData(e.target as HTMLFormElement)
    const rule = {
      serviceIds: [String(data.get('rule-service'))],
      minCriticality: Number(data.get('rule-criticality')),
      frequency: String(data.get('rule-frequency')) as AlertRule['frequency'],
    }
    return this.saveAll({ rules: [...this.settings!.rules.map(toInput), rule] })
  }

  private saveOptions(e: Event) {
    e.preventDefault()
    const data = new FormData(e.target as HTMLFormElement)
    return this.saveAll({ authorReplies: data.has('authorReplies'), assignedToMe: data.has('assignedToMe') })
  }

  private renderRules(rules: AlertRule[]) {
    const others = rules.slice(1)
    return html`<h2>${M.moreTitle}</h2>
      <p class="hint">${M.moreHint}</p>
      ${
        others.length
          ? html`<ul class="rules" id="more-rules">
              ${others.map(
                (r, i) =>
                  html`<li>
                    ${r.services.map((s) => servicePath(s)).join(', ')}:
                    ${criticalityMeaning(r.minCriticality)}, ${FREQUENCY_LABELS[r.frequency].inText}
                    <button
                      class="link-button"
                      type="button"
                      @click=${() => this.saveAll({ rules: rules.filter((_, j) => j !== i + 1).map(toInput) })}
                    >
                      ${M.remove}<span class="visually-hidden"> ${msg('this rule')}</span>
                    </button>
                  </li>`,
              )}
            </ul>`
          : html`<p>${rules.length ? M.none : nothing}</p>`
      }
      <form @submit=${this.addRule}>
        <div class="form-group">
          <label for="rule-service">${M.service}</label>
          <select id="rule-service" name="rule-service" required>
            ${this.services.map((s) => html`<option value=${s.id}>${s.path}</option>`)}
          </select>
        </div>
        <div class="form-group">
          <label for="rule-criticality">${M.criticality}</label>
          <select id="rule-criticality" name="rule-criticality">
            ${[0, 1, 2, 3, 4, 5].map((n) => html`<option value=${n}>${criticalityLabel(n)}</option>`)}
          </select>
        </div>
        <div class="form-group">
          <label for="rule-frequency">${M.frequency}</label>
          <select id="rule-frequency" name="rule-frequency">
            ${FREQUENCIES.map((f) => html`<option value=${f}>${FREQUENCY_LABELS[f].label}</option>`)}
          </select>
        </div>
        <button class="button secondary" type="submit">${M.add}</button>
      </form>`
  }

  override render() {
    const s = this.settings
    if (!s)
      return this.error ? html`<div class="banner error" role="alert"><p>${this.error}</p></div>` : nothing
    return html`${this.error ? html`<div class="banner error" role="alert"><p>${this.error}</p></div>` : nothing}
      ${this.renderRules(s.rules)}
      <h2>${M.otherTitle}</h2>
      <form @submit=${this.saveOptions}>
        <div class="choices form-group">
          <div class="choice">
            <input id="authorReplies" name="authorReplies" type="checkbox" ?checked=${s.authorReplies} />
            <label for="authorReplies">${M.replies}</label>
          </div>
          <div class="choice">
            <input id="assignedToMe" name="assignedToMe" type="checkbox" ?checked=${s.assignedToMe} />
            <label for="assignedToMe">${M.assigned}</label>
          </div>
        </div>
        <button class="button secondary" type="submit">${M.save}</button>
      </form>`
  }
}

if (!customElements.get('heard-alert-extras')) customElements.define('heard-alert-extras', HeardAlertExtras)

declare global {
  interface HTMLElementTagNameMap {
    'heard-alert-extras': HeardAlertExtras
  }
}
