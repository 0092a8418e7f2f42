import { msg, str } from '@lit/localize'
import { css, html, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import { api, ApiError } from '../shared/api.ts'
import './heard-bar-chart.ts'
import { CRITICALITY_LABELS, GROUP_LABELS } from '../shared/format.ts'
import { formatDateIn, serviceName, servicePath, tagLabel } from '../shared/locale.ts'
import { href, navigate } from '../shared/router.ts'
import type { ServiceSummary } from '../shared/types.ts'
import { coveredServices, MemberPageElement } from '../shared/member-page.ts'
import { dashboardFigures, percent } from './figures.ts'
import type { Dashboard } from './types.ts'

const monthLabel = (m: string) => formatDateIn(new Date(`${m}-01T00:00:00Z`), { month: 'short', utc: true })

/**
 * `<heard-dashboard-page>`: for chosen services and a period (in the URL: `?services=&from=&to=`),
 * stories and the positive share per month, the criticality mix, responses, changes and top tags.
 * Each chart has a table with the same figures.
 */
export class HeardDashboardPage extends MemberPageElement {
  static override styles = [
    ...MemberPageElement.styles,
    css`
      .filters {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1.5rem;
        align-items: flex-end;
        background: #fff;
        border: 1px solid #d8dde0;
        padding: 1rem 1.25rem 0;
        margin-bottom: 2rem;
      }
      .figures {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
        gap: 1rem;
        margin-bottom: 2rem;
      }
      .figure {
        background: #fff;
        border: 1px solid #d8dde0;
        padding: 1rem;
      }
      .figure dt {
        font-weight: 600;
      }
      .figure dd {
        margin: 0;
      }
      .figure .value {
        font-size: 1.75rem;
        font-weight: 700;
      }
      .figure .benchmark {
        color: #4c6272;
        font-size: 0.9375rem;
      }
      .filters .form-group {
        min-width: 0;
        max-width: 100%;
      }
      .filters select {
        width: 100%;
        max-width: 100%;
        text-overflow: ellipsis;
      }
      .filters .service {
        flex: 1 1 16rem;
      }
      section {
        margin-bottom: 2.5rem;
      }
    `,
  ]
  @property({ attribute: false }) query: URLSearchParams = new URLSearchParams()
  @state() dashboard?: Dashboard
  @state() services: ServiceSummary[] = []
  @state() failure = ''

  override willUpdate(changed: Map<string, unknown>) {
    if (changed.has('query')) void this.load()
  }

  private async load() {
    this.failure = ''
    try {
      const subscriber = await this.loadSubscriber()
      if (!subscriber) return
      if (!this.services.length) this.services = await coveredServices(subscriber).catch(() => [])
      const query = {
        services: this.query.get('services'),
        from: this.query.get('from'),
        to: this.query.get('to'),
      }
      this.dashboard = await api.get<Dashboard>(`${this.base}/dashboard`, { query })
    } catch (e) {
      this.failure =
        e instanceof ApiError
          ? `${e.issues[0] ? `${e.issues[0].path}: ${e.issues[0].message}` : e.message}`
          : msg('The dashboard could not be loaded.')
    }
  }

  private apply(e: SubmitEvent) {
    e.preventDefault()
    const data = new FormData(e.target as HTMLFormElement)
    const value = (n: string) => String(data.get(n) ?? '') || undefined
    navigate(href('/dashboard', { services: value('services'), from: value('from'), to: value('to') }))
  }

  private renderFilters() {
    const chosen = this.query.get('services') ?? ''
    return html`<form class="filters" @submit=${this.apply}>
      <div class="form-group service">
        <label for="services">${msg('Service')}</label>
        <select id="services" name="services">
          <option value="">${msg('All covered services')}</option>
          ${this.services.map((s) => html`<option value=${s.id} ?selected=${s.id === chosen}>${servicePath(s)}</option>`)}
        </select>
      </div>
      <div class="form-group">
        <label for="from">${msg('From month')}</label>
        <input id="from" name="from" type="month" .value=${this.query.get('from') ?? ''} />
      </div>
      <div class="form-group">
        <label for="to">${msg('To month')}</label>
        <input id="to" name="to" type="month" .value=${this.query.get('to') ?? ''} />
      </div>
      <div class="form-group"><button class="button secondary" type="submit">${msg('Show')}</button></div>
    </form>`
  }

  private renderDashboard(d: Dashboard) {
    return html`<p>
        ${
          d.services.length
            ? msg(
                str`${monthLabel(d.period.from)} to ${monthLabel(d.period.to)}, ${d.services.map((s) => serviceName(s)).join(', ')}.`,
              )
            : msg(str`${monthLabel(d.period.from)} to ${monthLabel(d.period.to)}, all covered services.`)
        }
      </p>
      ${dashboardFigures(d)}
      <section aria-labelledby="per-month">
        <h2 id="per-month">${msg('Stories per month')}</h2>
        <heard-bar-chart
          caption=${msg('Stories published per month')}
          labelHeading=${msg('Month')}
          valueLabel=${msg('Stories')}
          .points=${d.storiesPerMonth.map((m) => ({ label: monthLabel(m.month), value: m.stories }))}
        ></heard-bar-chart>
      </section>
      <section aria-labelledby="positive">
        <h2 id="positive">${msg('Positive stories per month')}</h2>
        <p>${msg('The share of stories rated not critical (criticality 0).')}</p>
        <heard-bar-chart
          id="positive-chart"
          kind="line"
          caption=${msg('Share of positive stories per month')}
          labelHeading=${msg('Month')}
          valueLabel=${msg('Positive share')}
          .max=${1}
          .format=${percent}
          .points=${d.storiesPerMonth.map((m) => ({ label: monthLabel(m.month), value: m.positiveShare }))}
        ></heard-bar-chart>
      </section>
      <section aria-labelledby="mix">
        <h2 id="mix">${msg('Criticality mix')}</h2>
        <heard-bar-chart
          caption=${msg('Stories by criticality')}
          labelHeading=${msg('Criticality')}
          horizontal
          valueLabel=${msg('Stories')}
          .points=${d.criticality.map((c) => ({
            label:
              c.criticality === null
                ? msg('Not set')
                : `${c.criticality} – ${CRITICALITY_LABELS[c.criticality]}`,
            value: c.stories,
          }))}
        ></heard-bar-chart>
      </section>
      <section aria-labelledby="tags">
        <h2 id="tags">${msg('Most frequent tags')}</h2>
        <heard-bar-chart
          caption=${GROUP_LABELS.good}
          labelHeading=${msg('Tag')}
          horizontal
          valueLabel=${msg('Stories')}
          .points=${d.topTags.good.map((t) => ({ label: tagLabel(t), value: t.stories }))}
        ></heard-bar-chart>
        <heard-bar-chart
          caption=${GROUP_LABELS.improve}
          labelHeading=${msg('Tag')}
          horizontal
          valueLabel=${msg('Stories')}
          .points=${d.topTags.improve.map((t) => ({ label: tagLabel(t), value: t.stories }))}
        ></heard-bar-chart>
      </section>`
  }

  override render() {
    return html`<span class="caption">${this.subscriber?.name ?? ''}</span>
      <h1>${msg('Dashboard')}</h1>
      ${this.renderReadOnlyNotice()} ${this.renderFilters()}
      ${this.failure ? html`<div class="banner error" role="alert"><p>${this.failure}</p></div>` : nothing}
      ${this.dashboard ? this.renderDashboard(this.dashboard) : html`<p class="loading">${msg('Loading…')}</p>`}`
  }
}

if (!customElements.get('heard-dashboard-page'))
  customElements.define('heard-dashboard-page', HeardDashboardPage)

declare global {
  interface HTMLElementTagNameMap {
    'heard-dashboard-page': HeardDashboardPage
  }
}
