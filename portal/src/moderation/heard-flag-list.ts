import { msg, str } from '@lit/localize'
import { css, html, LitElement } from 'lit'
import { property } from 'lit/decorators.js'
import { ruleLabel } from '../shared/format.ts'
import { shared } from '../shared/styles/shared.ts'
import type { NumberedFlag } from './heard-flagged-text.ts'
import { pendingKey, QUICK_TEXT, REPLACEMENTS, type PendingReplacement } from './replacements.ts'
import { type Lang } from '../shared/locale.ts'

export type ListedFlag = NumberedFlag & { field?: 'title' | 'body'; quote?: string }

/**
 * `<heard-flag-list>`: the pre-check flags as a numbered list of links (the numbers match the
 * marks in the text). Choosing one fires `heard-flag-jump` (`detail.flag`); the page moves focus
 * to the flagged words, or selects them in the text box while editing.
 *
 * With `offers`, each flag whose rule has replacements offers them as one-click buttons: choosing
 * one fires `heard-flag-replace` (`detail.pending`), and a chosen one can be undone
 * (`heard-flag-undo`, `detail.key`) until the page saves them (`pending`).
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
      .offers {
        display: flex;
        flex-wrap: wrap;
        gap: 0.375rem 0.5rem;
        align-items: center;
        margin-top: 0.375rem;
      }
      .offers .button {
        margin: 0;
      }
      .chosen {
        background: #fff9c4;
        padding: 0 0.25rem;
      }
    `,
  ]
  /** The language of the text, which one-click replacements are written in. */
  @property({ attribute: false }) textLang: Lang = 'en'
  @property({ attribute: false }) flags: ListedFlag[] = []
  @property({ type: Boolean }) offers = false
  @property({ attribute: false }) pending: PendingReplacement[] = []

  private jump(e: Event, flag: ListedFlag) {
    e.preventDefault()
    this.dispatchEvent(
      new CustomEvent('heard-flag-jump', { detail: { flag }, bubbles: true, composed: true }),
    )
  }

  private fire(type: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }))
  }

  private renderOffers(f: ListedFlag) {
    const rule = REPLACEMENTS[f.rule]
    if (!this.offers || !rule || !f.field) return ''
    const key = pendingKey(f)
    const chosen = this.pending.find((p) => pendingKey(p) === key)
    if (chosen) {
      return html`<div class="offers">
        <span>${QUICK_TEXT.becomes} <strong class="chosen">“${chosen.replacement}”</strong></span>
        <button
          class="button secondary small"
          type="button"
          aria-label=${msg(str`Undo: flag ${f.n}`)}
          @click=${() => this.fire('heard-flag-undo', { key })}
        >
          ${QUICK_TEXT.undo}
        </button>
      </div>`
    }
    const field = f.field
    return html`<div class="offers">
      ${rule.options(f.quote ?? '', this.textLang).map(
        (replacement, i) =>
          html`<button
            class="button small ${i === 0 ? '' : 'secondary'}"
            type="button"
            aria-label=${msg(str`Flag ${f.n}: replace with ${replacement}`)}
            @click=${() =>
              this.fire('heard-flag-replace', {
                pending: { field, start: f.start, end: f.end, rule: f.rule, replacement },
              })}
          >
            ${replacement}
          </button>`,
      )}
    </div>`
  }

  override render() {
    if (!this.flags.length) {
      return html`<p class="secondary">
        ${msg('The pre-checks found nothing. Read the text carefully all the same.')}
      </p>`
    }
    return html`<ol aria-label=${msg('Pre-check flags')}>
      ${this.flags.map(
        (f) =>
          html`<li>
            <a href="#flag-${f.n}" @click=${(e: Event) => this.jump(e, f)}
              ><span class="num" aria-hidden="true">${f.n}</span
              ><span class="visually-hidden">${msg(str`Flag ${f.n}:`)} </span>${ruleLabel(f.rule)}</a
            >
            ${f.quote ? html`<q>${f.quote}</q>` : ''}
            ${f.field ? html`<span class="where">${f.field === 'title' ? msg('in the title') : msg('in the story')}</span>` : ''}:
            ${f.message} ${this.renderOffers(f)}
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
