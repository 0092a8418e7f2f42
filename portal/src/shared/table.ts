import { html, nothing } from 'lit'

/** A column heading; an empty one is the row's actions, named for screen readers only. */
export type Column = string | { label: string; number: true }

/**
 * A data table with a caption for screen readers. On a narrow screen it scrolls sideways, or, with
 * `stacked`, each row becomes a block of labelled lines (the `stacked` rules in styles/tables.ts):
 * then each row's cells carry `data-label` (their column's name, shown before them) and the table
 * keeps its roles explicitly, since a table laid out as blocks may lose them.
 */
export const tableOf = (
  caption: string,
  columns: Column[],
  rows: unknown,
  options: { stacked?: boolean } = {},
) => {
  const role = (name: string) => (options.stacked ? name : nothing)
  return html`<div class="table-wrap ${options.stacked ? 'stacked' : ''}">
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
                    <span class="visually-hidden">Actions</span>
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
  /** The same while it happens, for the confirming group's name: "revoking". */
  doing: string
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
    ? html`<span role="group" aria-label="Confirm ${a.doing} ${a.name}">
        ${a.warning ? html`<span class="small">${a.warning}</span><br />` : nothing}
        <button class="button warning small" type="button" @click=${a.confirm}>
          Yes, ${a.action.toLowerCase()} ${a.name}
        </button>
        <button class="link-button" type="button" @click=${a.cancel}>Cancel</button>
      </span>`
    : html`<button class="link-button" type="button" @click=${a.ask}>
        ${a.action}<span class="visually-hidden"> ${a.name}</span>
      </button>`
