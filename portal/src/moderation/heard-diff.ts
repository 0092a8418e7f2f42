import { css, html, LitElement } from 'lit'
import { property } from 'lit/decorators.js'
import { diffWords } from './diff.ts'
import { shared } from '../shared/styles/shared.ts'
import { msg } from '@lit/localize'

/**
 * `<heard-diff>`: what changed from `before` to `after`, word by word. Removed words are struck
 * through, added words underlined, and both are named for screen readers (not by colour alone).
 */
export class HeardDiff extends LitElement {
  static override styles = [
    ...shared,
    css`
      .diff {
        margin: 0;
        white-space: pre-wrap;
        line-height: 1.7;
      }
      del {
        background: #fbe9e8;
        color: #8a1a12;
        text-decoration: line-through;
        text-decoration-thickness: 2px;
      }
      ins {
        background: #e6f2eb;
        color: #005a2b;
        text-decoration: underline;
        text-decoration-thickness: 2px;
      }
    `,
  ]
  @property() original = ''
  @property() current = ''

  override render() {
    const content = diffWords(this.original, this.current).map((p) =>
      p.type === 'equal'
        ? p.text
        : p.type === 'delete'
          ? html`<del
              ><span class="visually-hidden">[${msg('removed:')} </span>${p.text}<span class="visually-hidden"
                >]</span
              ></del
            >`
          : html`<ins
              ><span class="visually-hidden">[${msg('added:')} </span>${p.text}<span class="visually-hidden"
                >]</span
              ></ins
            >`,
    )
    // One line, with nothing around the content: the paragraph keeps white space as typed.
    return html`<p class="diff">${content}</p>`
  }
}

if (!customElements.get('heard-diff')) customElements.define('heard-diff', HeardDiff)

declare global {
  interface HTMLElementTagNameMap {
    'heard-diff': HeardDiff
  }
}
