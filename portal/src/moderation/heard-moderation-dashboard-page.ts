import { msg, str } from '@lit/localize'
import { css, html, nothing } from 'lit'
import { state } from 'lit/decorators.js'
import { Task, TaskStatus } from '@lit/task'
import { api, ApiError } from '../shared/api.ts'
import { tableOf } from '../shared/table.ts'
import { PageElement } from '../shared/page.ts'
import { dataTable } from '../shared/styles/tables.ts'
import { formatDateIn } from '../shared/locale.ts'

export type ModerationDashboard = {
  weeks: { weekStart: string; submitted: number; published: number; rejected: number }[]
  wait: { decided: number; medianHours: number | null; p90Hours: number | null }
  openEscalations: number
  moderators: { moderatorId: string; name: string; decided: number; medianReviewMinutes: number | null }[]
}

/** The page's user-facing words, together for translation. */
const M = {
  get caption() {
    return msg('Moderation')
  },
  get title() {
    return msg('Moderation dashboard')
  },
  get period() {
    return msg('Period')
  },
  get show() {
    return msg('Show')
  },
  get loading() {
    return msg('Loading the figures…')
  },
  get loadFailed() {
    return msg('The figures could not be loaded.')
  },
  get tryAgain() {
    return msg('Try again')
  },
  get weekly() {
    return msg('Stories each week')
  },
  get weekStart() {
    return msg('Week starting')
  },
  get submitted() {
    return msg('Submitted')
  },
  get published() {
    return msg('Published')
  },
  get rejected() {
    return msg('Rejected')
  },
  get waits() {
    return msg('Waiting for a decision')
  },
  get decided() {
    return msg('Stories decided')
  },
  get median() {
    return msg('Median wait')
  },
  p90: '90th percentile wait',
  get escalations() {
    return msg('Open safeguarding escalations')
  },
  get moderators() {
    return msg('Moderators')
  },
  get moderator() {
    return msg('Moderator')
  },
  get storiesDecided() {
    return msg('Stories decided')
  },
  get reviewTime() {
    return msg('Median time in review')
  },
  get noModerators() {
    return msg('No moderator decided a story in this period.')
  },
  none: '–',
}

const hours = (h: number | null) =>
  h === null
    ? M.none
    : h < 48
      ? msg(str`${Math.round(h * 10) / 10} hours`)
      : msg(str`${Math.round((h / 24) * 10) / 10} days`)
const minutes = (m: number | null) =>
  m === null
    ? M.none
    : m < 120
      ? msg(str`${Math.round(m)} minutes`)
      : msg(str`${Math.round((m / 60) * 10) / 10} hours`)
const weekLabel = (d: string) =>
  formatDateIn(new Date(`${d}T00:00:00Z`), { day: true, month: 'short', utc: true })

/**
 * `<heard-moderation-dashboard-page>`: figures for platform staff — stories in, published and
 * rejected per week, the wait from submission to decision, open escalations, and per moderator.
 */
export class HeardModerationDashboardPage extends PageElement {
  static override styles = [
    ...PageElement.styles,
    dataTable,
    css`
      .table-wrap {
        overflow-x: auto;
      }
      td.number,
      th.number {
        text-align: right;
      }
      .figures {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
        gap: 1rem;
        margin: 0 0 2rem;
        padding: 0;
        list-style: none;
      }
      .figures li {
        background: #fff;
        border: 1px solid #d8dde0;
        padding: 1rem;
      }
      .figures strong {
        display: block;
        font-size: 1.75rem;
      }
      .period {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: end;
        margin-bottom: 2rem;
      }
      .period .form-group {
        margin: 0;
      }
      section {
        margin-bottom: 2.5rem;
      }
    `,
  ]
  @state() weeks = 12
  private readonly figures = new Task(this, {
    task: async ([weeks], { signal }) =>
      api.get<ModerationDashboard>(`/api/portal/moderation/dashboard?weeks=${weeks}`, { signal }),
    args: () => [this.weeks] as const,
  })

