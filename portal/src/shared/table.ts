import { msg } from '@lit/localize'
import { html, nothing } from 'lit'

/** A column heading; an empty one is the row's actions, named for screen readers only. */
export type Column = string | { label: string; number: true }

/** How a table behaves on a narrow screen. */
export type TableOptions = {
  /**
   * A table too wide for a phone whatever its words (many columns, nothing to focus in it): its
   * box is then a named region that takes focus, so it scrolls from the keyboard too.
   */
  region?: boolean
  /**
   * Each row becomes a block of labelled lines on a phone instead (the `stacked` rules in
   * styles/tables.ts), so nothing scrolls: each row's cells carry `data-label` (their column's
   * name, shown before them), and the table keeps its roles explicitly, since a table laid out as
   * blocks may lose them.
   */
  stacked?: boolean
}

/**
 * A data table with a caption for screen readers, that scrolls sideways on a narrow screen unless
 * it stacks (see TableOptions; `true` is `{ region: true }`).
 */
export const tableOf = (
  caption: string,
  columns: Column[],
  rows: unknown,
  options: boolean | TableOptions = {},
) => {
  const { region = false, stacked = false } = typeof options === 'boolean' ? { region: options } : options
  const role = (name: string) => (stacked ? name : nothing)
  return html`<div
    class="table-wrap ${stacked ? 'stacked' : ''}"
    tabindex=${region ? '0' : nothing}
    role=${region ? 'region' : nothing}
    aria-label=${region ? caption : nothing}
  >
    <table role=${role('table')}>
      <caption class="visually-hidden">
        ${caption}
      </caption>
      <thead role=${role('rowgroup')}>
        <tr role=${role('row')}>
          ${columns.map((c) =>
            typeof c !== 'string'
              ? html`<th scope="col" role=${role('columnheader')} class="number">${c.label}</th>`
              : c
                ? html`<th scope="col" role=${role('columnheader')}>${c}</th>`
                : html`<th scope="col" role=${role('columnheader')}>
                    <span class="visually-hidden">${msg('Actions')}</span>
                  </th>`,
          )}
        </tr>
      </thead>
      <tbody role=${role('rowgroup')}>
        ${rows}
      </tbody>
    </table>
  </div>`
}

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
