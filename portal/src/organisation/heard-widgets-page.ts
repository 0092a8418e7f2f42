import { msg, str } from '@lit/localize'
import { css, html, nothing } from 'lit'
import { state } from 'lit/decorators.js'
import { keyed } from 'lit/directives/keyed.js'
import { loadWidgetScript, type Manifest, type WidgetDraft } from './heard-widget-preview.ts'
import './heard-widget-preview.ts'
import { announce } from '../shared/announce.ts'
import { api, ApiError, issueText, ValidationError } from '../shared/api.ts'
import type { FieldError } from '../shared/heard-error-summary.ts'
import '../shared/heard-error-summary.ts'
import { plural } from '../shared/format.ts'
import type { ServiceSummary } from '../shared/types.ts'
import { serviceChoices } from '../shared/choices.ts'
import { coveredServices, MemberPageElement } from '../shared/member-page.ts'
import type { Widget } from './types.ts'
import { errorClass, errorFor, inlineError } from '../shared/form-fields.ts'
import { currentLang, serviceName } from '../shared/locale.ts'

const MAX_SERVICES = 10

/** Each field of the form as a sentence names it (a Welsh issue starts with it). */
const FIELD_NAMES: Record<string, () => string> = {
  services: () => msg('The services'),
  'widget-origins': () => msg('The sites'),
  'widget-limit': () => msg('The number of stories'),
  'widget-name': () => msg('The name'),
}

/**
 * `<heard-widgets-page>`: admins build the `<heard-stories>` widgets their sites embed — services,
 * number of stories, theme, language and allowed sites — see a live preview of a saved widget and
 * copy its snippet, pinned with the integrity hash of the current build.
 */
export class HeardWidgetsPage extends MemberPageElement {
  static override styles = [
    ...MemberPageElement.styles,
    css`
      textarea,
      pre {
        width: 100%;
        box-sizing: border-box;
      }
      #snippet {
        font: 0.875rem/1.4 monospace;
        field-sizing: content;
      }
      pre {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        background: #fff;
        border: 1px solid #d8dde0;
        padding: 0.75rem;
        font-size: 0.875rem;
      }
      .preview {
        background: #fff;
        border: 1px dashed #aeb7bd;
        padding: 1rem;
      }
      .widget-list li {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        justify-content: space-between;
        padding: 0.75rem 0;
        border-bottom: 1px solid #d8dde0;
      }
      .widget-actions {
        display: flex;
        gap: 0.75rem;
        align-items: flex-start;
      }
    `,
  ]
  @state() widgets?: Widget[]
  @state() services: ServiceSummary[] = []
  /** The widget in the form: a saved one, or `null` for a new one. */
  @state() editing: Widget | null = null
  @state() manifest?: Manifest
  @state() errors: FieldError[] = []
  @state() failure = ''
  @state() message = ''
  @state() busy = false
  /** What the form holds now: the preview follows it before saving. */
  @state() draft: WidgetDraft = draftOf(null)

  constructor() {
    super()
    this.roles = ['admin']
  }

  override connectedCallback() {
    super.connectedCallback()
    loadWidgetScript()
    void this.load()
  }

  private async load() {
    try {
      const subscriber = await this.loadSubscriber()
      if (!subscriber) return
      const [list, services, manifest] = await Promise.all([
        api.get<{ widgets: Widget[] }>(`${this.base}/widgets`),
        coveredServices(subscriber),
        api.get<Manifest>('/widget/v1/manifest.json').catch(() => undefined),
      ])
      this.widgets = list.widgets
      this.services = services
      this.manifest = manifest
    } catch (e) {
      this.failure = e instanceof ApiError ? e.message : msg('The widgets could not be loaded.')
    }
  }

  private edit(widget: Widget | null) {
    this.editing = widget
    this.draft = draftOf(widget)
    this.errors = []
    this.message = ''
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#form-title')?.focus())
  }

