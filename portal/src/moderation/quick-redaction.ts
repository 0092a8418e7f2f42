import { html, nothing } from 'lit'
import { QUICK_TEXT, type PendingReplacement } from './replacements.ts'

/** What the story page hands the text section for one-click redaction. */
export type QuickRedaction = {
  pending: PendingReplacement[]
  busy: boolean
  error: string
  replace: (p: PendingReplacement) => unknown
  undo: (key: string) => unknown
  undoAll: () => unknown
  save: () => unknown
}

/** The bar above the flags while one-click changes wait to be saved: how many, save, undo all. */
export function quickBar(quick: QuickRedaction | undefined) {
  if (!quick || (!quick.pending.length && !quick.error)) return nothing
  const n = quick.pending.length
  return html`<div class="quick-bar" role="status">
    ${quick.error ? html`<p class="error-message" role="alert">${quick.error}</p>` : nothing}
    ${
      n
        ? html`<p><strong>${QUICK_TEXT.pending(n)}.</strong> ${QUICK_TEXT.publishSaves}</p>
            <div class="button-group">
              <button
                id="quick-save"
                class="button small"
                type="button"
                ?disabled=${quick.busy}
                @click=${quick.save}
              >
                ${QUICK_TEXT.save(n)}
              </button>
              <button class="link-button" type="button" @click=${quick.undoAll}>${QUICK_TEXT.undoAll}</button>
            </div>`
        : nothing
    }
  </div>`
}
