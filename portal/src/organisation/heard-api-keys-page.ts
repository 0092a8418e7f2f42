import { msg, str } from '@lit/localize'
import { css, html, nothing } from 'lit'
import { state } from 'lit/decorators.js'
import { announce } from '../shared/announce.ts'
import { api, ApiError, ValidationError } from '../shared/api.ts'
import type { FieldError } from '../shared/heard-error-summary.ts'
import '../shared/heard-error-summary.ts'
import { formatDate } from '../shared/format.ts'
import { focus, paleGrey, success } from '../shared/styles/tokens.ts'
import { apiKeyExample, checkKeyName, keyStatus, lastUsed } from './api-keys.ts'
import { MemberPageElement } from '../shared/member-page.ts'
import type { ApiKey, NewApiKeyAnswer } from './types.ts'
import { textField } from '../shared/form-fields.ts'
import { dataTable } from '../shared/styles/tables.ts'
import { confirmAction, tableOf } from '../shared/table.ts'

/**
 * `<heard-api-keys-page>`: admins create read-only keys for the public API (higher rate limits
 * for their own systems), see which are used, and revoke them. A new key is shown once: it lives
 * in this element only — never in the URL, storage or a log — and is gone when the box is closed.
 */
export class HeardApiKeysPage extends MemberPageElement {
  static override styles = [
    ...MemberPageElement.styles,
    dataTable,
    css`
      table {
        margin-bottom: 2rem;
      }
      .table-wrap {
        overflow-x: auto;
      }
      .new-key {
        border: 4px solid ${success};
        background: #fff;
        padding: 1rem 1.25rem;
        margin-bottom: 2rem;
      }
      .new-key:focus {
        outline: 4px solid ${focus};
      }
      .key {
        width: 100%;
        font-family: ui-monospace, Menlo, Consolas, monospace;
        font-size: 1rem;
      }
      pre {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        background: ${paleGrey};
        padding: 0.75rem;
        font-size: 0.875rem;
      }
      code {
        overflow-wrap: anywhere;
      }
    `,
  ]
  @state() keys?: ApiKey[]
  /** The key just created: shown once, then forgotten. */
  @state() created?: NewApiKeyAnswer
  @state() copied = ''
  @state() confirming?: string
  @state() errors: FieldError[] = []
  @state() failure = ''
  @state() message = ''
  @state() busy = false

  constructor() {
    super()
    this.roles = ['admin']
  }

  override connectedCallback() {
    super.connectedCallback()
    void this.load()
  }

  override disconnectedCallback() {
    super.disconnectedCallback()
    this.created = undefined
  }

  private async load() {
    try {
      await this.loadSubscriber()
      if (!this.membership) return
      this.keys = (await api.get<{ apiKeys: ApiKey[] }>(`${this.base}/api-keys`)).apiKeys
    } catch (e) {
      this.failure = e instanceof ApiError ? e.message : msg('The API keys could not be loaded.')
    }
  }

  private async create(e: SubmitEvent) {
    e.preventDefault()
    const form = e.target as HTMLFormElement
    const name = String(new FormData(form).get('name') ?? '').trim()
    let errors = checkKeyName(name)
    if (!errors.length) {
      this.busy = true
      try {
        this.created = await api.post<NewApiKeyAnswer>(`${this.base}/api-keys`, { name })
        form.reset()
        this.copied = ''
        this.message = ''
        this.errors = []
        this.setErrorTitle(false)
        announce(msg(str`Key “${name}” created. Copy it now: you will not see it again.`))
        await this.load()
        await this.updateComplete
        this.renderRoot.querySelector<HTMLElement>('#new-key')?.focus()
        return
      } catch (err) {
        const message =
          err instanceof ValidationError && err.issues.length
            ? err.issues.map((i) => i.message).join('. ')
            : err instanceof ApiError
              ? err.message
              : msg('The key was not created.')
        errors = [{ field: 'key-name', message }]
      } finally {
        this.busy = false
      }
    }
    this.errors = errors
    this.setErrorTitle(true)
  }

  private async copy() {
    const key = this.created?.key
    if (!key) return
    try {
      await navigator.clipboard.writeText(key)
      this.copied = msg('Copied')
    } catch {
      // No clipboard (an insecure origin, or permission refused): select it for Ctrl+C instead.
      this.renderRoot.querySelector<HTMLInputElement>('#key')?.select()
      this.copied = msg('The key is selected: press Ctrl+C (⌘C on a Mac) to copy it')
    }
    announce(this.copied)
  }

  private dismiss() {
    this.created = undefined
    this.copied = ''
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#key-name')?.focus())
  }

  private async revoke(key: ApiKey) {
    this.confirming = undefined
    try {
      await api.delete(`${this.base}/api-keys/${encodeURIComponent(key.id)}`)
      if (this.created?.apiKey.id === key.id) this.created = undefined
      this.failure = ''
      this.message = msg(str`“${key.name}” is revoked. Requests with it now get 401 Unauthenticated.`)
      announce(this.message)
      await this.load()
    } catch (e) {
      this.message = ''
      this.failure = e instanceof ApiError ? e.message : msg('The key was not revoked.')
    }
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>('#outcome')?.focus()
  }

