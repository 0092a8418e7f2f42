import { msg } from '@lit/localize'
import { html, LitElement } from 'lit'
import { property, state } from 'lit/decorators.js'
import { announce } from '../shared/announce.ts'
import { api } from '../shared/api.ts'
import { textField } from '../shared/form-fields.ts'
import { shared } from '../shared/styles/shared.ts'

/** The words of the safeguarding contact setting, each read in the portal's language (getters). */
export const SAFEGUARDING_TEXT = {
  get title() {
    return msg('Safeguarding contact')
  },
  get explain() {
    return msg(
      'When a Heard moderator escalates a story about one of your services as a safeguarding concern, this address is emailed at once with the story’s reference and the moderator’s note (never the story’s text or the author’s details).',
    )
  },
  get label() {
    return msg('Email address for safeguarding concerns')
  },
  get hint() {
    return msg('Usually your safeguarding team’s shared address. Leave empty to have no contact.')
  },
  get save() {
    return msg('Save the safeguarding contact')
  },
  get saved() {
    return msg('Safeguarding contact saved.')
  },
  get cleared() {
    return msg('Safeguarding contact removed. Nobody in your organisation will be emailed about escalations.')
  },
} as const

/**
 * `<heard-safeguarding-contact>`: a subscriber admin reads and sets the address told of
 * safeguarding escalations. Property `base`: the subscriber's API path.
 */
export class HeardSafeguardingContact extends LitElement {
  static override styles = shared
  @property() base = ''
  @state() email?: string | null
  @state() error = ''
  @state() busy = false

  override updated(changed: Map<string, unknown>) {
    if (changed.has('base') && this.base) void this.load()
    if (changed.has('email')) {
      const input = this.renderRoot.querySelector<HTMLInputElement>('#safeguarding-email')
      if (input) input.value = this.email ?? ''
    }
  }

  private async load() {
    try {
      this.email = (await api.get<{ email: string | null }>(`${this.base}/safeguarding-contact`)).email
    } catch (e) {
      this.error = (e as Error).message
    }
  }

  private async save(e: SubmitEvent) {
    e.preventDefault()
    const input = this.renderRoot.querySelector<HTMLInputElement>('#safeguarding-email')
    const value = input?.value.trim() ?? ''
    this.busy = true
    try {
      const saved = await api.put<{ email: string | null }>(`${this.base}/safeguarding-contact`, {
        email: value || null,
      })
      this.email = saved.email
      this.error = ''
      announce(saved.email ? SAFEGUARDING_TEXT.saved : SAFEGUARDING_TEXT.cleared)
    } catch (err) {
      this.error = (err as Error).message
      input?.focus()
    } finally {
      this.busy = false
    }
  }

  override render() {
    return html`<section aria-labelledby="safeguarding-title">
      <h2 id="safeguarding-title">${SAFEGUARDING_TEXT.title}</h2>
      <p>${SAFEGUARDING_TEXT.explain}</p>
      ${
        this.email === undefined && !this.error
          ? html`<p class="loading" role="status">${msg('Loading…')}</p>`
          : html`<form novalidate @submit=${this.save}>
              ${textField({
                id: 'safeguarding-email',
                label: SAFEGUARDING_TEXT.label,
                type: 'email',
                hint: SAFEGUARDING_TEXT.hint,
                autocomplete: 'email',
                spellcheck: false,
                error: this.error || undefined,
              })}
              <button class="button secondary" type="submit" ?disabled=${this.busy}>
                ${SAFEGUARDING_TEXT.save}
              </button>
            </form>`
      }
    </section>`
  }
}

if (!customElements.get('heard-safeguarding-contact'))
  customElements.define('heard-safeguarding-contact', HeardSafeguardingContact)

declare global {
  interface HTMLElementTagNameMap {
    'heard-safeguarding-contact': HeardSafeguardingContact
  }
}
