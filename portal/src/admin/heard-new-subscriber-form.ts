import { msg, str } from '@lit/localize'
import { css, html, LitElement, nothing } from 'lit'
import { state } from 'lit/decorators.js'
import { checkNewSubscriber, issuesToFields } from './admin.ts'
import { announce } from '../shared/announce.ts'
import { api, ApiError, ValidationError } from '../shared/api.ts'
import { plural } from '../shared/format.ts'
import type { CreatedSubscriber } from './types.ts'
import { kindInput, subscriberKindField } from './subscriber-kind.ts'
import { describedBy, errorFor, inlineError } from '../shared/form-fields.ts'
import { href } from '../shared/router.ts'
import { shared } from '../shared/styles/shared.ts'
import { serviceName, servicePath } from '../shared/locale.ts'
import type { ServiceSummary } from '../shared/types.ts'
import type { FieldError } from '../shared/heard-error-summary.ts'
import '../shared/heard-error-summary.ts'
import type { HeardServiceSearch } from '../shared/heard-service-search.ts'
import '../shared/heard-service-search.ts'

type Chosen = Pick<ServiceSummary, 'id' | 'name' | 'path'>

/**
 * `<heard-new-subscriber-form>`: a platform admin creates a subscriber with its name, the services
 * it covers (found with `<heard-service-search>`) and its first admin, who is made a member at once
 * when the address already has an account and is invited otherwise.
 *
 * Events: `heard-form-errors` (`detail.count`) when its list of errors changes; `heard-subscriber-created`, `detail.subscriber` the server's answer.
 */
export class HeardNewSubscriberForm extends LitElement {
  static override styles = [
    ...shared,
    css`
      .chosen li {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        justify-content: space-between;
        padding: 0.5rem 0;
        border-bottom: 1px solid #d8dde0;
      }
      .coverage {
        margin-bottom: 1.5rem;
      }
    `,
  ]
  @state() chosen: Chosen[] = []
  @state() errors: FieldError[] = []
  @state() busy = false
  @state() created?: CreatedSubscriber

  /** Tells the page, which marks its title with "Error: " while the form shows errors (GOV.UK). */
  override updated(changed: Map<string, unknown>) {
    if (changed.has('errors') && changed.get('errors') !== undefined) {
      this.dispatchEvent(
        new CustomEvent('heard-form-errors', {
          detail: { count: this.errors.length },
          bubbles: true,
          composed: true,
        }),
      )
    }
  }

  private get search() {
    return this.renderRoot.querySelector<HeardServiceSearch>('heard-service-search')
  }

  private choose(service: ServiceSummary) {
    this.chosen = [...this.chosen.filter((c) => c.id !== service.id), service]
    announce(
      msg(
        str`${serviceName(service)} added: ${plural(this.chosen.length, msg('service'), msg('services'))} chosen`,
      ),
    )
  }

  private unchoose(c: Chosen) {
    this.chosen = this.chosen.filter((x) => x.id !== c.id)
    announce(
      msg(
        str`${serviceName(c)} removed: ${plural(this.chosen.length, msg('service'), msg('services'))} chosen`,
      ),
    )
    this.search?.focus()
  }

  private async submit(e: SubmitEvent) {
    e.preventDefault()
    const form = e.target as HTMLFormElement
    const data = new FormData(form)
    const value = (name: string) => String(data.get(name) ?? '').trim()
    const input = {
      name: value('name'),
      coverage: this.chosen.map((c) => c.id),
      adminEmail: value('adminEmail'),
      ...kindInput(value('kind')),
    }
    let errors: FieldError[] = checkNewSubscriber(input)
    if (!errors.length) {
      this.busy = true
      try {
        const created = await api.post<CreatedSubscriber>('/api/portal/admin/subscribers', input)
        form.reset()
        this.chosen = []
        this.errors = []
        this.created = created
        announce(this.outcome(created))
        this.dispatchEvent(
          new CustomEvent('heard-subscriber-created', {
            detail: { subscriber: created },
            bubbles: true,
            composed: true,
          }),
        )
        await this.updateComplete
        this.renderRoot.querySelector<HTMLElement>('#created')?.focus()
        return
      } catch (err) {
        errors = this.explain(err, input.adminEmail)
      } finally {
        this.busy = false
      }
    }
    this.created = undefined
    this.errors = errors.map((e) =>
      e.field === 'coverage' ? { ...e, focus: () => this.search?.focus() } : e,
    )
  }