  private renderCreated(created: NewApiKeyAnswer) {
    return html`<section class="new-key" id="new-key" tabindex="-1" aria-labelledby="new-key-title">
      <h2 id="new-key-title">${msg(str`Your new key “${created.apiKey.name}”`)}</h2>
      <p>
        <strong>${msg('Copy it now. You will not see this key again.')}</strong>
        ${msg('Heard keeps only a fingerprint of it.')}
      </p>
      <div class="form-group">
        <label for="key">${msg('API key')}</label>
        <input
          class="key"
          id="key"
          type="text"
          readonly
          spellcheck="false"
          autocomplete="off"
          .value=${created.key}
          @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()}
        />
      </div>
      <div class="button-group">
        <button class="button" type="button" @click=${this.copy}>${msg('Copy key')}</button>
        <button class="button secondary" type="button" @click=${this.dismiss}>
          ${msg('I have copied it')}
        </button>
      </div>
      ${this.copied ? html`<p>${this.copied}</p>` : nothing}
      <h3>${msg('Using it')}</h3>
      <p>
        ${msg(
          html`Send it with each request to the public API, in the header
            <code>Authorization: Bearer &lt;your key&gt;</code> (or <code>X-Api-Key</code>). For example:`,
        )}
      </p>
      <pre>${apiKeyExample(location.origin)}</pre>
      <p>${msg('Keep it out of web pages and public code: anyone with it gets your rate limits.')}</p>
    </section>`
  }

  private renderKey(k: ApiKey) {
    const status = keyStatus(k)
    return html`<tr>
      <td><strong>${k.name}</strong></td>
      <td><code>${k.prefix}…</code></td>
      <td>
        ${formatDate(k.createdAt)}${k.createdByName ? html`<br /><span class="secondary small">${msg(str`by ${k.createdByName}`)}</span>` : nothing}
      </td>
      <td>${lastUsed(k)}</td>
      <td><span class="tag ${status.live ? 'green' : 'red'}">${status.label}</span></td>
      <td>
        ${
          !status.live
            ? nothing
            : confirmAction({
                action: msg('Revoke'),
                confirming: msg(str`Confirm revoking ${k.name}`),
                yes: msg(str`Yes, revoke ${k.name}`),
                name: k.name,
                asking: this.confirming === k.id,
                warning: msg('Systems using it stop working at once.'),
                ask: () => (this.confirming = k.id),
                confirm: () => this.revoke(k),
                cancel: () => (this.confirming = undefined),
              })
        }
      </td>
    </tr>`
  }

  private renderKeys(keys: ApiKey[]) {
    if (!keys.length) return html`<p>${msg('You have no API keys yet.')}</p>`
    return tableOf(
      msg('API keys'),
      [msg('Name'), msg('Starts with'), msg('Created'), msg('Last used'), msg('Status'), ''],
      keys.map((k) => this.renderKey(k)),
    )
  }

  private renderForm() {
    const error = this.errors.find((e) => e.field === 'key-name')?.message
    return html`<section aria-labelledby="create-title">
      <h2 id="create-title">${msg('Create a key')}</h2>
      <heard-error-summary .errors=${this.errors}></heard-error-summary>
      <form novalidate @submit=${this.create}>
        ${textField({
          id: 'key-name',
          name: 'name',
          label: msg('Name'),
          hint: msg('What will use it, e.g. “Patient experience dashboard”'),
          type: 'text',
          autocomplete: 'off',
          error,
        })}
        <button class="button" type="submit" ?disabled=${this.busy}>${msg('Create key')}</button>
      </form>
    </section>`
  }

  override render() {
    if (this.failure && !this.keys) {
      return html`<h1>${msg('API keys')}</h1>
        <div class="banner error" role="alert"><p>${this.failure}</p></div>`
    }
    return html`<span class="caption">${this.subscriber?.name ?? ''}</span>
      <h1>${msg('API keys')}</h1>
      <p class="lead">
        ${msg('Keys let your own systems read Heard’s public API with higher rate limits. A key unlocks nothing that is not public.')}
      </p>
      ${this.created ? this.renderCreated(this.created) : nothing}
      ${this.message ? html`<div class="banner success" id="outcome" tabindex="-1"><p>${this.message}</p></div>` : nothing}
      ${this.failure ? html`<div class="banner error" id="outcome" role="alert" tabindex="-1"><p>${this.failure}</p></div>` : nothing}
      <h2>${msg('Your keys')}</h2>
      ${this.keys ? this.renderKeys(this.keys) : html`<p class="loading" role="status">${msg('Loading…')}</p>`}
      ${this.renderForm()}`
  }
}

if (!customElements.get('heard-api-keys-page')) customElements.define('heard-api-keys-page', HeardApiKeysPage)

declare global {
  interface HTMLElementTagNameMap {
    'heard-api-keys-page': HeardApiKeysPage
  }
}
