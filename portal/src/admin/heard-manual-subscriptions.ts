import { msg, str } from '@lit/localize'
import { html, LitElement, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import { checkManualSubscription, issuesToFields, isRunning, lastDay, todayUtc } from './admin.ts'
import { announce } from '../shared/announce.ts'
import { api, ApiError, ValidationError } from '../shared/api.ts'
import { formatDate } from '../shared/format.ts'
import { describedBy, errorFor, inlineError, reportErrorCount } from '../shared/form-fields.ts'
import { adminStyles } from './styles.ts'
import type { ManualSubscription } from './types.ts'
import { shared } from '../shared/styles/shared.ts'
import type { FieldError } from '../shared/heard-error-summary.ts'
import '../shared/heard-error-summary.ts'
import { tableOf } from '../shared/table.ts'

/**
 * `<heard-manual-subscriptions>`: the subscriptions a platform admin recorded for a subscriber
 * outside Stripe (paid by invoice, or the demo), a form to record one, and "End now" with a
 * confirmation step.
 *
 * Properties: `subscriberId`.
 * Events: `heard-form-errors` (`detail.count`) when its list of errors changes; `heard-billing-changed` after recording or ending one (the billing status changed).
 */
export class HeardManualSubscriptions extends LitElement {
  static override styles = [...shared, ...adminStyles]
  @property({ attribute: false }) subscriberId = ''
  @state() list?: ManualSubscription[]
  @state() failure = ''
  @state() rowError = ''
  @state() message = ''
  @state() errors: FieldError[] = []
  @state() busy = false
  @state() confirming?: string

  /** Tells the page, which marks its title with "Error: " while the form shows errors (GOV.UK). */
  override updated(changed: Map<string, unknown>) {
    reportErrorCount(this, changed, this.errors)
  }

  private get base() {
    return `/api/portal/admin/subscribers/${encodeURIComponent(this.subscriberId)}/manual-subscriptions`
  }

  override willUpdate(changed: Map<string, unknown>) {
    if (changed.has('subscriberId') && this.subscriberId) void this.load()
  }

  private async load() {
    try {
      const answer = await api.get<{ manualSubscriptions: ManualSubscription[] }>(this.base)
      this.list = answer.manualSubscriptions
      this.failure = ''
    } catch (e) {
      this.failure = e instanceof ApiError ? e.message : msg('The manual subscriptions could not be loaded.')
    }
  }

  private async changed(message: string, focus: string) {
    this.message = message
    announce(message)
    this.dispatchEvent(new CustomEvent('heard-billing-changed', { bubbles: true, composed: true }))
    await this.load()
    this.renderRoot.querySelector<HTMLElement>(focus)?.focus()
  }

  private async record(e: SubmitEvent) {
    e.preventDefault()
    const form = e.target as HTMLFormElement
    const data = new FormData(form)
    const input = {
      periodEnd: String(data.get('periodEnd') ?? ''),
      note: String(data.get('note') ?? '').trim(),
    }
    let errors: FieldError[] = checkManualSubscription(input)
    if (!errors.length) {
      this.busy = true
      try {
        const recorded = await api.post<ManualSubscription>(this.base, input)
        form.reset()
        this.errors = []
        this.rowError = ''
        await this.changed(
          msg(str`Recorded: full use until the end of ${lastDay(recorded.periodEnd)}.`),
          '#done',
        )
        return
      } catch (err) {
        errors =
          err instanceof ValidationError && err.issues.length
            ? issuesToFields(err.issues, { periodEnd: 'period-end', note: 'note' }, 'period-end')
            : [
                {
                  field: 'period-end',
                  message: err instanceof ApiError ? err.message : msg('That did not work. Try again.'),
                },
              ]
      } finally {
        this.busy = false
      }
    }
    this.message = ''
    this.errors = errors
  }

  private async end(m: ManualSubscription) {
    this.confirming = undefined
    try {
      await api.delete(`${this.base}/${encodeURIComponent(m.id)}`)
      this.rowError = ''
      await this.changed(msg(str`The subscription “${m.note}” has ended.`), '#done')
    } catch (e) {
      this.message = ''
      this.rowError = e instanceof ApiError ? e.message : msg('That did not work. Try again.')
      await this.updateComplete
      this.renderRoot.querySelector<HTMLElement>('#row-error')?.focus()
    }
  }

  private status(m: ManualSubscription) {
    if (m.endedAt) return html`<span class="tag">${msg('Ended')}</span> ${formatDate(m.endedAt)}`
    return isRunning(m)
      ? html`<span class="tag green">${msg('Running')}</span>`
      : html`<span class="tag">${msg('Over')}</span>`
  }

  private renderAction(m: ManualSubscription) {
    if (!isRunning(m)) return nothing
    if (this.confirming !== m.id) {
      return html`<button
        class="button secondary small"
        type="button"
        @click=${() => (this.confirming = m.id)}
      >
        ${msg('End now')}<span class="visually-hidden">: ${m.note}</span>
      </button>`
    }
    return html`<div class="row-actions" role="group" aria-label=${msg(str`Confirm ending ${m.note}`)}>
      <span>${msg('Members lose full use at once, unless another subscription gives it.')}</span>
      <button class="button warning small" type="button" @click=${() => this.end(m)}>
        ${msg('Yes, end it now')}
      </button>
      <button class="link-button" type="button" @click=${() => (this.confirming = undefined)}>
        ${msg('Cancel')}
      </button>
    </div>`
  }

  private renderList(list: ManualSubscription[]) {
    if (!list.length) return html`<p>${msg('None recorded.')}</p>`
    return tableOf(
      msg('Manual subscriptions, latest end first'),
      [msg('Last day'), msg('Note'), msg('Recorded'), msg('Status'), ''],
      list.map(
        (m) =>
          html`<tr>
            <td>${lastDay(m.periodEnd)}</td>
            <td>${m.note}</td>
            <td>
              ${formatDate(m.createdAt)}${m.recordedByName ? html`<br /><span class="secondary small">${msg(str`by ${m.recordedByName}`)}</span>` : nothing}
            </td>
            <td>${this.status(m)}</td>
            <td>${this.renderAction(m)}</td>
          </tr>`,
      ),
    )
  }

  private renderForm() {
    const dateError = errorFor(this.errors, 'period-end')
    const noteError = errorFor(this.errors, 'note')
    return html`<h3>${msg('Record a subscription paid outside Stripe')}</h3>
      <p>
        ${msg('For an invoice paid by bank transfer, or the demo: members have full use until its last day.')}
      </p>
      <heard-error-summary .errors=${this.errors}></heard-error-summary>
      <form novalidate @submit=${this.record}>
        <div class="form-group ${dateError ? 'has-error' : ''}">
          <label for="period-end">${msg('Last day')}</label>
          <span class="hint" id="period-end-hint">${msg('Full use ends at the end of this day (UTC)')}</span>
          ${inlineError('period-end', dateError)}
          <input
            class="input-width-10"
            id="period-end"
            name="periodEnd"
            type="date"
            min=${todayUtc()}
            aria-invalid=${dateError ? 'true' : 'false'}
            aria-describedby=${describedBy('period-end', dateError)}
          />
        </div>
        <div class="form-group ${noteError ? 'has-error' : ''}">
          <label for="note">${msg('Note')}</label>
          <span class="hint" id="note-hint"
            >${msg('For example the invoice or purchase order number (up to 500 characters)')}</span
          >
          ${inlineError('note', noteError)}
          <textarea
            id="note"
            name="note"
            rows="3"
            aria-invalid=${noteError ? 'true' : 'false'}
            aria-describedby=${describedBy('note', noteError)}
          ></textarea>
        </div>
        <button class="button" type="submit" ?disabled=${this.busy}>${msg('Record subscription')}</button>
      </form>`
  }

  override render() {
    if (this.failure) return html`<div class="banner error" role="alert"><p>${this.failure}</p></div>`
    if (!this.list) return html`<p class="loading" role="status">${msg('Loading…')}</p>`
    return html`${
      this.message
        ? html`<div class="banner success" id="done" tabindex="-1" role="status"><p>${this.message}</p></div>`
        : nothing
    }
    ${
      this.rowError
        ? html`<div class="banner error" id="row-error" role="alert" tabindex="-1">
            <h3>${msg('The subscription was not ended')}</h3>
            <p>${this.rowError}</p>
          </div>`
        : nothing
    }
    ${this.renderList(this.list)} ${this.renderForm()}`
  }
}

if (!customElements.get('heard-manual-subscriptions'))
  customElements.define('heard-manual-subscriptions', HeardManualSubscriptions)

declare global {
  interface HTMLElementTagNameMap {
    'heard-manual-subscriptions': HeardManualSubscriptions
  }
}