  private async submit(e: SubmitEvent) {
    e.preventDefault()
    const data = new FormData(e.target as HTMLFormElement)
    const name = String(data.get('name') ?? '').trim()
    const serviceIds = data.getAll('serviceIds').map(String)
    const limit = Number(data.get('limit'))
    const allowedOrigins = String(data.get('allowedOrigins') ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
    const errors: FieldError[] = []
    if (!name) errors.push({ field: 'widget-name', message: msg('Name the widget') })
    if (!serviceIds.length) errors.push({ field: 'services', message: msg('Choose at least one service') })
    if (serviceIds.length > MAX_SERVICES)
      errors.push({ field: 'services', message: msg(str`Choose at most ${MAX_SERVICES} services`) })
    if (!(limit >= 1 && limit <= 20))
      errors.push({ field: 'widget-limit', message: msg('Show between 1 and 20 stories') })
    if (!errors.length) {
      this.busy = true
      const body = {
        name,
        serviceIds,
        limit,
        theme: data.get('theme'),
        lang: data.get('lang'),
        allowedOrigins,
      }
      try {
        const saved = this.editing
          ? await api.patch<Widget>(`${this.base}/widgets/${this.editing.id}`, body)
          : await api.post<Widget>(`${this.base}/widgets`, body)
        this.errors = []
        this.setErrorTitle(false)
        this.message = msg(str`“${saved.name}” is saved. The preview shows it as your sites will.`)
        announce(this.message)
        this.editing = saved
        await this.load()
        return
      } catch (err) {
        if (err instanceof ValidationError && err.issues.length) {
          for (const issue of err.issues) {
            const [field, index] = issue.path.split('.')
            const target =
              field === 'serviceIds'
                ? 'services'
                : field === 'allowedOrigins'
                  ? 'widget-origins'
                  : field === 'limit'
                    ? 'widget-limit'
                    : 'widget-name'
            const site =
              field === 'allowedOrigins' && index !== undefined ? msg(str`Site ${Number(index) + 1}`) : ''
            // English keeps the server's words; Welsh says which field is not valid.
            const message =
              currentLang() === 'en'
                ? `${site ? `${site}: ` : ''}${issue.message}`
                : issueText(site || FIELD_NAMES[target]!(), issue)
            errors.push({ field: target, message })
          }
        } else
          errors.push({
            field: 'widget-name',
            message: err instanceof ApiError ? err.message : msg('The widget was not saved.'),
          })
      } finally {
        this.busy = false
      }
    }
    this.errors = errors
    this.setErrorTitle(true)
  }

  private async removeWidget(widget: Widget) {
    try {
      await api.delete(`${this.base}/widgets/${widget.id}`)
      if (this.editing?.id === widget.id) this.editing = null
      this.message = msg(str`“${widget.name}” was deleted. Pages that embed it now show an error.`)
      announce(this.message)
      await this.load()
    } catch (e) {
      this.failure = e instanceof ApiError ? e.message : msg('The widget was not deleted.')
    }
  }

  /** The form as it is now, for the preview. */
  private track(e: Event) {
    const data = new FormData(e.currentTarget as HTMLFormElement)
    this.draft = {
      serviceIds: data.getAll('serviceIds').map(String),
      limit: Math.min(20, Math.max(1, Number(data.get('limit')) || 5)),
      theme: String(data.get('theme') ?? 'light'),
      lang: String(data.get('lang') ?? 'en'),
    }
  }

  private error(field: string) {
    return inlineError(field, errorFor(this.errors, field))
  }

  private has(field: string) {
    return errorClass(this.errors, field)
  }

  /** The widget's theme and language. */
  private renderLook(w: Widget | null) {
    return html`<div class="form-group">
        <label for="widget-theme">${msg('Theme')}</label>
        <select id="widget-theme" name="theme">
          ${[
            ['light', msg('Light')],
            ['dark', msg('Dark')],
            ['auto', msg('Follow the visitor’s setting')],
          ].map(
            ([v, label]) =>
              html`<option value=${v!} ?selected=${(w?.theme ?? 'light') === v}>${label}</option>`,
          )}
        </select>
      </div>
      <div class="form-group">
        <label for="widget-lang">${msg('Language')}</label>
        <select id="widget-lang" name="lang">
          <option value="en" ?selected=${(w?.lang ?? 'en') === 'en'}>${msg('English')}</option>
          <option value="cy" ?selected=${w?.lang === 'cy'}>${msg('Cymraeg (Welsh)')}</option>
        </select>
      </div>`
  }

  private renderForm() {
    const w = this.editing
    const chosen = new Set(w?.services.map((s) => s.id) ?? [])
    return html`<section aria-labelledby="form-title">
      <h2 id="form-title" tabindex="-1">${w ? msg(str`Edit “${w.name}”`) : msg('Create a widget')}</h2>
      <heard-error-summary .errors=${this.errors}></heard-error-summary>
      ${keyed(
        w?.id ?? 'new',
        html`<form novalidate @submit=${this.submit} @input=${this.track} @change=${this.track}>
          <div class="form-group ${this.has('widget-name')}">
            <label for="widget-name">${msg('Name')}</label>
            <span class="hint" id="widget-name-hint">${msg('For you only, e.g. “Ward 7 page”')}</span>
            ${this.error('widget-name')}
            <input
              class="input-width-20"
              id="widget-name"
              name="name"
              type="text"
              .value=${w?.name ?? ''}
              aria-describedby="widget-name-hint"
            />
          </div>
          <fieldset class="form-group ${this.has('services')}">
            <legend>${msg('Services')}</legend>
            <span class="hint"
              >${msg(str`Stories about these services (and the services within them). Up to ${MAX_SERVICES}.`)}</span
            >
            ${this.error('services')} ${serviceChoices(this.services, chosen)}
          </fieldset>
          <div class="form-group ${this.has('widget-limit')}">
            <label for="widget-limit">${msg('Number of stories')}</label>
            ${this.error('widget-limit')}
            <input
              class="input-width-10"
              id="widget-limit"
              name="limit"
              type="number"
              min="1"
              max="20"
              .value=${String(w?.limit ?? 5)}
            />
          </div>
          ${this.renderLook(w)}
          <div class="form-group ${this.has('widget-origins')}">
            <label for="widget-origins">${msg('Sites allowed to host it')}</label>
            <span class="hint" id="widget-origins-hint"
              >${msg('One address a line, e.g. https://www.example.nhs.uk. Stories told through the widget on these sites record where they came from.')}</span
            >
            ${this.error('widget-origins')}
            <textarea
              id="widget-origins"
              name="allowedOrigins"
              rows="3"
              aria-describedby="widget-origins-hint"
              .value=${(w?.allowedOrigins ?? []).join('\n')}
            ></textarea>
          </div>
          <div class="button-group">
            <button class="button" type="submit" ?disabled=${this.busy}>
              ${w ? msg('Save changes') : msg('Create widget')}
            </button>
            ${w ? html`<button class="link-button" type="button" @click=${() => this.edit(null)}>${msg('Create another widget instead')}</button>` : nothing}
          </div>
        </form>`,
      )}
    </section>`
  }

  private renderPreview() {
    return html`<heard-widget-preview
      .draft=${this.draft}
      .widget=${this.editing}
      .manifest=${this.manifest}
    ></heard-widget-preview>`
  }

  override render() {
    if (this.failure && !this.widgets) {
      return html`<h1>${msg('Widgets')}</h1>
        <div class="banner error" role="alert"><p>${this.failure}</p></div>`
    }
    return html`<span class="caption">${this.subscriber?.name ?? ''}</span>
      <h1>${msg('Widgets')}</h1>
      <p class="lead">${msg('Show your services’ stories on your own website, and invite new ones.')}</p>
      ${this.message ? html`<div class="banner success" role="status"><p>${this.message}</p></div>` : nothing}
      ${this.failure ? html`<div class="banner error" role="alert"><p>${this.failure}</p></div>` : nothing}
      <h2>${msg('Your widgets')}</h2>
      ${
        !this.widgets
          ? html`<p class="loading">${msg('Loading…')}</p>`
          : this.widgets.length
            ? html`<ul class="plain-list widget-list">
                ${this.widgets.map(
                  (w) =>
                    html`<li>
                      <span
                        ><strong>${w.name}</strong><br /><span class="secondary small"
                          >${w.services.map((s) => serviceName(s)).join(', ')} ·
                          ${msg(str`${plural(w.storiesReceived, msg('story'), msg('stories'))} received`)}</span
                        ></span
                      >
                      <span class="widget-actions">
                        <button class="button secondary small" type="button" @click=${() => this.edit(w)}>
                          ${msg('Edit')}<span class="visually-hidden"> ${w.name}</span>
                        </button>
                        <button
                          class="button warning small"
                          type="button"
                          @click=${() => this.removeWidget(w)}
                        >
                          ${msg('Delete')}<span class="visually-hidden"> ${w.name}</span>
                        </button>
                      </span>
                    </li>`,
                )}
              </ul>`
            : html`<p>${msg('You have no widgets yet.')}</p>`
      }
      <div class="layout">${this.renderForm()} ${this.renderPreview()}</div>`
  }
}

if (!customElements.get('heard-widgets-page')) customElements.define('heard-widgets-page', HeardWidgetsPage)

declare global {
  interface HTMLElementTagNameMap {
    'heard-widgets-page': HeardWidgetsPage
  }
}

function draftOf(widget: Widget | null): WidgetDraft {
  return {
    serviceIds: widget?.services.map((s) => s.id) ?? [],
    limit: widget?.limit ?? 5,
    theme: widget?.theme ?? 'light',
    lang: widget?.lang ?? 'en',
  }
}
