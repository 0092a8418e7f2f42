import { msg, str } from '@lit/localize'
import { css, html } from 'lit'
import { property, state } from 'lit/decorators.js'
import { RateLimitedError, UnauthenticatedError, ValidationError } from '../shared/api.ts'
import type { FieldError } from '../shared/heard-error-summary.ts'
import '../shared/heard-error-summary.ts'
import { durationInWords } from '../shared/format.ts'
import { href, navigate, safeReturnUrl } from '../shared/router.ts'
import { session } from '../shared/session.ts'
import { PageElement } from '../shared/page.ts'
import { errorFor, textField } from '../shared/form-fields.ts'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export const narrow = css`
  .narrow {
    max-width: 36rem;
  }
`

/** `<heard-sign-in-page>`: email and password, GOV.UK error handling, then on to `?next=`. */
export class HeardSignInPage extends PageElement {
  static override styles = [...PageElement.styles, narrow]
  @property({ attribute: false }) query: URLSearchParams = new URLSearchParams()
  @state() errors: FieldError[] = []
  @state() busy = false

  private async showErrors(errors: FieldError[]) {
    this.errors = errors
    this.setErrorTitle(errors.length > 0)
    if (errors.length) await this.renderRoot.querySelector('heard-error-summary')?.focus()
  }

  private async submit(e: SubmitEvent) {
    e.preventDefault()
    const form = e.target as HTMLFormElement
    const email = (form.elements.namedItem('email') as HTMLInputElement).value.trim()
    const password = (form.elements.namedItem('password') as HTMLInputElement).value
    const errors: FieldError[] = []
    if (!email) errors.push({ field: 'email', message: msg('Enter your email address') })
    else if (!EMAIL.test(email)) {
      errors.push({
        field: 'email',
        message: msg('Enter an email address in the correct format, like name@example.com'),
      })
    }
    if (!password) errors.push({ field: 'password', message: msg('Enter your password') })
    if (errors.length) return this.showErrors(errors)
    this.busy = true
    try {
      await session.signIn(email, password)
      this.setErrorTitle(false)
      navigate(safeReturnUrl(this.query.get('next')) ?? href('/'))
    } catch (err) {
      if (err instanceof UnauthenticatedError || err instanceof ValidationError) {
        await this.showErrors([
          { field: 'email', message: msg('The email address or password is not right') },
        ])
      } else if (err instanceof RateLimitedError) {
        await this.showErrors([
          {
            field: 'email',
            message: msg(
              str`You have tried to sign in too many times. Wait ${durationInWords(err.retryAfter)}, then try again`,
            ),
          },
        ])
      } else {
        await this.showErrors([{ field: 'email', message: (err as Error).message }])
      }
    } finally {
      this.busy = false
    }
  }

  private field(id: string, label: string, type: 'email' | 'password', autocomplete: string) {
    const error = errorFor(this.errors, id)
    return textField({ id, name: id, label, type, autocomplete, spellcheck: false, error })
  }

  override render() {
    return html`<div class="narrow">
      <heard-error-summary .errors=${this.errors}></heard-error-summary>
      <h1>${msg('Sign in')}</h1>
      <p class="lead">
        ${msg('Sign in to the Heard portal to moderate stories, or to read and answer stories about your services.')}
      </p>
      <form novalidate @submit=${this.submit}>
        ${this.field('email', msg('Email address'), 'email', 'username')}
        ${this.field('password', msg('Password'), 'password', 'current-password')}
        <button class="button" type="submit" ?disabled=${this.busy}>${msg('Sign in')}</button>
      </form>
      <p><a href=${href('/forgotten-password')}>${msg('Forgotten your password?')}</a></p>
    </div>`
  }
}

if (!customElements.get('heard-sign-in-page')) customElements.define('heard-sign-in-page', HeardSignInPage)

declare global {
  interface HTMLElementTagNameMap {
    'heard-sign-in-page': HeardSignInPage
  }
}
