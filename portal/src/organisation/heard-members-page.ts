import { msg, str } from '@lit/localize'
import { css, html, nothing } from 'lit'
import { state } from 'lit/decorators.js'
import { api, ApiError, ConflictError, issueText, ValidationError } from '../shared/api.ts'
import type { FieldError } from '../shared/heard-error-summary.ts'
import '../shared/heard-error-summary.ts'
import { formatDate } from '../shared/format.ts'
import { session } from '../shared/session.ts'
import { MEMBER_ROLES, type MemberRole } from './member-roles.ts'
import { MemberPageElement } from '../shared/member-page.ts'
import { ROLE_HINTS, ROLE_LABELS } from '../shared/types.ts'
import type { Invitation, Member, MemberList } from './types.ts'
import { inlineError, textField } from '../shared/form-fields.ts'
import { dataTable } from '../shared/styles/tables.ts'
import { confirmAction, tableOf } from '../shared/table.ts'

/** "Jo is now a responder.", one message a role (Welsh mutates the role after "yn"). */
function nowRole(name: string, role: MemberRole) {
  if (role === 'admin') return msg(str`${name} is now an admin.`)
  if (role === 'responder') return msg(str`${name} is now a responder.`)
  return msg(str`${name} is now a viewer.`)
}

/**
 * `<heard-members-page>`: an organisation's admins invite people by email, change their roles,
 * freeze and remove them. The server keeps at least one active admin; its refusal is shown plainly.
 */
export class HeardMembersPage extends MemberPageElement {
  static override styles = [
    ...MemberPageElement.styles,
    dataTable,
    css`
      table {
        margin-bottom: 2rem;
      }
      td .button {
        margin: 0 0 0.25rem;
      }
      .row-actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
      }
      .role-form {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
        margin: 0;
      }
      .table-wrap {
        overflow-x: auto;
      }
    `,
  ]
  @state() list?: MemberList
  @state() failure = ''
  @state() rowError = ''
  @state() message = ''
  @state() errors: FieldError[] = []
  @state() busy = false
  @state() confirming?: string

  constructor() {
    super()
    this.roles = ['admin']
  }

  override connectedCallback() {
    super.connectedCallback()
    void this.load()
  }

  private async load() {
    try {
      await this.loadSubscriber()
      this.list = await api.get<MemberList>(`${this.base}/members`)
    } catch (e) {
      this.failure = e instanceof ApiError ? e.message : msg('The members could not be loaded.')
    }
  }

  private async done(message: string) {
    this.message = message
    this.rowError = ''
    await this.load()
  }

  private async act(action: () => Promise<unknown>, success: string) {
    try {
      await action()
      await this.done(success)
    } catch (e) {
      this.message = ''
      this.rowError =
        e instanceof ConflictError
          ? msg(
              str`${e.message} An organisation must keep at least one active admin: make another member an admin first.`,
            )
          : e instanceof ApiError
            ? e.message
            : msg('That did not work. Please try again.')
      await this.updateComplete
      this.renderRoot.querySelector<HTMLElement>('#row-error')?.focus()
    }
  }

  private changeRole(e: SubmitEvent, m: Member) {
    e.preventDefault()
    const role = new FormData(e.target as HTMLFormElement).get('role') as MemberRole
    if (role === m.role) return
    void this.act(() => api.patch(`${this.base}/members/${m.userId}`, { role }), nowRole(m.name, role))
  }

  private freeze(m: Member) {
    void this.act(
      () => api.patch(`${this.base}/members/${m.userId}`, { frozen: !m.frozen }),
      m.frozen
        ? msg(str`${m.name} can use the portal again.`)
        : msg(str`${m.name} is frozen: they cannot use the portal for now.`),
    )
  }

  private removeMember(m: Member) {
    this.confirming = undefined
    void this.act(
      () => api.delete(`${this.base}/members/${m.userId}`),
      msg(str`${m.name} is no longer a member.`),
    )
  }

