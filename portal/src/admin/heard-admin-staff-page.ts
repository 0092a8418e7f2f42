import { msg, str } from '@lit/localize'
import { css, html, nothing } from 'lit'
import { state } from 'lit/decorators.js'
import { Task, TaskStatus } from '@lit/task'
import { announce } from '../shared/announce.ts'
import { api, ApiError } from '../shared/api.ts'
import '../shared/heard-error-summary.ts'
import type { FieldError, HeardErrorSummary } from '../shared/heard-error-summary.ts'
import { tableOf } from '../shared/table.ts'
import { PageElement } from '../shared/page.ts'
import { adminStyles } from './styles.ts'

export type StaffMember = {
  id: string
  name: string
  email: string
  platformRole: 'moderator' | 'platform_admin'
  safeguarding: boolean
}

/** The page's user-facing words, together for translation. */
const M = {
  get caption() {
    return msg('Platform admin')
  },
  get title() {
    return msg('Safeguarding moderators')
  },
  get lead() {
    return msg(
      'Safeguarding moderators receive every safeguarding escalation by email. When nobody is marked, every moderator receives them.',
    )
  },
  get loading() {
    return msg('Loading the staff…')
  },
  get loadFailed() {
    return msg('The staff could not be loaded.')
  },
  get tryAgain() {
    return msg('Try again')
  },
  get name() {
    return msg('Name')
  },
  get email() {
    return msg('Email address')
  },
  get safeguarding() {
    return msg('Safeguarding moderator')
  },
  isSafeguarding: (name: string) => msg(str`${name} is a safeguarding moderator`),
  roles: {
    get moderator() {
      return msg('Moderator')
    },
    get platform_admin() {
      return msg('Platform admin')
    },
  } as Record<string, string>,
  get noneMarked() {
    return msg('Nobody is marked: every moderator receives safeguarding escalations.')
  },
  get none() {
    return msg('There are no moderators or platform admins.')
  },
}

/**
 * `<heard-admin-staff-page>`: platform admins mark which moderators and admins receive
 * safeguarding escalations; each checkbox saves at once. On a phone the table's rows stack, so
 * that nothing scrolls sideways.
 */
export class HeardAdminStaffPage extends PageElement {
  static override styles = [
    ...PageElement.styles,
    ...adminStyles,
    css`
      .lead {
        max-width: 48rem;
      }
      .choice {
        margin: 0;
      }
      /* Holds the checkboxes' hidden labels inside the scrolling box. */
      .table-wrap {
        position: relative;
      }
    `,
  ]
  private readonly staff = new Task(this, {
    task: async (_args, { signal }) =>
      (await api.get<{ staff: StaffMember[] }>('/api/portal/admin/staff', { signal })).staff,
    args: () => [],
  })
  @state() errors: FieldError[] = []
  @state() busy?: string

  private async toggle(s: StaffMember, box: HTMLInputElement) {
    const safeguarding = box.checked
    this.busy = s.id
    try {
      await api.patch(`/api/portal/admin/staff/${encodeURIComponent(s.id)}`, { safeguarding })
      await this.staff.run()
      this.errors = []
      this.setErrorTitle(false)
      announce(
        safeguarding
          ? msg(str`${s.name} is a safeguarding moderator`)
          : msg(str`${s.name} is no longer a safeguarding moderator`),
      )
    } catch (err) {
      box.checked = !safeguarding
      this.errors = [{ field: `safeguarding-${s.id}`, message: `${s.name}: ${(err as Error).message}` }]
      this.setErrorTitle(true)
      await this.updateComplete
      await this.renderRoot.querySelector<HeardErrorSummary>('#staff-errors')?.focus()
    } finally {
      this.busy = undefined
    }
  }

  private renderStaff(staff: StaffMember[]) {
    if (!staff.length) return html`<p>${M.none}</p>`
    return html`${staff.some((s) => s.safeguarding) ? nothing : html`<p class="banner">${M.noneMarked}</p>`}
    ${tableOf(
      M.title,
      [M.name, M.email, M.safeguarding],
      staff.map(
        (s) =>
          html`<tr role="row">
            <th scope="row" role="rowheader">
              ${s.name}<br /><span class="secondary">${M.roles[s.platformRole] ?? s.platformRole}</span>
            </th>
            <td role="cell" data-label=${M.email}>${s.email}</td>
            <td role="cell" data-label=${M.safeguarding}>
              <div class="choice">
                <input
                  type="checkbox"
                  id="safeguarding-${s.id}"
                  .checked=${s.safeguarding}
                  ?disabled=${this.busy === s.id}
                  @change=${(e: Event) => this.toggle(s, e.target as HTMLInputElement)}
                />
                <label class="visually-hidden" for="safeguarding-${s.id}">${M.isSafeguarding(s.name)}</label>
              </div>
            </td>
          </tr>`,
      ),
      { stacked: true },
    )}`
  }

  override render() {
    const heading = html`<span class="caption">${M.caption}</span>
      <h1>${M.title}</h1>
      <p class="lead">${M.lead}</p>
      <heard-error-summary id="staff-errors" .errors=${this.errors}></heard-error-summary>`
    if (this.staff.status === TaskStatus.ERROR) {
      const e = this.staff.error
      return html`${heading}
        <div class="banner error" role="alert">
          <p>${e instanceof ApiError ? e.message : M.loadFailed}</p>
          <button class="button secondary" type="button" @click=${() => this.staff.run()}>
            ${M.tryAgain}
          </button>
        </div>`
    }
    const staff = this.staff.value
    if (!staff)
      return html`${heading}
        <p class="loading" role="status">${M.loading}</p>`
    return html`${heading}${this.renderStaff(staff)}`
  }
}

if (!customElements.get('heard-admin-staff-page'))
  customElements.define('heard-admin-staff-page', HeardAdminStaffPage)

declare global {
  interface HTMLElementTagNameMap {
    'heard-admin-staff-page': HeardAdminStaffPage
  }
}
