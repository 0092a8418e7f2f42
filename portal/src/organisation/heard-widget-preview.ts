import { msg } from '@lit/localize'
import { html, LitElement, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import { keyed } from 'lit/directives/keyed.js'
import { announce } from '../shared/announce.ts'
import type { Widget } from './types.ts'

export const WIDGET_SCRIPT = '/widget/v1/heard.js'
export type Manifest = { file: string; integrity: string; url: string }

/** What the widget form holds now, saved or not: the preview follows it as it changes. */
export type WidgetDraft = { serviceIds: string[]; limit: number; theme: string; lang: string }

/** Loads the widget once into the portal page, for the live preview (same origin: allowed by `script-src 'self'`). */
export function loadWidgetScript() {
  if (document.querySelector(`script[src="${WIDGET_SCRIPT}"]`)) return
  const script = document.createElement('script')
  script.type = 'module'
  script.src = WIDGET_SCRIPT
  document.head.append(script)
}

/** The snippet a web team pastes: the pinned script and the element, with a link for readers without JavaScript. */
export function widgetSnippet(widget: Widget, manifest: Manifest | undefined, origin = location.origin) {
  const script = manifest
    ? `<script type="module" src="${origin}${manifest.url}" integrity="${manifest.integrity}" crossorigin="anonymous"></script>`
    : `<script type="module" src="${origin}${WIDGET_SCRIPT}"></script>`
  const first = widget.services[0]
  const fallback = first
    ? `\n  <a href="${origin}/services/${first.id}">Read patient stories about ${escapeHtml(first.name)} on Heard</a>\n`
    : ''
  return `${script}\n<heard-stories widget="${widget.id}">${fallback}</heard-stories>`
}

/**
 * `<heard-widget-preview>`: the widget as the form describes it now (before saving, and for a new
 * widget too), and the saved widget's snippet in a box that shows all of it.
 */
export class HeardWidgetPreview extends LitElement {
  /** Drawn inside the widgets page, with its styles (buttons, hidden labels, the preview frame). */
  protected override createRenderRoot() {
    return this
  }

  @property({ attribute: false }) draft?: WidgetDraft
  /** The saved widget, when the form edits one: only a saved widget has a snippet. */
  @property({ attribute: false }) widget: Widget | null = null
  @property({ attribute: false }) manifest?: Manifest
  @state() copied = false

  private async copy(text: string) {
    try {
      await navigator.clipboard.writeText(text)
      this.copied = true
      announce(msg('Snippet copied'))
    } catch {
      this.renderRoot.querySelector<HTMLTextAreaElement>('#snippet')?.select()
    }
  }

  private renderSnippet() {
    if (!this.widget) return html`<p>${msg('Create the widget to get the snippet for your site.')}</p>`
    const snippet = widgetSnippet(this.widget, this.manifest)
    // Long lines wrap, so count wrapped lines for browsers without field-sizing.
    const rows = snippet.split('\n').reduce((n, line) => n + Math.ceil((line.length || 1) / 48), 0)
    return html`<h3>${msg('Snippet')}</h3>
      <p>
        ${msg('Paste this where the stories should appear.')}
        ${this.manifest ? msg('It is pinned to the current version with an integrity hash.') : msg('The widget build could not be found, so this snippet is not pinned.')}
        ${this.widget && this.changed() ? msg('It shows the widget as last saved: save to use your changes.') : ''}
      </p>
      <label class="visually-hidden" for="snippet">${msg('Snippet')}</label>
      <textarea id="snippet" rows=${rows} readonly .value=${snippet}></textarea>
      <p>
        <button class="button secondary" type="button" @click=${() => this.copy(snippet)}>
          ${msg('Copy snippet')}
        </button>
        ${this.copied ? html`<span role="status">${msg('Copied')}</span>` : nothing}
      </p>`
  }

  private changed() {
    const w = this.widget
    const d = this.draft
    if (!w || !d) return false
    const saved: WidgetDraft = {
      serviceIds: w.services.map((s) => s.id),
      limit: w.limit,
      theme: w.theme,
      lang: w.lang,
    }
    return JSON.stringify(saved) !== JSON.stringify(d)
  }

  override render() {
    const d = this.draft
    const preview = d?.serviceIds.length
      ? keyed(
          JSON.stringify(d),
          html`<heard-stories
            service=${d.serviceIds.join(',')}
            limit=${d.limit}
            theme=${d.theme}
            lang=${d.lang}
          ></heard-stories>`,
        )
      : html`<p>${msg('Choose a service to see the widget here.')}</p>`
    return html`<section aria-labelledby="preview-title">
      <h2 id="preview-title">${msg('Preview')}</h2>
      <div class="preview">${preview}</div>
      ${this.renderSnippet()}
    </section>`
  }
}

if (!customElements.get('heard-widget-preview'))
  customElements.define('heard-widget-preview', HeardWidgetPreview)

declare global {
  interface HTMLElementTagNameMap {
    'heard-widget-preview': HeardWidgetPreview
  }
}

/** Text for pasting into HTML: a service name cannot add markup to a hospital's page. */
const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!)
