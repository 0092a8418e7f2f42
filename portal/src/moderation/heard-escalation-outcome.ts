import { msg, str } from '@lit/localize'
import { html, LitElement, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import { announce } from '../shared/announce.ts'
import { api } from '../shared/api.ts'
import { formatDateTime } from '../shared/format.ts'
import type { FieldError, HeardErrorSummary } from '../shared/heard-error-summary.ts'
import '../shared/heard-error-summary.ts'
import { shared } from '../shared/styles/shared.ts'
import { formGroup, radioGroup } from './form-group.ts'
import type { WorkbenchStory } from './types.ts'

/** The words of the escalation card, each read in the portal's language (getters). */
export const ESCALATION_TEXT = {
  get title() {
    return msg('Safeguarding escalation')
  },
  get open() {
    return msg(
      'Escalated as a safeguarding concern. The story cannot be published until the outcome is recorded.',
    )
  },
  told: (n: number) =>
    n === 1
      ? msg(
          '1 person was emailed at once: the safeguarding moderators and the covering organisations’ safeguarding contacts.',
        )
      : msg(
          str`${n} people were emailed at once: the safeguarding moderators and the covering organisations’ safeguarding contacts.`,
        ),
  get legend() {
    return msg('What was done?')
  },
  get outcomes(): [string, string][] {
    return [
      ['referred', msg('Referred (to the provider’s safeguarding lead or another agency)')],
      ['no_action', msg('No action needed')],
      ['contacted_author', msg('Contacted the author')],
    ]
  },
  get note() {
    return msg('Note for the history (optional)')
  },
  get save() {
    return msg('Record the outcome')
  },
  get choose() {
    return msg('Choose what was done')
  },
  get done() {
    return msg('Outcome recorded. The story can now be decided as usual.')
  },
  closed: (outcome: string, at: string) => msg(str`Escalation closed: ${outcome}, ${at}.`),
} as const

/**
 * `<heard-escalation-outcome>`: a story's open safeguarding escalation and the form that records
 * its outcome (referred, no action, contacted the author). Fires `heard-story-changed` with the
 * story once recorded.
 */
export class HeardEscalationOutcome extends LitElement {
  static override styles = shared
  @property({ attribute: false }) story!: WorkbenchStory
  @state() errors: FieldError[] = []
  @state() busy = false

  private async submit(e: SubmitEvent) {
    e.preventDefault()
    const form = e.target as HTMLFormElement
    const outcome = (form.elements.namedItem('outcome') as RadioNodeList).value
    const note = (form.elements.namedItem('note') as HTMLTextAreaElement).value.trim()
    this.errors = outcome ? [] : [{ field: 'outcome-referred', message: ESCALATION_TEXT.choose }]
    if (!outcome) return void this.renderRoot.querySelector<HeardErrorSummary>('heard-error-summary')?.focus()
    this.busy = true
    try {
      const story = await api.post<WorkbenchStory>(
        `/api/portal/moderation/stories/${this.story.id}/escalation-outcome`,
        { outcome, ...(note ? { note } : {}) },
      )
      announce(ESCALATION_TEXT.done)
      this.dispatchEvent(
        new CustomEvent('heard-story-changed', { detail: { story }, bubbles: true, composed: true }),
      )
    } catch (err) {
      this.errors = [{ field: 'outcome-referred', message: (err as Error).message }]
    } finally {
      this.busy = false
    }
  }

  override render() {
    const escalation = this.story.escalation
    if (!escalation) return nothing
    if (escalation.outcome) {
      const label =
        ESCALATION_TEXT.outcomes.find(([v]) => v === escalation.outcome)?.[1] ?? escalation.outcome
      return html`<p>${ESCALATION_TEXT.closed(label, formatDateTime(escalation.outcomeAt!))}</p>`
    }
    return html`<div class="warning-callout">
        <p><strong>${ESCALATION_TEXT.open}</strong></p>
        <p>${ESCALATION_TEXT.told(escalation.notified)}</p>
      </div>
      <heard-error-summary .errors=${this.errors}></heard-error-summary>
      <form novalidate @submit=${this.submit}>
        ${radioGroup(this.errors, 'outcome', ESCALATION_TEXT.legend, ESCALATION_TEXT.outcomes)}
        ${formGroup(
          this.errors,
          'note',
          ESCALATION_TEXT.note,
          undefined,
          (d) => html`<textarea id="note" name="note" rows="2" aria-describedby=${d}></textarea>`,
        )}
        <button class="button" type="submit" ?disabled=${this.busy}>${ESCALATION_TEXT.save}</button>
      </form>`
  }
}

if (!customElements.get('heard-escalation-outcome'))
  customElements.define('heard-escalation-outcome', HeardEscalationOutcome)

declare global {
  interface HTMLElementTagNameMap {
    'heard-escalation-outcome': HeardEscalationOutcome
  }
}
