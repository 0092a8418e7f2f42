import { msg, str } from '@lit/localize'
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
} from 'chart.js'
import { css, html, LitElement, nothing, type PropertyValues } from 'lit'
import { property, query } from 'lit/decorators.js'
import { shared } from '../shared/styles/shared.ts'
import { csvName, toCsv } from './csv.ts'

// Only what the dashboard draws, so that the rest of chart.js is left out of the bundle.
Chart.register(
  BarController,
  LineController,
  BarElement,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
)

export type ChartPoint = { label: string; value: number | null }

const BLUE = '#005eb8'
const TEXT = '#212b32'

/**
 * `<heard-bar-chart>`: a chart.js bar chart (or line, `kind="line"`; horizontal bars with
 * `horizontal`, for long labels) with its figures in a table beside it, and the table as CSV. The
 * canvas is hidden from assistive technology; the table is the accessible version.
 *
 * Properties: `points`, `caption`, `labelHeading` (the table's first column: Month, Tag…),
 * `valueLabel` (its second), `format` (how to show a value), `max` (top of the scale), `kind`.
 */
export class HeardBarChart extends LitElement {
  static override styles = [
    ...shared,
    css`
      .chart {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: 1rem;
      }
      @media (min-width: 48rem) {
        .chart {
          grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
          align-items: start;
        }
      }
      .canvas {
        position: relative;
        min-width: 0;
        height: 16rem;
        background: #fff;
        border: 1px solid #d8dde0;
        padding: 0.5rem;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        background: #fff;
        font-size: 0.9375rem;
      }
      caption {
        text-align: left;
        font-weight: 600;
        padding-bottom: 0.5rem;
      }
      th,
      td {
        text-align: left;
        padding: 0.25rem 0.5rem;
        border-bottom: 1px solid #d8dde0;
        overflow-wrap: anywhere;
      }
      td.num {
        text-align: right;
      }
      .csv {
        margin-top: 0.5rem;
      }
    `,
  ]
  @property({ attribute: false }) points: ChartPoint[] = []
  @property() caption = ''
  @property() labelHeading = msg('Month')
  @property() valueLabel = msg('Value')
  @property({ attribute: false }) format: (v: number) => string = (v) => String(v)
  @property({ type: Number }) max?: number
  @property() kind: 'bar' | 'line' = 'bar'
  @property({ type: Boolean }) horizontal = false
  @query('canvas') private canvas?: HTMLCanvasElement
  private chart?: Chart

  protected override updated(changed: PropertyValues<this>) {
    if (!this.canvas) return
    if (changed.has('kind') || changed.has('horizontal') || !this.chart) {
      this.chart?.destroy()
      this.chart = new Chart(this.canvas, this.config())
      return
    }
    const data = this.config().data
    this.chart.data = data
    this.chart.update()
  }

  override disconnectedCallback() {
    super.disconnectedCallback()
    this.chart?.destroy()
    this.chart = undefined
  }

  private config(): ChartConfiguration<'bar' | 'line', (number | null)[], string> {
    const values = this.points.map((p) => p.value)
    const valueAxis = {
      beginAtZero: true,
      ...(this.max !== undefined ? { max: this.max } : {}),
      ticks: {
        color: TEXT,
        precision: this.max === 1 ? 1 : 0,
        callback: (v: string | number) => this.format(Number(v)),
      },
    }
    const labelAxis = {
      ticks: { color: TEXT, autoSkip: !this.horizontal, maxRotation: 0, autoSkipPadding: 12 },
    }
    return {
      type: this.kind,
      data: {
        labels: this.points.map((p) => p.label),
        datasets: [
          {
            label: this.valueLabel,
            data: values,
            backgroundColor: BLUE,
            borderColor: BLUE,
            borderWidth: this.kind === 'line' ? 3 : 0,
            spanGaps: false,
          },
        ],
      },
      options: {
        indexAxis: this.horizontal ? ('y' as const) : ('x' as const),
        responsive: true,
        maintainAspectRatio: false,
        animation: false as const,
        events: [],
        scales: this.horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
      },
    }
  }

  private download() {
    const rows = [[this.labelHeading, this.valueLabel], ...this.points.map((p) => [p.label, p.value])]
    const url = URL.createObjectURL(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }))
    const a = document.createElement('a')
    a.href = url
    a.download = csvName(this.caption)
    a.click()
    setTimeout(() => URL.revokeObjectURL(url), 0)
  }

  override render() {
    return html`<div class="chart">
      <div class="canvas"><canvas aria-hidden="true"></canvas></div>
      <div>
        <table>
          <caption>
            ${this.caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${this.labelHeading}</th>
              <th scope="col">${this.valueLabel}</th>
            </tr>
          </thead>
          <tbody>
            ${this.points.map(
              (p) =>
                html`<tr>
                  <th scope="row">${p.label}</th>
                  <td class="num">${p.value === null ? '–' : this.format(p.value)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
        ${
          this.points.length
            ? html`<button class="button secondary csv" type="button" @click=${this.download}>
                ${msg('Download CSV')}<span class="visually-hidden"> ${msg(str`of ${this.caption}`)}</span>
              </button>`
            : nothing
        }
      </div>
    </div>`
  }
}

if (!customElements.get('heard-bar-chart')) customElements.define('heard-bar-chart', HeardBarChart)

declare global {
  interface HTMLElementTagNameMap {
    'heard-bar-chart': HeardBarChart
  }
}
