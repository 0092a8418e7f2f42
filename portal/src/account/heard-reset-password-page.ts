import { msg, str } from '@lit/localize'
import { html } from 'lit'
import { property, state } from 'lit/decorators.js'
import { api, issueText, ValidationError } from '../shared/api.ts'
import type { FieldError } from '../shared/heard-error-summary.ts'
import '../shared/heard-error-summary.ts'
import { href, navigate } from '../shared/router.ts'
import { PageElement } from '../shared/page.ts'
import { narrow } from './heard-sign-in-page.ts'
import { errorFor, textField } from '../shared/form-fields.ts'

const MIN_LENGTH = 10

/** `<heard-reset-password-page>`: the page the emailed link opens (`?token=`); sets a new password. */
export class HeardResetPasswordPage extends PageElement {
  static override styles = [...PageElement.styles, narrow]
  @property({ attribute: false }) query: URLSearchParams = new URLSearchParams()
  @state() errors: FieldError[] = []
  @state() busy = false
  @state() linkFailed = false

  private value(id: string) {
    return (this.renderRoot.querySelector(`#${id}`) as HTMLInputElement).value
  }

  private async submit(e: SubmitEvent) {
    e.preventDefault()
    const password = this.value('password')
    const confirm = this.value('confirm')
    const errors: FieldError[] = []
    if (!password) errors.push({ field: 'password', message: msg('Enter a new password') })
    else if (password.length < MIN_LENGTH) {
      errors.push({
        field: 'password',
        message: msg(str`Your password must be at least ${MIN_LENGTH} characters`),
      })
    }
    if (password && confirm !== password)
      errors.push({ field: 'confirm', message: msg('The passwords do not match') })
    if (!errors.length) {
      this.busy = true
      try {
        await api.post('/api/portal/password-reset/confirm', { token: this.query.get('token'), password })
        this.setErrorTitle(false)
        navigate(href('/sign-in'), {
          notice: msg('Your password has been changed. Sign in with your new password.'),
        })
        return
      } catch (err) {
        const passwordIssue =
          err instanceof ValidationError ? err.issues.find((i) => i.path === 'password') : undefined
        if (passwordIssue)
          errors.push({ field: 'password', message: issueText(msg('Your password'), passwordIssue) })
        else if (err instanceof ValidationError) {
          this.linkFailed = true
          this.errors = []
          this.setErrorTitle(false)
          await this.focusHeading()
          return
        } else errors.push({ field: 'password', message: (err as Error).message })
      } finally {
        this.busy = false
      }
    }
    this.errors = errors
    this.setErrorTitle(true)
    await this.renderRoot.querySelector('heard-error-summary')?.focus()
  }

  private field(id: string, label: string, hint?: string) {
    const error = errorFor(this.errors, id)
    return textField({ id, label, type: 'password', autocomplete: 'new-password', hint, error })
  }

  override render() {
    if (!this.query.get('token') || this.linkFailed) {
      return html`<div class="narrow">
        <h1>${msg('This link does not work')}</h1>
        <p>
          ${msg('The link may have expired, been used already, or been copied incompletely from the email.')}
        </p>
        <p><a href=${href('/forgotten-password')}>${msg('Ask for a new link')}</a></p>
      </div>`
    }
    return html`<div class="narrow">
      <heard-error-summary .errors=${this.errors}></heard-error-summary>
      <h1>${msg('Choose a new password')}</h1>
      <form novalidate @submit=${this.submit}>
        ${this.field('password', msg('New password'), msg(str`At least ${MIN_LENGTH} characters. A few unrelated words make a strong password.`))}
        ${this.field('confirm', msg('Type the new password again'))}
        <button class="button" type="submit" ?disabled=${this.busy}>${msg('Change password')}</button>
      </form>
    </div>`
  }
}

if (!customElements.get('heard-reset-password-page'))
  customElements.define('heard-reset-password-page', HeardResetPasswordPage)

declare global {
  interface HTMLElementTagNameMap {
    'heard-reset-password-page': HeardResetPasswordPage
  }
}
