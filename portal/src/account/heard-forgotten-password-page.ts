import { msg, str } from '@lit/localize'
import { html } from 'lit'
import { state } from 'lit/decorators.js'
import { api, RateLimitedError } from '../shared/api.ts'
import type { FieldError } from '../shared/heard-error-summary.ts'
import '../shared/heard-error-summary.ts'
import { durationInWords } from '../shared/format.ts'
import { href } from '../shared/router.ts'
import { PageElement } from '../shared/page.ts'
import { narrow } from './heard-sign-in-page.ts'
import { textField } from '../shared/form-fields.ts'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * `<heard-forgotten-password-page>`: asks for an email address and always answers the same way,
 * so that the page does not tell anyone whether an account exists.
 */
export class HeardForgottenPasswordPage extends PageElement {
  static override styles = [...PageElement.styles, narrow]
  @state() errors: FieldError[] = []
  @state() busy = false
  @state() sentTo?: string

  private async submit(e: SubmitEvent) {
    e.preventDefault()
    const email = (this.renderRoot.querySelector('#email') as HTMLInputElement).value.trim()
    const message = !email
      ? msg('Enter your email address')
      : EMAIL.test(email)
        ? ''
        : msg('Enter an email address in the correct format, like name@example.com')
    if (!message) {
      this.busy = true
      try {
        await api.post('/api/portal/password-reset', { email })
        this.errors = []
        this.setErrorTitle(false)
        this.sentTo = email
        await this.focusHeading()
        return
      } catch (err) {
        this.errors = [
          {
            field: 'email',
            message:
              err instanceof RateLimitedError
                ? msg(str`Too many requests. Wait ${durationInWords(err.retryAfter)}, then try again`)
                : (err as Error).message,
          },
        ]
      } finally {
        this.busy = false
      }
    } else {
      this.errors = [{ field: 'email', message }]
    }
    this.setErrorTitle(true)
    await this.renderRoot.querySelector('heard-error-summary')?.focus()
  }

  override render() {
    if (this.sentTo) {
      return html`<div class="narrow">
        <h1>${msg('Check your email')}</h1>
        <p>
          ${msg(
            html`If there is a Heard portal account for <strong>${this.sentTo}</strong>, we have sent it a
              link to reset the password.`,
          )}
        </p>
        <p>
          ${msg('The link works once and for a short time. If no email arrives within a few minutes, check your spam folder or ask for another link.')}
        </p>
        <p><a href=${href('/sign-in')}>${msg('Back to sign in')}</a></p>
      </div>`
    }
    const error = this.errors[0]?.message
    return html`<div class="narrow">
      <heard-error-summary .errors=${this.errors}></heard-error-summary>
      <h1>${msg('Reset your password')}</h1>
      <p>
        ${msg('Enter the email address you sign in with. We will email you a link to choose a new password.')}
      </p>
      <form novalidate @submit=${this.submit}>
        ${textField({
          id: 'email',
          name: 'email',
          label: msg('Email address'),
          type: 'email',
          autocomplete: 'username',
          spellcheck: false,
          error,
        })}
        <button class="button" type="submit" ?disabled=${this.busy}>${msg('Send the link')}</button>
      </form>
      <p><a href=${href('/sign-in')}>${msg('Back to sign in')}</a></p>
    </div>`
  }
}

if (!customElements.get('heard-forgotten-password-page'))
  customElements.define('heard-forgotten-password-page', HeardForgottenPasswordPage)

declare global {
  interface HTMLElementTagNameMap {
    'heard-forgotten-password-page': HeardForgottenPasswordPage
  }
}
