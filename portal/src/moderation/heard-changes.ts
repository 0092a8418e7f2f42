import { msg, str } from '@lit/localize'
import { css, html, LitElement, nothing } from 'lit'
import { property } from 'lit/decorators.js'
import { formatDateTime } from '../shared/format.ts'
import { shared } from '../shared/styles/shared.ts'
import type { Redaction } from './types.ts'
import './heard-diff.ts'

export type ChangedText = { label: string; before: string; after: string }

/**
 * `<heard-changes>`: for moderators only — how the text differs from the author's own words,
 * and the redactions that made the difference, with their reasons.
 */
export class HeardChanges extends LitElement {
  static override styles = [
    ...shared,
    css`
      .diff-block {
        background: #fff;
        border: 1px solid #d8dde0;
        padding: 1rem 1.25rem;
        margin-bottom: 1rem;
      }
      .diff-block h3 {
        margin: 0 0 0.5rem;
        font-size: 1rem;
        color: #4c6272;
      }
      .key {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1.5rem;
        font-size: 0.9375rem;
      }
      .key del {
        background: #fbe9e8;
        color: #8a1a12;
      }
      .key ins {
        background: #e6f2eb;
        color: #005a2b;
      }
      .redactions li {
        padding: 0.5rem 0;
        border-top: 1px solid #d8dde0;
      }
      .redactions p {
        margin: 0;
      }
    `,
  ]
  @property({ attribute: false }) texts: ChangedText[] = []
  @property({ attribute: false }) redactions: Redaction[] = []

  override render() {
    const changed = this.texts.filter((t) => t.before !== t.after)
    if (!changed.length)
      return html`<p class="secondary">${msg('No changes: this is the text as it was written.')}</p>`
    return html`<p class="key" aria-hidden="true">
        <span>${msg(html`<del>struck through</del>: removed`)}</span
        ><span>${msg(html`<ins>underlined</ins>: added`)}</span>
      </p>
      ${changed.map(
        (t) =>
          html`<div class="diff-block">
            <h3>${t.label}</h3>
            <heard-diff .original=${t.before} .current=${t.after}></heard-diff>
          </div>`,
      )}
      ${
        this.redactions.length
          ? html`<h3>${msg('Reasons given')}</h3>
              <ul class="redactions plain-list">
                ${this.redactions.map(
                  (r) =>
                    html`<li>
                      <p>${r.reason}</p>
                      <p class="secondary small">
                        ${
                          r.field === 'title'
                            ? msg(str`Title changed by ${r.moderatorName}, ${formatDateTime(r.createdAt)}`)
                            : msg(str`Story changed by ${r.moderatorName}, ${formatDateTime(r.createdAt)}`)
                        }
                      </p>
                    </li>`,
                )}
              </ul>`
          : nothing
      }`
  }
}

if (!customElements.get('heard-changes')) customElements.define('heard-changes', HeardChanges)

declare global {
  interface HTMLElementTagNameMap {
    'heard-changes': HeardChanges
  }
}
