import { msg } from '@lit/localize'
import { html } from 'lit'

/** The kinds a platform admin chooses from when creating a subscriber (getters: read in the portal's language). */
export const SUBSCRIBER_KIND_OPTIONS = [
  {
    value: 'provider',
    get label() {
      return msg('A provider: answers stories about its own services')
    },
  },
  {
    value: 'regulator',
    get label() {
      return msg('Public-interest body: a regulator')
    },
  },
  {
    value: 'commissioner',
    get label() {
      return msg('Public-interest body: a commissioner')
    },
  },
  {
    value: 'healthwatch',
    get label() {
      return msg('Public-interest body: a local Healthwatch')
    },
  },
] as const

export const subscriberKindHint = () =>
  msg(
    'A public-interest body reads every published and restricted story within what it covers (for example a whole health board), sets alerts, sees dashboards and exports, but never responds.',
  )

const PUBLIC_INTEREST_KINDS = {
  regulator: () => msg('Public-interest body: a regulator'),
  commissioner: () => msg('Public-interest body: a commissioner'),
  healthwatch: () => msg('Public-interest body: a local Healthwatch'),
}

/** A subscriber's kind in the admin's list: "Provider", "Public-interest body: a regulator". */
export function kindLabel(s: {
  kind: 'provider' | 'public_interest'
  publicInterestType: keyof typeof PUBLIC_INTEREST_KINDS | null
}): string {
  if (s.kind === 'provider') return msg('Provider')
  return s.publicInterestType ? PUBLIC_INTEREST_KINDS[s.publicInterestType]() : msg('Public-interest body')
}

/** The API's `kind` and `publicInterestType` for the chosen option. */
export function kindInput(value: string) {
  return value === 'regulator' || value === 'commissioner' || value === 'healthwatch'
    ? { kind: 'public_interest' as const, publicInterestType: value }
    : { kind: 'provider' as const }
}

/** The kind field of the new-subscriber form. */
export const subscriberKindField = () =>
  html`<div class="form-group">
    <label for="subscriber-kind">${msg('Kind of organisation')}</label>
    <span class="hint" id="subscriber-kind-hint">${subscriberKindHint()}</span>
    <select id="subscriber-kind" name="kind" aria-describedby="subscriber-kind-hint">
      ${SUBSCRIBER_KIND_OPTIONS.map((o) => html`<option value=${o.value}>${o.label}</option>`)}
    </select>
  </div>`
