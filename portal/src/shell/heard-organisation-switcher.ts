import { msg } from '@lit/localize'
import { css, html, LitElement, nothing } from 'lit'
import { property } from 'lit/decorators.js'
import { switcherFor } from './organisations.ts'
import type { MembershipInfo } from '../shared/types.ts'
import { darkBlue, focus, text } from '../shared/styles/tokens.ts'

export type OrganisationSwitchDetail = { subscriberId: string }

/**
 * `<heard-organisation-switcher>`: in the header on blue, the organisation the subscriber pages
 * work for. A member of one sees its name; a member of several chooses with a select and a
 * button (a select that acts as soon as it changes would move keyboard users on unasked).
 * Frozen memberships are listed, marked and disabled.
 *
 * @fires heard-organisation-switch - `{ subscriberId }`: the user chose another organisation.
 */
export class HeardOrganisationSwitcher extends LitElement {
  static override styles = css`
    :host {
      display: block;
      min-width: 0;
      max-width: 100%;
      color: #fff;
    }
    form {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.5rem;
      margin: 0;
    }
    label {
      font-weight: 600;
    }
    select,
    button {
      font: inherit;
      min-height: 2.25rem;
      max-width: 100%;
      border: 2px solid #fff;
      border-radius: 0;
    }
    select {
      /* Long names shrink to a phone's width instead of widening the page. */
      min-width: 0;
      padding: 0.125rem 0.25rem;
      background: #fff;
      color: ${text};
    }
    button {
      padding: 0.125rem 0.75rem;
      background: ${darkBlue};
      color: #fff;
      font-weight: 600;
      cursor: pointer;
    }
    select:focus-visible,
    button:focus-visible {
      outline: 3px solid ${focus};
      outline-offset: 0;
      box-shadow: inset 0 0 0 2px ${text};
    }
    .name {
      font-weight: 600;
    }
  `
  @property({ attribute: false }) memberships: MembershipInfo[] = []
  /** The subscriber id the pages work for now. */
  @property({ attribute: false }) current?: string

  private submit(e: SubmitEvent) {
    e.preventDefault()
    const id = this.renderRoot.querySelector('select')?.value
    const chosen = this.memberships.find((m) => m.subscriberId === id)
    if (!chosen || chosen.frozen || id === this.current) return
    this.dispatchEvent(
      new CustomEvent<OrganisationSwitchDetail>('heard-organisation-switch', {
        detail: { subscriberId: chosen.subscriberId },
        bubbles: true,
        composed: true,
      }),
    )
  }

  /** Shows the current organisation again after a switch (or a page choosing another for its role). */
  override updated() {
    const select = this.renderRoot.querySelector('select')
    if (select && this.current && select.value !== this.current) select.value = this.current
  }

  override render() {
    const switcher = switcherFor(this.memberships, this.current)
    if (switcher.kind === 'none') return nothing
    if (switcher.kind === 'one') {
      return html`<span>${msg('Organisation:')} <span class="name">${switcher.name}</span></span>`
    }
    return html`<form @submit=${this.submit}>
      <label for="organisation">${msg('Organisation')}</label>
      <select id="organisation" name="organisation">
        ${switcher.options.map(
          (o) =>
            html`<option value=${o.id} ?disabled=${o.disabled} ?selected=${o.selected}>${o.label}</option>`,
        )}
      </select>
      <button type="submit">${msg('Switch')}</button>
    </form>`
  }
}

if (!customElements.get('heard-organisation-switcher'))
  customElements.define('heard-organisation-switcher', HeardOrganisationSwitcher)

declare global {
  interface HTMLElementTagNameMap {
    'heard-organisation-switcher': HeardOrganisationSwitcher
  }
  interface HTMLElementEventMap {
    'heard-organisation-switch': CustomEvent<OrganisationSwitchDetail>
  }
}
