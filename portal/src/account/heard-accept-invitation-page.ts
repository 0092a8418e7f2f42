import { msg, str } from '@lit/localize'
import { html } from 'lit'
import { property, state } from 'lit/decorators.js'
import {
  api,
  ApiError,
  issueText,
  NotFoundError,
  RateLimitedError,
  UnauthenticatedError,
  ValidationError,
} from '../shared/api.ts'
import type { FieldError } from '../shared/heard-error-summary.ts'
import '../shared/heard-error-summary.ts'
import { durationInWords, formatDate } from '../shared/format.ts'
import { currentLang } from '../shared/locale.ts'
import { href, navigate } from '../shared/router.ts'
import { session } from '../shared/session.ts'
import { narrow } from './heard-sign-in-page.ts'
import { ROLE_NAMES_IN_TEXT } from '../shared/types.ts'
import type { InvitationPreview } from '../organisation/types.ts'
import { rememberSubscriber } from '../shared/member-page.ts'
import { PageElement } from '../shared/page.ts'
import { errorFor, textField } from '../shared/form-fields.ts'

const MIN_LENGTH = 10

/**
 * `<heard-accept-invitation-page>`: the page the invitation email links to (`?token=`). Someone new
 * chooses their name and a password; someone with an account confirms with their password. Either
 * way they are then signed in.
 */
export class HeardAcceptInvitationPage extends PageElement {
  static override styles = [...PageElement.styles, narrow]
  @property({ attribute: false }) query: URLSearchParams = new URLSearchParams()
  @state() invitation?: InvitationPreview
  @state() linkFailed = false
  @state() errors: FieldError[] = []
  @state() busy = false

  private get token() {
    return this.query.get('token') ?? ''
  }

  override willUpdate(changed: Map<string, unknown>) {
    if (changed.has('query')) void this.load()
  }

  private async load() {
    if (!this.token) return (this.linkFailed = true)
    try {
      this.invitation = await api.get<InvitationPreview>(
        `/api/portal/invitations/${encodeURIComponent(this.token)}`,
        {
          allowUnauthenticated: true,
        },
      )
    } catch {
      this.linkFailed = true
    }
  }

  private value(id: string) {
    return (this.renderRoot.querySelector(`#${id}`) as HTMLInputElement | null)?.value ?? ''
  }

  private async submit(e: SubmitEvent) {
    e.preventDefault()
    const existing = this.invitation?.accountExists ?? false
    const name = this.value('name').trim()
    const password = this.value('password')
    const errors: FieldError[] = []
    if (!existing && !name) errors.push({ field: 'name', message: msg('Enter your name') })
    if (!password)
      errors.push({
        field: 'password',
        message: existing ? msg('Enter your password') : msg('Choose a password'),
      })
    else if (!existing && password.length < MIN_LENGTH) {
      errors.push({
        field: 'password',
        message: msg(str`Your password must be at least ${MIN_LENGTH} characters`),
      })
    }
    if (!existing && password && this.value('confirm') !== password) {
      errors.push({ field: 'confirm', message: msg('The passwords do not match') })
    }
    if (!errors.length) {
      this.busy = true
      try {
        await api.post(
          `/api/portal/invitations/${encodeURIComponent(this.token)}/accept`,
          existing ? { password } : { name, password },
          { allowUnauthenticated: true },
        )
        await session.load()
        const membership = session.user?.memberships.find(
          (m) => m.subscriberName === this.invitation?.subscriberName,
        )
        if (membership) rememberSubscriber(membership.subscriberId)
        this.setErrorTitle(false)
        navigate(href('/'), {
          notice: msg(str`Welcome to ${this.invitation?.subscriberName ?? ''} on Heard.`),
          replace: true,
        })
        return
      } catch (err) {
        if (err instanceof NotFoundError) {
          this.linkFailed = true
          await this.focusHeading()
          return
        }
        if (err instanceof UnauthenticatedError)
          errors.push({ field: 'password', message: msg('The password is not right') })
        else if (err instanceof RateLimitedError) {
          errors.push({
            field: 'password',
            message: msg(str`Too many tries. Wait ${durationInWords(err.retryAfter)}, then try again.`),
          })
        } else if (err instanceof ValidationError && err.issues.length) {
          for (const i of err.issues) {
            const field = i.path === 'name' ? 'name' : 'password'
            const label = field === 'name' ? msg('Your name') : msg('Your password')
            errors.push({ field, message: currentLang() === 'en' ? i.message : issueText(label, i) })
          }
        } else
          errors.push({
            field: 'password',
            message: err instanceof ApiError ? err.message : msg('Something went wrong. Please try again.'),
          })
      } finally {
        this.busy = false
      }
    }
    this.errors = errors
    this.setErrorTitle(true)
  }

  private field(id: string, label: string, type: 'text' | 'password', autocomplete: string, hint?: string) {
    return textField({ id, label, type, autocomplete, hint, error: errorFor(this.errors, id) })
  }

  override render() {
    if (this.linkFailed) {
      return html`<div class="narrow">
        <h1>${msg('This invitation link does not work')}</h1>
        <p>
          ${msg('It may have expired, been used already or been withdrawn, or it was copied incompletely from the email.')}
        </p>
        <p>${msg('Ask the person who invited you to send a new invitation.')}</p>
      </div>`
    }
    const inv = this.invitation
    if (!inv)
      return html`<div class="narrow">
        <h1>${msg('Join an organisation')}</h1>
        <p class="loading" role="status">${msg('Loading…')}</p>
      </div>`
    return html`<div class="narrow">
      <heard-error-summary .errors=${this.errors}></heard-error-summary>
      <h1>${msg(str`Join ${inv.subscriberName}`)}</h1>
      <p>
        ${msg(
          html`You have been invited to Heard as ${ROLE_NAMES_IN_TEXT[inv.role]} with the email address
            <strong>${inv.email}</strong>. The invitation works until ${formatDate(inv.expiresAt)}.`,
        )}
      </p>
      <form novalidate @submit=${this.submit}>
        ${
          inv.accountExists
            ? html`<p>${msg('You already have a Heard account: enter its password to accept.')}</p>
                ${this.field('password', msg('Password'), 'password', 'current-password')}`
            : html`${this.field('name', msg('Your name'), 'text', 'name', msg('Shown to your colleagues, not to the public'))}
              ${this.field('password', msg('Choose a password'), 'password', 'new-password', msg(str`At least ${MIN_LENGTH} characters. A few unrelated words make a strong password.`))}
              ${this.field('confirm', msg('Type the password again'), 'password', 'new-password')}`
        }
        <button class="button" type="submit" ?disabled=${this.busy}>${msg('Accept invitation')}</button>
      </form>
    </div>`
  }
}

if (!customElements.get('heard-accept-invitation-page'))
  customElements.define('heard-accept-invitation-page', HeardAcceptInvitationPage)

declare global {
  interface HTMLElementTagNameMap {
    'heard-accept-invitation-page': HeardAcceptInvitationPage
  }
}