  private withdraw(i: Invitation) {
    void this.act(
      () => api.delete(`${this.base}/invitations/${i.id}`),
      msg(str`The invitation to ${i.email} was withdrawn; its link no longer works.`),
    )
  }

  private async invite(e: SubmitEvent) {
    e.preventDefault()
    const form = e.target as HTMLFormElement
    const data = new FormData(form)
    const email = String(data.get('email') ?? '').trim()
    const role = data.get('role') as MemberRole | null
    const errors: FieldError[] = []
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      errors.push({
        field: 'invite-email',
        message: msg('Enter an email address in the correct format, like name@example.org'),
      })
    }
    if (!role) errors.push({ field: 'invite-role-viewer', message: msg('Choose a role') })
    if (!errors.length) {
      this.busy = true
      try {
        await api.post(`${this.base}/invitations`, { email, role })
        form.reset()
        this.errors = []
        this.setErrorTitle(false)
        await this.done(msg(str`An invitation was emailed to ${email}. The link works for 7 days.`))
        return
      } catch (err) {
        if (err instanceof ConflictError) {
          errors.push({ field: 'invite-email', message: msg(str`${email} is already a member`) })
        } else if (err instanceof ValidationError) {
          for (const issue of err.issues) {
            errors.push({
              field: issue.path.startsWith('role') ? 'invite-role-viewer' : 'invite-email',
              message: issueText(
                issue.path.startsWith('role') ? msg('The role') : msg('The email address'),
                issue,
              ),
            })
          }
          if (!errors.length) errors.push({ field: 'invite-email', message: err.message })
        } else {
          errors.push({ field: 'invite-email', message: (err as Error).message })
        }
      } finally {
        this.busy = false
      }
    }
    this.errors = errors
    this.setErrorTitle(true)
  }

  private renderMember(m: Member) {
    const me = m.userId === session.user?.id
    return html`<tr>
      <td>
        <strong>${m.name}</strong>${me ? ` ${msg('(you)')}` : ''}<br /><span class="secondary"
          >${m.email}</span
        >
        ${m.frozen ? html`<br /><span class="tag yellow">${msg('Frozen')}</span>` : nothing}
      </td>
      <td>
        <form class="role-form" @submit=${(e: SubmitEvent) => this.changeRole(e, m)}>
          <label class="visually-hidden" for="role-${m.userId}">${msg(str`Role of ${m.name}`)}</label>
          <select id="role-${m.userId}" name="role">
            ${MEMBER_ROLES.map((r) => html`<option value=${r} ?selected=${r === m.role}>${ROLE_LABELS[r]}</option>`)}
          </select>
          <button class="button secondary small" type="submit">
            ${msg('Change role')}<span class="visually-hidden"> ${msg(str`of ${m.name}`)}</span>
          </button>
        </form>
      </td>
      <td>
        ${formatDate(m.createdAt)}${m.invitedByName ? html`<br /><span class="secondary small">${msg(str`invited by ${m.invitedByName}`)}</span>` : nothing}
      </td>
      <td>
        <div class="row-actions">
          <button class="button secondary small" type="button" @click=${() => this.freeze(m)}>
            ${m.frozen ? msg('Unfreeze') : msg('Freeze')}<span class="visually-hidden"> ${m.name}</span>
          </button>
          ${confirmAction({
            action: msg('Remove'),
            confirming: msg(str`Confirm removing ${m.name}`),
            yes: msg(str`Yes, remove ${m.name}`),
            name: m.name,
            asking: this.confirming === m.userId,
            ask: () => (this.confirming = m.userId),
            confirm: () => this.removeMember(m),
            cancel: () => (this.confirming = undefined),
          })}
        </div>
      </td>
    </tr>`
  }

  private renderInvitations(invitations: Invitation[]) {
    if (!invitations.length) return html`<p>${msg('No invitations are waiting.')}</p>`
    return tableOf(
      msg('Invitations not yet accepted'),
      [msg('Email'), msg('Role'), msg('Expires'), ''],
      invitations.map(
        (i) =>
          html`<tr>
            <td>
              ${i.email}${i.invitedByName ? html`<br /><span class="secondary small">${msg(str`invited by ${i.invitedByName}`)}</span>` : nothing}
            </td>
            <td>${ROLE_LABELS[i.role]}</td>
            <td>
              ${i.expired ? html`<span class="tag red">${msg('Expired')}</span> ${msg('invite again for a new link')}` : formatDate(i.expiresAt)}
            </td>
            <td>
              <button class="link-button" type="button" @click=${() => this.withdraw(i)}>
                ${msg('Withdraw')}<span class="visually-hidden">
                  ${msg(str`the invitation to ${i.email}`)}</span
                >
              </button>
            </td>
          </tr>`,
      ),
    )
  }

  private renderInvite() {
    const error = (field: string) => this.errors.find((e) => e.field === field)?.message
    const emailError = error('invite-email')
    const roleError = error('invite-role-viewer')
    return html`<section aria-labelledby="invite-title">
      <h2 id="invite-title">${msg('Invite someone')}</h2>
      <heard-error-summary .errors=${this.errors}></heard-error-summary>
      <form novalidate @submit=${this.invite}>
        ${textField({
          id: 'invite-email',
          name: 'email',
          label: msg('Email address'),
          hint: msg('They get an email with a link that works for 7 days.'),
          type: 'email',
          autocomplete: 'off',
          spellcheck: false,
          error: emailError,
        })}
        <fieldset class="form-group ${roleError ? 'has-error' : ''}">
          <legend>${msg('Role')}</legend>
          ${inlineError('invite-role', roleError)}
          <div class="choices">
            ${[...MEMBER_ROLES].reverse().map(
              (r) =>
                html`<div class="choice">
                  <input
                    type="radio"
                    id="invite-role-${r}"
                    name="role"
                    value=${r}
                    aria-describedby="invite-role-${r}-hint"
                  />
                  <label for="invite-role-${r}">${ROLE_LABELS[r]}</label>
                  <span class="hint" id="invite-role-${r}-hint">${ROLE_HINTS[r]}</span>
                </div>`,
            )}
          </div>
        </fieldset>
        <button class="button" type="submit" ?disabled=${this.busy}>${msg('Send invitation')}</button>
      </form>
    </section>`
  }

  override render() {
    if (this.failure) {
      return html`<h1>${msg('Members')}</h1>
        <div class="banner error" role="alert"><p>${this.failure}</p></div>`
    }
    const list = this.list
    return html`<span class="caption">${this.subscriber?.name ?? ''}</span>
      <h1>${msg('Members')}</h1>
      ${this.message ? html`<div class="banner success" role="status"><p>${this.message}</p></div>` : nothing}
      ${
        this.rowError
          ? html`<div class="banner error" id="row-error" role="alert" tabindex="-1">
              <h2>${msg('That change was not made')}</h2>
              <p>${this.rowError}</p>
            </div>`
          : nothing
      }
      ${
        list
          ? html`${tableOf(
                msg('Members'),
                [msg('Name'), msg('Role'), msg('Member since'), ''],
                list.members.map((m) => this.renderMember(m)),
              )}
              <h2>${msg('Invitations')}</h2>
              ${this.renderInvitations(list.invitations)} ${this.renderInvite()}
              <heard-safeguarding-contact base=${this.base}></heard-safeguarding-contact>`
          : html`<p class="loading" role="status">${msg('Loading…')}</p>`
      }`
  }
}

if (!customElements.get('heard-members-page')) customElements.define('heard-members-page', HeardMembersPage)

declare global {
  interface HTMLElementTagNameMap {
    'heard-members-page': HeardMembersPage
  }
}
