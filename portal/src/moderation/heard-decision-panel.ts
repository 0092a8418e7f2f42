import { msg, str } from '@lit/localize'
import { css, html, LitElement, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import { formatDate } from '../shared/format.ts'
import { shared } from '../shared/styles/shared.ts'
import type { RejectReason, StoryDecision } from './types.ts'
import '../shared/heard-error-summary.ts'
import { formGroup } from './form-group.ts'
import type { FieldError, HeardErrorSummary } from '../shared/heard-error-summary.ts'
import { inlineError } from '../shared/form-fields.ts'
import { KIND_WORDS, type Noun } from './kind-words.ts'

export type Decision = { decision: StoryDecision; reason?: string; heldUntil?: string }

const MAX_HOLD_DAYS = 90
const HOLD_HOUR = 9

const OPTIONS: Record<StoryDecision, { label: string; button: string; hint?: string }> = {
  publish: {
    get label() {
      return msg('Publish')
    },
    get button() {
      return msg('Publish')
    },
  },
  reject: {
    get label() {
      return msg('Reject')
    },
    get button() {
      return msg('Reject')
    },
  },
  hold: {
    get label() {
      return msg('Hold until a date')
    },
    get button() {
      return msg('Hold')
    },
    get hint() {
      return msg('For a serious story: gives the provider time before it is public.')
    },
  },
  escalate: {
    get label() {
      return msg('Escalate as a safeguarding concern')
    },
    get button() {
      return msg('Escalate')
    },
    get hint() {
      return msg('Records the concern; the story stays in review.')
    },
  },
}

/** `YYYY-MM-DD` for today plus `days`, in local time (what a date input shows). */
export function localDate(days: number, from = new Date()) {
  const d = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/**
 * `<heard-decision-panel>`: the decision on an item, as GOV.UK radios with conditionally revealed
 * fields. For a story (`kind="story"`): publish, reject (templates, editable), hold until a date,
 * escalate. For a response or reply (`kind="text"`): publish or reject.
 * It checks its own fields; the page carries the decision out and reports refusals in `serverError`.
 *
 * Properties: `kind`, `reasons`, `hasEmail`, `busy`, `serverError`, `noun` ("story", "response").
 * Events: `heard-decide` (`detail: Decision`).
 */
export class HeardDecisionPanel extends LitElement {
  static override styles = [
    ...shared,
    css`
      .conditional .form-group:last-child {
        margin-bottom: 0.5rem;
      }
      .conditional select {
        width: 100%;
      }
      .choice-hint {
        display: block;
        margin: 0 0 0 2rem;
        font-size: 0.9375rem;
      }
    `,
  ]
  @property() kind: 'story' | 'text' = 'story'
  /** What is decided on: `story`, `response`, `reply` or `change` (the sentences that name it). */
  @property() noun: Noun = 'story'
  @property({ attribute: false }) reasons: RejectReason[] = []
  @property({ type: Boolean }) hasEmail = false
  @property({ type: Boolean }) busy = false
  @property({ attribute: false }) serverError = ''
  @state() choice?: StoryDecision
  @state() errors: FieldError[] = []

  override updated(changed: Map<string, unknown>) {
    if (changed.has('serverError') && this.serverError) {
      this.errors = [{ field: `decision-${this.choice ?? 'publish'}`, message: this.serverError }]
      void this.summary()?.focus()
    }
  }

  private summary() {
    return this.renderRoot.querySelector<HeardErrorSummary>('heard-error-summary')
  }

  private el<T extends HTMLElement>(id: string) {
    return this.renderRoot.querySelector<T>(`#${id}`)
  }

  /** Selects a decision (a keyboard shortcut) and focuses its first field, or its radio. */
  async choose(decision: StoryDecision) {
    this.choice = decision
    await this.updateComplete
    const first = { reject: 'reject-template', hold: 'hold-until', escalate: 'escalate-reason', publish: '' }[
      decision
    ]
    ;(this.el(first || `decision-${decision}`) ?? this.el(`decision-${decision}`))?.focus()
  }

  /** Shows errors that the page found (publishing without a criticality). */
  async showErrors(errors: FieldError[]) {
    this.errors = errors
    await this.summary()?.focus()
  }

  private useTemplate(e: Event) {
    const reason = this.reasons.find((r) => r.id === (e.target as HTMLSelectElement).value)
    const text = this.el<HTMLTextAreaElement>('reject-reason')
    if (reason && text) text.value = reason.text
  }

  private submit(e: Event) {
    e.preventDefault()
    const errors: FieldError[] = []
    const value = (id: string) => (this.el<HTMLInputElement>(id)?.value ?? '').trim()
    let detail: Decision | undefined
    switch (this.choice) {
      case undefined:
        errors.push({
          field: 'decision-publish',
          message: KIND_WORDS[this.noun].chooseWhat(),
        })
        break
      case 'publish':
        detail = { decision: 'publish' }
        break
      case 'reject': {
        const reason = value('reject-reason')
        if (!reason)
          errors.push({
            field: 'reject-reason',
            message: KIND_WORDS[this.noun].rejectReason(),
          })
        detail = { decision: 'reject', reason }
        break
      }
      case 'hold': {
        const date = value('hold-until')
        if (!date)
          errors.push({ field: 'hold-until', message: msg('Enter the date to hold the story until') })
        else if (date <= localDate(0))
          errors.push({ field: 'hold-until', message: msg('The date must be in the future') })
        else if (date > localDate(MAX_HOLD_DAYS)) {
          errors.push({
            field: 'hold-until',
            message: msg(str`The date must be within ${MAX_HOLD_DAYS} days`),
          })
        } else {
          const reason = value('hold-reason')
          const at = new Date(`${date}T${String(HOLD_HOUR).padStart(2, '0')}:00`)
          detail = { decision: 'hold', heldUntil: at.toISOString(), ...(reason && { reason }) }
        }
        break
      }
      case 'escalate': {
        const reason = value('escalate-reason')
        if (!reason)
          errors.push({ field: 'escalate-reason', message: msg('Describe the safeguarding concern') })
        detail = { decision: 'escalate', reason }
        break
      }
    }
    this.errors = errors
    if (errors.length || !detail) return void this.summary()?.focus()
    this.dispatchEvent(new CustomEvent<Decision>('heard-decide', { detail, bubbles: true, composed: true }))
  }

  private renderReject() {
    const told =
      this.kind === 'story'
        ? this.hasEmail
          ? msg('The author is sent this by email.')
          : msg('The author left no email address, so this is kept for the record only.')
        : msg('Kept in the history.')
    return html`${
      this.kind === 'story' && this.reasons.length
        ? formGroup(
            this.errors,
            'reject-template',
            msg('Start from a template'),
            undefined,
            (d) =>
              html`<select id="reject-template" aria-describedby=${d} @change=${this.useTemplate}>
                <option value="">${msg('Choose a template')}</option>
                ${this.reasons.map((r) => html`<option value=${r.id}>${r.label}</option>`)}
              </select>`,
          )
        : nothing
    }
    ${formGroup(
      this.errors,
      'reject-reason',
      msg('Reason'),
      msg(str`${told} You can edit the template.`),
      (d) => html`<textarea id="reject-reason" rows="6" aria-describedby=${d}></textarea>`,
    )}`
  }

  private renderConditional(decision: StoryDecision) {
    if (decision === 'reject') return this.renderReject()
    if (decision === 'hold') {
      return html`${formGroup(
        this.errors,
        'hold-until',
        msg('Hold until'),
        msg(
          str`It publishes itself at ${HOLD_HOUR}am on this date, unless someone decides sooner. At most ${MAX_HOLD_DAYS} days, until ${formatDate(localDate(MAX_HOLD_DAYS))}.`,
        ),
        (d) =>
          html`<input
            id="hold-until"
            type="date"
            class="input-width-10"
            min=${localDate(1)}
            max=${localDate(MAX_HOLD_DAYS)}
            aria-describedby=${d}
          />`,
      )}
      ${formGroup(
        this.errors,
        'hold-reason',
        msg('Why hold it? (optional)'),
        undefined,
        (d) => html`<textarea id="hold-reason" rows="2" aria-describedby=${d}></textarea>`,
      )}`
    }
    if (decision === 'escalate') {
      return formGroup(
        this.errors,
        'escalate-reason',
        msg('What is the concern?'),
        msg('Recorded in the history for the safeguarding lead.'),
        (d) => html`<textarea id="escalate-reason" rows="4" aria-describedby=${d}></textarea>`,
      )
    }
    return nothing
  }

  override render() {
    const options = (
      this.kind === 'story' ? (Object.keys(OPTIONS) as StoryDecision[]) : ['publish', 'reject']
    ) as StoryDecision[]
    const choiceError = this.errors.find((e) => e.field === 'decision-publish' && !this.choice)?.message
    return html`<heard-error-summary .errors=${this.errors}></heard-error-summary>
      <form novalidate @submit=${this.submit}>
        <fieldset
          class="form-group ${choiceError ? 'has-error' : ''}"
          aria-describedby=${choiceError ? 'decision-error' : nothing}
        >
          <legend class="heading">${KIND_WORDS[this.noun].whatToDo()}</legend>
          ${inlineError('decision', choiceError)}
          <div class="choices">
            ${options.map(
              (d) =>
                html`<div>
                  <div class="choice">
                    <input
                      type="radio"
                      id="decision-${d}"
                      name="decision"
                      value=${d}
                      .checked=${this.choice === d}
                      aria-describedby=${OPTIONS[d].hint && this.kind === 'story' ? `decision-${d}-hint` : nothing}
                      @change=${() => (this.choice = d)}
                    />
                    <label for="decision-${d}">${OPTIONS[d].label}</label>
                  </div>
                  ${
                    OPTIONS[d].hint && this.kind === 'story'
                      ? html`<span class="hint choice-hint" id="decision-${d}-hint">${OPTIONS[d].hint}</span>`
                      : nothing
                  }
                  ${this.choice === d && d !== 'publish' ? html`<div class="conditional">${this.renderConditional(d)}</div>` : nothing}
                </div>`,
            )}
          </div>
        </fieldset>
        <button
          class="button ${this.choice === 'reject' ? 'warning' : ''}"
          type="submit"
          ?disabled=${this.busy}
        >
          ${this.choice ? (KIND_WORDS[this.noun].decide[this.choice]?.() ?? OPTIONS[this.choice].button) : msg('Continue')}
        </button>
      </form>`
  }
}

if (!customElements.get('heard-decision-panel'))
  customElements.define('heard-decision-panel', HeardDecisionPanel)

declare global {
  interface HTMLElementTagNameMap {
    'heard-decision-panel': HeardDecisionPanel
  }
}
