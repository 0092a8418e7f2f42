import { html, nothing } from 'lit'
import type { ServiceSummary } from './types.ts'
import { servicePath } from './locale.ts'

/** One checkbox or radio button of a list: its input's `id`, `value` and what its label says. */
export type Choice = { id: string; value: string; label: unknown; checked: boolean; hint?: string }

/** The `.choice` rows of a checkbox or radio list (GOV.UK pattern); a hint describes its input. */
export const choiceRows = (type: 'checkbox' | 'radio', name: string, choices: Choice[]) =>
  choices.map(
    (c) =>
      html`<div class="choice">
        <input
          type=${type}
          id=${c.id}
          name=${name}
          value=${c.value}
          ?checked=${c.checked}
          aria-describedby=${c.hint ? `${c.id}-hint` : nothing}
        />
        <label for=${c.id}>${c.label}</label>
        ${c.hint ? html`<span class="hint" id="${c.id}-hint">${c.hint}</span>` : nothing}
      </div>`,
  )

/**
 * The covered services as a scrolling list of checkboxes named `serviceIds`, each labelled with
 * its path; the list has the id `services`, so an error summary can move focus to it.
 */
export const serviceChoices = (services: ServiceSummary[], chosen: ReadonlySet<string>) =>
  html`<div class="services choices" id="services" tabindex="-1">
    ${choiceRows(
      'checkbox',
      'serviceIds',
      services.map((s) => ({
        id: `service-${s.id}`,
        value: s.id,
        label: servicePath(s),
        checked: chosen.has(s.id),
      })),
    )}
  </div>`