  private choose(e: SubmitEvent) {
    e.preventDefault()
    const v = Number(this.renderRoot.querySelector<HTMLSelectElement>('#weeks')?.value ?? '12')
    this.weeks = v
  }

  private renderFigures(d: ModerationDashboard) {
    const t = d.weeks.reduce(
      (a, w) => ({ s: a.s + w.submitted, p: a.p + w.published, r: a.r + w.rejected }),
      { s: 0, p: 0, r: 0 },
    )
    return html`<section aria-labelledby="waits">
        <h2 id="waits">${M.waits}</h2>
        <ul class="figures">
          <li><strong>${d.wait.decided}</strong>${M.decided}</li>
          <li><strong>${hours(d.wait.medianHours)}</strong>${M.median}</li>
          <li><strong>${hours(d.wait.p90Hours)}</strong>${M.p90}</li>
          <li><strong>${d.openEscalations}</strong>${M.escalations}</li>
        </ul>
      </section>
      <section aria-labelledby="weekly">
        <h2 id="weekly">${M.weekly}</h2>
        ${tableOf(
          M.weekly,
          [
            M.weekStart,
            { label: M.submitted, number: true },
            { label: M.published, number: true },
            { label: M.rejected, number: true },
          ],
          [
            ...d.weeks.map(
              (w) =>
                html`<tr>
                  <th scope="row">${weekLabel(w.weekStart)}</th>
                  <td class="number">${w.submitted}</td>
                  <td class="number">${w.published}</td>
                  <td class="number">${w.rejected}</td>
                </tr>`,
            ),
            html`<tr>
              <th scope="row">${msg('Total')}</th>
              <td class="number">${t.s}</td>
              <td class="number">${t.p}</td>
              <td class="number">${t.r}</td>
            </tr>`,
          ],
        )}
      </section>
      <section aria-labelledby="moderators">
        <h2 id="moderators">${M.moderators}</h2>
        ${
          d.moderators.length
            ? tableOf(
                M.moderators,
                [
                  M.moderator,
                  { label: M.storiesDecided, number: true },
                  { label: M.reviewTime, number: true },
                ],
                d.moderators.map(
                  (m) =>
                    html`<tr>
                      <th scope="row">${m.name}</th>
                      <td class="number">${m.decided}</td>
                      <td class="number">${minutes(m.medianReviewMinutes)}</td>
                    </tr>`,
                ),
              )
            : html`<p>${M.noModerators}</p>`
        }
      </section>`
  }

  override render() {
    const heading = html`<span class="caption">${M.caption}</span>
      <h1>${M.title}</h1>
      <form class="period" @submit=${this.choose}>
        <div class="form-group">
          <label for="weeks">${M.period}</label>
          <select id="weeks" .value=${String(this.weeks)}>
            ${[4, 12, 26, 52].map(
              (n) =>
                html`<option value=${n} ?selected=${n === this.weeks}>
                  ${msg(str`The last ${n} weeks`)}
                </option>`,
            )}
          </select>
        </div>
        <button class="button secondary" type="submit">${M.show}</button>
      </form>`
    if (this.figures.status === TaskStatus.ERROR) {
      const e = this.figures.error
      return html`${heading}
        <div class="banner error" role="alert">
          <p>${e instanceof ApiError ? e.message : M.loadFailed}</p>
          <button class="button secondary" type="button" @click=${() => this.figures.run()}>
            ${M.tryAgain}
          </button>
        </div>`
    }
    const d = this.figures.value
    return html`${heading} ${d ? this.renderFigures(d) : nothing}
    ${this.figures.status === TaskStatus.PENDING ? html`<p class="loading" role="status">${M.loading}</p>` : nothing}`
  }
}

if (!customElements.get('heard-moderation-dashboard-page'))
  customElements.define('heard-moderation-dashboard-page', HeardModerationDashboardPage)

declare global {
  interface HTMLElementTagNameMap {
    'heard-moderation-dashboard-page': HeardModerationDashboardPage
  }
}
