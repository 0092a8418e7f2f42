import { css, html, LitElement, nothing, svg } from 'lit'
import { property } from 'lit/decorators.js'
import { shared } from '../shared/styles/shared.ts'

export type ChartPoint = { label: string; value: number | null }

/**
 * `<heard-bar-chart>`: a simple SVG bar chart (or line, `kind="line"`) with its figures in a table
 * beside it, so that the numbers are there for everyone. The SVG is hidden from assistive
 * technology; the table is the accessible version.
 *
 * Properties: `points`, `caption`, `valueLabel` (the table's column), `format` (how to show a value),
 * `max` (the top of the scale; the largest value when not given), `kind` ("bar" | "line").
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
      svg {
        width: 100%;
        height: auto;
        background: #fff;
        border: 1px solid #d8dde0;
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
      }
      td.num {
        text-align: right;
      }
    `,
  ]
  @property({ attribute: false }) points: ChartPoint[] = []
  @property() caption = ''
  @property() valueLabel = 'Value'
  @property({ attribute: false }) format: (v: number) => string = (v) => String(v)
  @property({ type: Number }) max?: number
  @property() kind: 'bar' | 'line' = 'bar'

  private renderSvg() {
    const w = 600
    const h = 240
    const pad = { top: 16, right: 12, bottom: 40, left: 12 }
    const n = Math.max(1, this.points.length)
    const top = this.max ?? Math.max(1, ...this.points.map((p) => p.value ?? 0))
    const step = (w - pad.left - pad.right) / n
    const y = (v: number) => pad.top + (h - pad.top - pad.bottom) * (1 - v / top)
    const x = (i: number) => pad.left + step * i + step / 2
    const every = Math.ceil(n / 12)
    const line = this.points
      .map((p, i) => (p.value === null ? null : `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`))
      .filter(Boolean)
      .join(' ')
    return html`<svg viewBox="0 0 ${w} ${h}" aria-hidden="true" focusable="false">
      ${svg`<line x1=${pad.left} x2=${w - pad.right} y1=${y(0)} y2=${y(0)} stroke="#4c6272" />`}
      ${
        this.kind === 'line'
          ? svg`<polyline points=${line} fill="none" stroke="#005eb8" stroke-width="3" />
            ${this.points.map((p, i) => (p.value === null ? nothing : svg`<circle cx=${x(i)} cy=${y(p.value)} r="4" fill="#005eb8" />`))}`
          : this.points.map((p, i) =>
              p.value === null
                ? nothing
                : svg`<rect x=${x(i) - step * 0.35} y=${y(p.value)} width=${step * 0.7} height=${Math.max(0, y(0) - y(p.value))} fill="#005eb8" />`,
            )
      }
      ${this.points.map((p, i) =>
        i % every === 0
          ? svg`<text x=${x(i)} y=${h - pad.bottom + 18} text-anchor="middle" font-size="12" fill="#212b32">${p.label}</text>`
          : nothing,
      )}
    </svg>`
  }

  override render() {
    return html`<div class="chart">
      ${this.renderSvg()}
      <table>
        <caption>
          ${this.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.kind === 'line' || this.points.length > 6 ? 'Month' : 'Group'}</th>
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
    </div>`
  }
}

if (!customElements.get('heard-bar-chart')) customElements.define('heard-bar-chart', HeardBarChart)

declare global {
  interface HTMLElementTagNameMap {
    'heard-bar-chart': HeardBarChart
  }
}