  private explain(err: unknown, email: string): FieldError[] {
    if (err instanceof ValidationError && err.issues.length) {
      return issuesToFields(
        err.issues,
        {
          name: 'subscriber-name',
          adminEmail: 'admin-email',
          coverage: 'coverage',
          nodeIds: 'coverage',
        },
        'subscriber-name',
      ).map((p, i) => {
        const index = Number(err.issues[i]?.path.split('.')[1])
        return p.field === 'coverage'
          ? { ...p, message: `${this.chosen[index]?.name ?? msg('A chosen service')} ${p.message}` }
          : p
      })
    }
    const message =
      err instanceof ApiError ? err.message : msg('The subscriber could not be created. Try again.')
    return [{ field: email ? 'subscriber-name' : 'admin-email', message }]
  }

  private outcome(s: CreatedSubscriber) {
    return s.admin.outcome === 'member'
      ? msg(
          str`${s.name} was created. The admin already had an account and is now its admin; they were told by email.`,
        )
      : msg(str`${s.name} was created. An invitation to be its admin was emailed; the link works for 7 days.`)
  }

  private renderCreated() {
    const s = this.created
    if (!s) return nothing
    return html`<div class="banner success" id="created" tabindex="-1" role="status">
      <h3>${msg('Subscriber created')}</h3>
      <p>${this.outcome(s)}</p>
      <p>
        ${msg(str`It covers ${plural(s.coverage.nodes.length, msg('chosen service'), msg('chosen services'))}, each with every service within it.`)}
        <a href=${href(`/admin/subscribers/${s.id}`)}>${msg(str`Open ${s.name}`)}</a>
      </p>
    </div>`
  }

  override render() {
    const nameError = errorFor(this.errors, 'subscriber-name')
    const coverageError = errorFor(this.errors, 'coverage')
    const emailError = errorFor(this.errors, 'admin-email')
    return html`${this.renderCreated()}
      <heard-error-summary .errors=${this.errors}></heard-error-summary>
      <form novalidate @submit=${this.submit}>
        <div class="form-group ${nameError ? 'has-error' : ''}">
          <label for="subscriber-name">${msg('Organisation name')}</label>
          <span class="hint" id="subscriber-name-hint">${msg('As its staff and the public know it')}</span>
          ${inlineError('subscriber-name', nameError)}
          <input
            id="subscriber-name"
            name="name"
            type="text"
            autocomplete="off"
            maxlength="200"
            aria-invalid=${nameError ? 'true' : 'false'}
            aria-describedby=${describedBy('subscriber-name', nameError)}
          />
        </div>
        ${subscriberKindField()}
        <div class="coverage form-group ${coverageError ? 'has-error' : ''}" id="coverage">
          <h3>${msg('Coverage')}</h3>
          <p class="hint">
            ${msg('The services it covers; each covers every service within it. This is also what it may cover: its admins can narrow it later, and only a platform admin can widen it.')}
          </p>
          ${inlineError('coverage', coverageError)}
          <heard-service-search
            label=${msg('Find a service to cover')}
            hint=${msg('A name, code or postcode')}
            action=${msg('Cover')}
            .exclude=${this.chosen.map((c) => c.id)}
            @heard-service-chosen=${(e: CustomEvent<{ service: ServiceSummary }>) => this.choose(e.detail.service)}
          ></heard-service-search>
          ${
            this.chosen.length
              ? html`<h4 id="chosen-title">${msg(str`Chosen (${this.chosen.length})`)}</h4>
                  <ul class="chosen plain-list" aria-labelledby="chosen-title">
                    ${this.chosen.map(
                      (c) =>
                        html`<li>
                          <span
                            ><strong>${serviceName(c)}</strong><br /><span class="secondary small"
                              >${servicePath(c)}</span
                            ></span
                          >
                          <button class="link-button" type="button" @click=${() => this.unchoose(c)}>
                            ${msg('Remove')}<span class="visually-hidden"> ${serviceName(c)}</span>
                          </button>
                        </li>`,
                    )}
                  </ul>`
              : html`<p class="secondary">${msg('No services chosen yet.')}</p>`
          }
        </div>
        <div class="form-group ${emailError ? 'has-error' : ''}">
          <label for="admin-email">${msg('Admin’s email address')}</label>
          <span class="hint" id="admin-email-hint"
            >${msg('If this address has an account, it becomes the admin at once; otherwise an invitation is emailed.')}</span
          >
          ${inlineError('admin-email', emailError)}
          <input
            class="input-width-20"
            id="admin-email"
            name="adminEmail"
            type="email"
            autocomplete="off"
            spellcheck="false"
            aria-invalid=${emailError ? 'true' : 'false'}
            aria-describedby=${describedBy('admin-email', emailError)}
          />
        </div>
        <button class="button" type="submit" ?disabled=${this.busy}>
          ${this.busy ? msg('Creating…') : msg('Create subscriber')}
        </button>
      </form>`
  }
}

if (!customElements.get('heard-new-subscriber-form'))
  customElements.define('heard-new-subscriber-form', HeardNewSubscriberForm)

declare global {
  interface HTMLElementTagNameMap {
    'heard-new-subscriber-form': HeardNewSubscriberForm
  }
}
