import { msg } from '@lit/localize'
import { html, nothing } from 'lit'

/** A column heading; an empty one is the row's actions, named for screen readers only. */
export type Column = string | { label: string; number: true }

/**
 * A data table that scrolls sideways on a narrow screen, with a caption for screen readers. A
 * table too wide for a phone whatever its words (many columns, nothing to focus in it) passes
 * `region`: its box is then a named region that takes focus, so it scrolls from the keyboard too.
 */
export const tableOf = (caption: string, columns: Column[], rows: unknown, region = false) =>
  html`<div
    class="table-wrap"
    tabindex=${region ? '0' : nothing}
    role=${region ? 'region' : nothing}
    aria-label=${region ? caption : nothing}
  >
    <table>
      <caption class="visually-hidden">
        ${caption}
      </caption>
      <thead>
        <tr>
          ${columns.map((c) =>
            typeof c !== 'string'
              ? html`<th scope="col" class="number">${c.label}</th>`
              : c
                ? html`<th scope="col">${c}</th>`
                : html`<th scope="col"><span class="visually-hidden">${msg('Actions')}</span></th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </div>`

export type ConfirmAction = {
  /** The action as a button says it: "Revoke", "Remove", "End". */
  action: string
  /** The confirming group's name: "Confirm revoking Jo's key". */
  confirming: string
  /** The confirming button: "Yes, revoke Jo's key". */
  yes: string
  /** What it is done to: a member's or a key's name. */
  name: string
  /** Whether the row is asking for confirmation now. */
  asking: boolean
  /** What to know before confirming, shown above the buttons. */
  warning?: string
  ask: () => void
  confirm: () => void
  cancel: () => void
}

/** A row's destructive action, done only after a second, explicit "Yes" (with Cancel beside it). */
export const confirmAction = (a: ConfirmAction) =>
  a.asking
    ? html`<span role="group" aria-label=${a.confirming}>
        ${a.warning ? html`<span class="small">${a.warning}</span><br />` : nothing}
        <button class="button warning small" type="button" @click=${a.confirm}>${a.yes}</button>
        <button class="link-button" type="button" @click=${a.cancel}>${msg('Cancel')}</button>
      </span>`
    : html`<button class="link-button" type="button" @click=${a.ask}>
        ${a.action}<span class="visually-hidden"> ${a.name}</span>
      </button>`
