import { msg, str } from '@lit/localize'
import { css, html, nothing } from 'lit'
import { state } from 'lit/decorators.js'
import { keyed } from 'lit/directives/keyed.js'
import { announce } from '../shared/announce.ts'
import { api, ApiError, ValidationError } from '../shared/api.ts'
import './heard-alert-extras.ts'
import type { FieldError } from '../shared/heard-error-summary.ts'
import '../shared/heard-error-summary.ts'
import { CRITICALITY_LABELS } from '../shared/format.ts'
import type { ServiceSummary } from '../shared/types.ts'
import { choiceRows, serviceChoices } from '../shared/choices.ts'
import {
  alertIssueErrors,
  checkAlertForm,
  criticalityLabel,
  describeAlerts,
  FIELDS,
  FREQUENCIES,
  FREQUENCY_LABELS,
  MAX_ALERT_SERVICES,
  type AlertForm,
  type Frequency,
} from './alert-preferences.ts'
import { coveredServices, MemberPageElement } from '../shared/member-page.ts'
import type { AlertPreferences } from './types.ts'
import { errorClass, errorsFor, inlineError } from '../shared/form-fields.ts'

/**
 * `<heard-alerts-page>`: each member chooses which stories to be emailed about for this
 * organisation — services within its coverage, a minimum criticality, immediately or in a daily
 * digest — and can turn the emails off. The current state, paused or not, is said plainly.
 */
export class HeardAlertsPage extends MemberPageElement {
  static override styles = [
    ...MemberPageElement.styles,
    css`
      .state h2 {
        margin-bottom: 0.5rem;
      }
      .state ul {
        margin: 0.5rem 0 0;
      }
    `,
  ]
  @state() alerts: AlertPreferences | null = null
  @state() services: ServiceSummary[] = []
  @state() loaded = false
  @state() errors: FieldError[] = []
  @state() failure = ''
  @state() message = ''
  @state() busy = false
  /** Bumped after each save, so the form shows the saved choices afresh. */
  @state() version = 0

  override connectedCallback() {
    super.connectedCallback()
    void this.load()
  }

  private async load() {
    try {
      const subscriber = await this.loadSubscriber()
      if (!subscriber) return
      const [answer, services] = await Promise.all([
        api.get<{ alerts: AlertPreferences | null }>(`${this.base}/alerts`),
        coveredServices(subscriber),
      ])
      this.alerts = answer.alerts
      this.services = services
      this.loaded = true
    } catch (e) {
      this.failure = e instanceof ApiError ? e.message : msg('Your alerts could not be loaded.')
    }
  }

  private async save(e: SubmitEvent) {
    e.preventDefault()
    const data = new FormData(e.target as HTMLFormElement)
    const form: AlertForm = {
      serviceIds: data.getAll('serviceIds').map(String),
      minCriticality: Number(data.get('minCriticality') ?? 0),
      frequency: (data.get('frequency') as Frequency | null) ?? null,
    }
    let errors = checkAlertForm(form)
    if (!errors.length) {
      this.busy = true
      try {
        const saved = await api.put<{ alerts: AlertPreferences }>(`${this.base}/alerts`, form)
        this.alerts = saved.alerts
        this.version++
        void this.renderRoot.querySelector('heard-alert-extras')?.load()
        this.showErrors([])
        this.message = msg('Your alerts are saved.')
        announce(this.message)
        await this.focusMessage()
        return
      } catch (err) {
        const names = new Map(this.services.map((s) => [s.id, s.path]))
        errors =
          err instanceof ValidationError && err.issues.length
            ? alertIssueErrors(err.issues, form.serviceIds, names)
            : [
                {
                  field: FIELDS.services,
                  message: err instanceof ApiError ? err.message : msg('Your alerts were not saved.'),
                },
              ]
      } finally {
        this.busy = false
      }
    }
    this.message = ''
    this.showErrors(errors)
  }

  /** The form is drawn afresh after a change, so focus goes to what changed rather than to nowhere. */
  private async focusMessage() {
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>('#message')?.focus()
  }

  private showErrors(errors: FieldError[]) {
    this.errors = errors
    this.setErrorTitle(errors.length > 0)
  }

  private async turnOff() {
    this.busy = true
    try {
      await api.delete(`${this.base}/alerts`)
      this.alerts = null
      this.version++
      void this.renderRoot.querySelector('heard-alert-extras')?.load()
      this.showErrors([])
      this.message = msg('Alerts are off. You will get no more emails about new stories.')
      announce(this.message)
      await this.focusMessage()
    } catch (e) {
      this.message = ''
      this.failure = e instanceof ApiError ? e.message : msg('Your alerts were not turned off.')
    } finally {
      this.busy = false
    }
  }

  private error(field: string) {
    return inlineError(field, errorsFor(this.errors, field))
  }

