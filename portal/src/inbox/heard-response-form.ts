import { msg, str } from '@lit/localize'
import { css, html, LitElement, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import { api, ApiError, ValidationError } from '../shared/api.ts'
import type { FieldError } from '../shared/heard-error-summary.ts'
import '../shared/heard-error-summary.ts'
import type { MemberResponse, ResponseSaved } from './types.ts'
import { shared } from '../shared/styles/shared.ts'
import { choiceRows } from '../shared/choices.ts'
import { describedBy, errorClass, errorFor, inlineError } from '../shared/form-fields.ts'
import { CHANGE_TEXT } from './change-words.ts'
import { changeFields } from './heard-change-form.ts'
import './heard-response-coach.ts'

const CHANGE_MARKERS = () =>
  [
    ['', msg('No change to report')],
    ['planned', msg('A change is planned')],
    ['made', msg('A change has been made')],
  ] as const

const BODY_MIN = 20
const BODY_MAX = 5000

/** The change a new response claims, from the form's change fields. */
function changeClaim(data: FormData, status: 'planned' | 'made' | null) {
  if (!status) return undefined
  const summary = String(data.get('summary') ?? '').trim()
  const month = String(data.get('expectedBy') ?? '').trim()
  return { status, summary, ...(status === 'planned' && month ? { expectedBy: month } : {}) }
}

/**
 * `<heard-response-form>`: writes a public response to a story, or edits one (`response` set).
 * Posts to `action` itself and fires `heard-response-saved` (`detail`: `{ response, published }`).
 *
 * Properties: `action` (the API path), `response` (edit this one), `onBehalf` (offer "on behalf
 * of a colleague": admins only), `idPrefix` (keeps ids unique when several forms share a page),
 * `coachAction` (the response coach's path: hints shown as the draft is written). A new response
 * that claims a change also sends its summary and expected month (`…/responses/:id/change`).
 * Events: `heard-response-saved`, `heard-response-cancel` (edit forms only).
 */
export class HeardResponseForm extends LitElement {
  static override styles = [
    ...shared,
    css`
      textarea {
        width: 100%;
        box-sizing: border-box;
      }
      .input-width-30 {
        width: 100%;
        max-width: 30em;
      }
    `,
  ]
  @property() action = ''
  @property({ attribute: false }) response?: MemberResponse
  @property({ type: Boolean }) onBehalf = false
  @property() idPrefix = 'response'
  @property() coachAction = ''
  @state() draft = ''
  @state() draftTitle = ''
  @state() marker = ''
  @state() errors: FieldError[] = []
  @state() busy = false
  @state() failure = ''

  private fid(name: string) {
    return `${this.idPrefix}-${name}`
  }

  private value(name: string) {
    return (
      (this.renderRoot.querySelector(`#${this.fid(name)}`) as HTMLInputElement | null)?.value.trim() ?? ''
    )
  }

  private async submit(e: SubmitEvent) {
    e.preventDefault()
    const form = e.target as HTMLFormElement
    const body = this.value('body')
    const responderTitle = this.value('title')
    const marker = new FormData(form).get('changeMarker')
    const changeMarker = marker === 'planned' || marker === 'made' ? marker : null
    const onBehalfOf = this.onBehalf && !this.response ? this.value('behalf') : ''
    const errors: FieldError[] = []
    if (body.length < BODY_MIN) {
      errors.push({
        field: this.fid('body'),
        message: msg(str`Write a response of at least ${BODY_MIN} characters`),
      })
    } else if (body.length > BODY_MAX) {
      errors.push({
        field: this.fid('body'),
        message: msg(str`The response must be ${BODY_MAX} characters or fewer`),
      })
    }
    if (responderTitle.length < 2) {
      errors.push({ field: this.fid('title'), message: msg('Enter a job title, e.g. Ward Manager, Ward 7') })
    }
    const claim = this.response ? undefined : changeClaim(new FormData(form), changeMarker)
    if (claim && claim.summary.length < 10) {
      errors.push({ field: this.fid('change-summary'), message: CHANGE_TEXT.summaryTooShort })
    }
    this.failure = ''
    if (!errors.length) {
      this.busy = true
      try {
        const payload = { body, responderTitle, changeMarker, ...(onBehalfOf ? { onBehalfOf } : {}) }
        const saved = this.response
          ? await api.patch<ResponseSaved>(this.action, payload)
          : await api.post<ResponseSaved>(this.action, payload)
        if (claim) {
          const path = this.action.replace(
            /\/stories\/[^/]+\/responses$/,
            `/responses/${saved.response.id}/change`,
          )
          await api.post(path, claim)
        }
        this.errors = []
        if (!this.response) {
          form.reset()
          this.draft = ''
          this.marker = ''
        }
        this.dispatchEvent(
          new CustomEvent('heard-response-saved', { detail: saved, bubbles: true, composed: true }),
        )
        return
      } catch (err) {
        if (err instanceof ValidationError && err.issues.length) {
          const fields: Record<string, string> = {
            body: this.fid('body'),
            responderTitle: this.fid('title'),
            onBehalfOf: this.fid('behalf'),
            summary: this.fid('change-summary'),
            expectedBy: this.fid('change-month'),
          }
          for (const issue of err.issues) {
            errors.push({
              field: fields[issue.path.split('.')[0] ?? ''] ?? this.fid('body'),
              message: issue.message,
            })
          }
        } else {
          this.failure = err instanceof ApiError ? err.message : msg('The response could not be saved.')
        }
      } finally {
        this.busy = false
      }
    }
    this.errors = errors
  }

  private error(field: string) {
    return inlineError(this.fid(field), errorFor(this.errors, this.fid(field)))
  }

  private described(field: string, hint = false) {
    return describedBy(this.fid(field), errorFor(this.errors, this.fid(field)), hint)
  }

  private has(field: string) {
    return errorClass(this.errors, this.fid(field))
  }

  private renderChangeMarker() {
    const marker = this.response?.changeMarker ?? ''
    return html`<fieldset
        class="form-group"
        @change=${(e: Event) => (this.marker = (e.target as HTMLInputElement).value)}
      >
        <legend>${msg('Has anything changed because of this story?')}</legend>
        <span class="hint"
          >${msg('A response that claims a change is always checked by a moderator before it is published.')}</span
        >
        <div class="choices">
          ${choiceRows(
            'radio',
            'changeMarker',
            CHANGE_MARKERS().map(([value, label]) => ({
              id: `${this.fid('marker')}-${value || 'none'}`,
              value,
              label,
              checked: marker === value,
            })),
          )}
        </div>
      </fieldset>
      ${this.marker && !this.response ? changeFields(this.fid('change'), this.errors, this.marker === 'planned') : nothing}`
  }

  private renderCoach() {
    if (!this.coachAction) return nothing
    return html`<heard-response-coach
      .action=${this.coachAction}
      .body=${this.draft}
      .responderTitle=${this.draftTitle}
      .responseId=${this.response?.id ?? ''}
    ></heard-response-coach>`
  }

  private renderBehalf() {
    if (!this.onBehalf || this.response) return nothing
    return html`<div class="form-group ${this.has('behalf')}">
      <label for=${this.fid('behalf')}>${msg('On behalf of a colleague (optional)')}</label>
      <span class="hint" id="${this.fid('behalf')}-hint"
        >${msg('Their name, if you are writing for them. Only your organisation sees it.')}</span
      >
      ${this.error('behalf')}
      <input
        class="input-width-30"
        id=${this.fid('behalf')}
        type="text"
        autocomplete="off"
        aria-describedby=${this.described('behalf', true)}
      />
    </div>`
  }

  private renderButtons() {
    const r = this.response
    return html`<div class="button-group">
      <button class="button" type="submit" ?disabled=${this.busy}>
        ${r ? msg('Save changes') : msg('Send response')}
      </button>
      ${
        r
          ? html`<button
              class="link-button"
              type="button"
              @click=${() => this.dispatchEvent(new CustomEvent('heard-response-cancel', { bubbles: true, composed: true }))}
            >
              ${msg('Cancel')}
            </button>`
          : nothing
      }
    </div>`
  }

  override render() {
    const r = this.response
    return html`<heard-error-summary .errors=${this.errors}></heard-error-summary>
      ${this.failure ? html`<div class="banner error" role="alert"><p>${this.failure}</p></div>` : nothing}
      <form novalidate @submit=${this.submit}>
        <div class="form-group ${this.has('body')}">
          <label for=${this.fid('body')}>${r ? msg('Your response') : msg('Write a public response')}</label>
          <span class="hint" id="${this.fid('body')}-hint"
            >${msg(str`Plain text; leave a blank line between paragraphs. Do not name staff or patients. ${BODY_MIN}–${BODY_MAX} characters.`)}</span
          >
          ${this.error('body')}
          <textarea
            id=${this.fid('body')}
            rows="8"
            .value=${r?.body ?? ''}
            @input=${(e: Event) => (this.draft = (e.target as HTMLTextAreaElement).value)}
            aria-describedby=${this.described('body', true)}
            aria-invalid=${this.has('body') ? 'true' : 'false'}
          ></textarea>
        </div>
        ${this.renderCoach()}
        <div class="form-group ${this.has('title')}">
          <label for=${this.fid('title')}>${msg('Your job title')}</label>
          <span class="hint" id="${this.fid('title')}-hint"
            >${msg('Shown publicly with the response, e.g. Ward Manager, Ward 7')}</span
          >
          ${this.error('title')}
          <input
            class="input-width-30"
            id=${this.fid('title')}
            type="text"
            autocomplete="organization-title"
            .value=${r?.responderTitle ?? ''}
            @input=${(e: Event) => (this.draftTitle = (e.target as HTMLInputElement).value)}
            aria-describedby=${this.described('title', true)}
            aria-invalid=${this.has('title') ? 'true' : 'false'}
          />
        </div>
        ${this.renderChangeMarker()} ${this.renderBehalf()} ${this.renderButtons()}
      </form>`
  }
}

if (!customElements.get('heard-response-form'))
  customElements.define('heard-response-form', HeardResponseForm)

declare global {
  interface HTMLElementTagNameMap {
    'heard-response-form': HeardResponseForm
  }
}
