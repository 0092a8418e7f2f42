import { css, html, LitElement } from 'lit'
import { property } from 'lit/decorators.js'
import { ruleLabel } from '../shared/format.ts'
import { segments } from './highlight.ts'
import { shared } from '../shared/styles/shared.ts'

export type NumberedFlag = { n: number; rule: string; start: number; end: number; message: string }

/**
 * `<heard-flagged-text>`: text with its pre-check flags as `<mark>`s. Each mark tells
 * screen-reader users which flag it is (marks may not carry `aria-label`, so the words are
 * visually hidden inside it). `focusFlag(n)` scrolls to and focuses flag number `n`.
 *
 * Attributes: `variant` (`title` shows the text as a title).
 */
export class HeardFlaggedText extends LitElement {
  static override styles = [
    ...shared,
    css`
      .text {
        margin: 0;
        white-space: pre-wrap;
        font-size: 1.0625rem;
        line-height: 1.6;
      }
      :host([variant='title']) .text {
        font-size: 1.3125rem;
        font-weight: 700;
        line-height: 1.35;
      }
      mark {
        scroll-margin: 6rem;
      }
      .number {
        display: inline-block;
        margin-right: 0.125rem;
        padding: 0 0.25rem;
        background: #212b32;
        color: #fff;
        font-size: 0.75rem;
        font-weight: 700;
        line-height: 1.4;
        vertical-align: 0.15em;
        border-radius: 2px;
      }
    `,
  ]
  @property() text = ''
  @property({ attribute: false }) flags: NumberedFlag[] = []
  @property({ reflect: true }) variant!: string

  async focusFlag(n: number) {
    await this.updateComplete
    const mark = [...this.renderRoot.querySelectorAll<HTMLElement>('mark')].find((m) =>
      (m.dataset.flags ?? '').split(' ').includes(String(n)),
    )
    mark?.scrollIntoView({ block: 'center' })
    mark?.focus()
    return Boolean(mark)
  }

  override render() {
    const parts = segments(this.text, this.flags)
    const started = new Set<number>()
    const content = parts.map((part) => {
      if (part.flags.length === 0) return part.text
      const flags = part.flags.map((i) => this.flags[i])
      const starting = flags.filter((f) => !started.has(f.n))
      starting.forEach((f) => started.add(f.n))
      const label = flags.map((f) => `flag ${f.n}, ${ruleLabel(f.rule)}`).join('; ')
      return html`<mark tabindex="-1" data-flags=${flags.map((f) => f.n).join(' ')}
        >${starting.map((f) => html`<span class="number" aria-hidden="true">${f.n}</span>`)}<span
          class="visually-hidden"
          >[${label}: </span
        >${part.text}<span class="visually-hidden">]</span></mark
      >`
    })
    // One line, with nothing around the content: the paragraph keeps white space as typed.
    return html`<p class="text">${content}</p>`
  }
}

if (!customElements.get('heard-flagged-text')) customElements.define('heard-flagged-text', HeardFlaggedText)

declare global {
  interface HTMLElementTagNameMap {
    'heard-flagged-text': HeardFlaggedText
  }
}