  private has(field: string) {
    return errorClass(this.errors, field)
  }

  private renderState() {
    const state = describeAlerts(this.alerts, this.subscriber?.mayAct ?? true)
    const services = this.alerts?.services ?? []
    return html`<div class="inset state" id="alert-state">
      <h2>${state.title}</h2>
      ${state.notes.map((n) => html`<p>${n}</p>`)}
      ${
        services.length
          ? html`<ul>
              ${services.map((s) => html`<li>${s.path}</li>`)}
            </ul>`
          : nothing
      }
    </div>`
  }

  private renderCriticality() {
    const min = this.alerts?.minCriticality ?? 0
    return html`<fieldset
      class="form-group ${this.has(FIELDS.criticality)}"
      aria-describedby="criticality-hint"
    >
      <legend>${msg('Minimum criticality')}</legend>
      <span class="hint" id="criticality-hint"
        >${msg('Moderators rate how critical each story is, from 0 (positive) to 5. You are emailed about stories at least this critical.')}</span
      >
      ${this.error(FIELDS.criticality)}
      <div class="choices">
        ${choiceRows(
          'radio',
          'minCriticality',
          CRITICALITY_LABELS.map((_, n) => ({
            id: `criticality-${n}`,
            value: String(n),
            label: `${criticalityLabel(n)}${n === 0 ? ' (every story)' : n < 5 ? ' or more' : ''}`,
            checked: n === min,
          })),
        )}
      </div>
    </fieldset>`
  }

  private renderFrequency() {
    return html`<fieldset class="form-group ${this.has(FIELDS.frequency)}">
      <legend>${msg('How often')}</legend>
      ${this.error(FIELDS.frequency)}
      <div class="choices">
        ${choiceRows(
          'radio',
          'frequency',
          FREQUENCIES.map((f) => ({
            id: `frequency-${f}`,
            value: f,
            label: FREQUENCY_LABELS[f].label,
            hint: FREQUENCY_LABELS[f].hint,
            checked: this.alerts?.frequency === f,
          })),
        )}
      </div>
    </fieldset>`
  }

  private renderForm() {
    const a = this.alerts
    const chosen = new Set(a?.services.map((s) => s.id) ?? [])
    return html`<section aria-labelledby="form-title">
      <h2 id="form-title">${a ? msg('Change your alerts') : msg('Choose your alerts')}</h2>
      <heard-error-summary .errors=${this.errors}></heard-error-summary>
      ${keyed(
        this.version,
        html`<form novalidate @submit=${this.save}>
          <fieldset class="form-group ${this.has(FIELDS.services)}" aria-describedby="services-hint">
            <legend>${msg('Services')}</legend>
            <span class="hint" id="services-hint"
              >${msg(str`Stories about these services and the services within them. Up to ${MAX_ALERT_SERVICES}.`)}</span
            >
            ${this.error(FIELDS.services)} ${serviceChoices(this.services, chosen)}
          </fieldset>
          ${this.renderCriticality()} ${this.renderFrequency()}
          <div class="button-group">
            <button class="button" type="submit" ?disabled=${this.busy}>
              ${a?.paused ? msg('Save and resume alerts') : msg('Save alerts')}
            </button>
            ${
              a
                ? html`<button
                    class="button secondary"
                    type="button"
                    ?disabled=${this.busy}
                    @click=${this.turnOff}
                  >
                    ${msg('Turn off alerts')}
                  </button>`
                : nothing
            }
          </div>
        </form>`,
      )}
    </section>`
  }

  override render() {
    if (this.failure && !this.loaded) {
      return html`<h1>${msg('Alerts')}</h1>
        <div class="banner error" role="alert"><p>${this.failure}</p></div>`
    }
    return html`<span class="caption">${this.subscriber?.name ?? ''}</span>
      <h1>${msg('Alerts')}</h1>
      <p class="lead">${msg('Get an email when a story about your services is published.')}</p>
      ${this.message ? html`<div class="banner success" id="message" tabindex="-1"><p>${this.message}</p></div>` : nothing}
      ${this.failure ? html`<div class="banner error" role="alert"><p>${this.failure}</p></div>` : nothing}
      ${
        this.loaded
          ? html`${this.renderState()} ${this.renderForm()}
              <heard-alert-extras
                .base=${this.base}
                .services=${this.services}
                @heard-alerts-changed=${() => this.load()}
              ></heard-alert-extras>`
          : html`<p class="loading" role="status">${msg('Loading…')}</p>`
      }`
  }
}

if (!customElements.get('heard-alerts-page')) customElements.define('heard-alerts-page', HeardAlertsPage)

declare global {
  interface HTMLElementTagNameMap {
    'heard-alerts-page': HeardAlertsPage
  }
}
