import { css, html, LitElement } from 'lit'
import { property } from 'lit/decorators.js'
import { ruleLabel } from '../shared/format.ts'
import { shared } from '../shared/styles/shared.ts'
import type { NumberedFlag } from './heard-flagged-text.ts'

export type ListedFlag = NumberedFlag & { field?: 'title' | 'body'; quote?: string }

/**
 * `<heard-flag-list>`: the pre-check flags as a numbered list of links (the numbers match the
 * marks in the text). Choosing one fires `heard-flag-jump` (`detail.flag`); the page moves focus
 * to the flagged words, or selects them in the text box while editing.
 */
export class HeardFlagList extends LitElement {
  static override styles = [
    ...shared,
    css`
      ol {
        margin: 0 0 1.5rem;
        padding: 0;
        list-style: none;
      }
      li {
        padding: 0.375rem 0;
        border-bottom: 1px solid #d8dde0;
      }
      .num {
        display: inline-block;
        min-width: 1.5rem;
        margin-right: 0.25rem;
        padding: 0 0.25rem;
        background: #212b32;
        color: #fff;
        font-size: 0.8125rem;
        font-weight: 700;
        text-align: center;
        border-radius: 2px;
      }
      .where {
        color: #4c6272;
      }
    `,
  ]
  @property({ attribute: false }) flags: ListedFlag[] = []

  private jump(e: Event, flag: ListedFlag) {
    e.preventDefault()
    this.dispatchEvent(
      new CustomEvent('heard-flag-jump', { detail: { flag }, bubbles: true, composed: true }),
    )
  }

  override render() {
    if (!this.flags.length) {
      return html`<p class="secondary">
        The pre-checks found nothing. Read the text carefully all the same.
      </p>`
    }
    return html`<ol aria-label="Pre-check flags">
      ${this.flags.map(
        (f) =>
          html`<li>
            <a href="#flag-${f.n}" @click=${(e: Event) => this.jump(e, f)}
              ><span class="num" aria-hidden="true">${f.n}</span
              ><span class="visually-hidden">Flag ${f.n}: </span>${ruleLabel(f.rule)}</a
            >
            ${f.quote ? html`<q>${f.quote}</q>` : ''}
            ${f.field ? html`<span class="where">in the ${f.field === 'title' ? 'title' : 'story'}</span>` : ''}:
            ${f.message}
          </li>`,
      )}
    </ol>`
  }
}

if (!customElements.get('heard-flag-list')) customElements.define('heard-flag-list', HeardFlagList)

declare global {
  interface HTMLElementTagNameMap {
    'heard-flag-list': HeardFlagList
  }
}
