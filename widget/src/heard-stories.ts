import { html, nothing } from 'lit/html.js'
import { call } from './api.ts'
import type { Failure, Feed, Story, WidgetConfig } from './api.ts'
import { ago, fill, nameIn, plural, strings } from './i18n.ts'
import type { Strings } from './locales/strings.ts'
import { StoryForm } from './story-form.ts'

const SCRIPT_ORIGIN = new URL(import.meta.url).origin

/**
 * `<heard-stories>`: the newest published stories about one or more services, all of them, newest
 * first, and a "Tell your story" form. The element's own children are the no-JavaScript fallback and
 * are not shown once it runs.
 *
 * Attributes:
 * - `service`: a service id, or several separated by spaces or commas (their subtrees included).
 * - `limit`: stories per page, 1–20 (default 5).
 * - `lang`: `en` or `cy` (default: the nearest `lang` on the page, else English).
 * - `theme`: `light` (default), `dark` or `auto` (follows prefers-color-scheme).
 * - `api`: the Heard origin (default: the origin the script was loaded from).
 * - `widget`: a widget id set up in the Heard portal: its services, limit,
 *   language and theme are fetched first; attributes set on the element win.
 *
 * Events (bubbling, composed):
 * - `heard-submitted`: a story was sent for moderation; `detail.id` is its id.
 * - `heard-error`: the stories could not be loaded; `detail.status` is the HTTP status (0: offline).
 *
 * Parts: `container`, `heading`, `list`, `story`, `title`, `meta`, `button`, `form`.
 *
 * Custom properties: `--heard-color` (buttons), `--heard-background`, `--heard-text`, `--heard-link`,
 * `--heard-focus`, `--heard-font`, `--heard-radius`.
 */
export class HeardStories extends StoryForm {
  static observedAttributes = ['service', 'limit', 'lang', 'theme', 'api', 'widget']
  /** Undefined while loading. */
  stories?: Story[]
  failed?: boolean
  config?: WidgetConfig
  private seen?: boolean
  private run = 0
  private io?: IntersectionObserver

  get ids(): string[] {
    return (this.getAttribute('service')?.split(/[\s,]+/) ?? this.config?.services ?? []).filter(Boolean)
  }

  get api() {
    return (this.getAttribute('api') ?? SCRIPT_ORIGIN).replace(/\/$/, '')
  }

  get limit() {
    return Math.min(20, Math.max(1, +(this.getAttribute('limit') ?? this.config?.limit ?? 5) | 0 || 5))
  }

  get L(): Strings {
    return strings(
      this.getAttribute('lang') ?? this.config?.lang ?? this.closest('[lang]')?.getAttribute('lang'),
    )
  }

  override connectedCallback() {
    super.connectedCallback()
    // Nothing is fetched until the widget is about to scroll into view.
    this.io ??= new IntersectionObserver(
      ([e]) => {
        if (!e.isIntersecting) return
        this.io!.disconnect()
        this.seen = true
        this.load()
      },
      { rootMargin: '200px' },
    )
    if (!this.seen) this.io.observe(this)
  }

  disconnectedCallback() {
    this.io?.disconnect()
  }

  attributeChangedCallback(name: string) {
    if (this.seen && name != 'lang' && name != 'theme') this.load()
    else this.update()
  }

  async load() {
    const run = ++this.run
    this.failed = false
    this.stories = undefined
    this.update()
    try {
      const widget = this.getAttribute('widget')
      if (widget && !this.config) this.config = await call(this.api, `widgets/${encodeURIComponent(widget)}`)
      const ids = this.ids.map(encodeURIComponent)
      if (!ids.length) throw console.error('<heard-stories> needs a `service` id')
      const q = `limit=${this.limit}`
      const feed = await call<Feed>(
        this.api,
        ids[1] ? `stories?services=${ids}&${q}` : `services/${ids[0]}/stories?${q}`,
      )
      if (run != this.run) return
      this.about = feed.service
      this.stories = feed.stories
    } catch (e) {
      if (run != this.run) return
      this.failed = true
      this.fire('heard-error', { status: (e as Failure)?.status })
    }
    this.update()
  }

  // The template ships as written: kept free of deep indentation, so prettier leaves it alone.
  // prettier-ignore
  render() {
    const { L, stories, ids, failed } = this
    return html`<div part="container" class="c ${this.getAttribute('theme') ?? this.config?.theme}" lang=${L.code}>
<h2 part="heading">${this.about ? fill(L.about, nameIn(L, this.about)) : L.stories}</h2>
${this.open ? this.renderForm() : html`<p role="status" class="m">${failed ? L.failed : !stories ? L.loading : stories[0] ? '' : L.empty}</p>
<ul part="list" class="l" aria-hidden=${stories ? nothing : 'true'}>
${stories
  ? stories.map((s) => html`<li part="story">
<h3 part="title"><a href=${/^https?:/.test(s.url) ? s.url : nothing}>${s.title}</a></h3>
<p>${s.excerpt}</p>
<p part="meta" class="m">${s.nickname} · ${L.roles[s.authorRole]} · <time datetime=${s.publishedAt}>${ago(s.publishedAt, L)}</time><br />${s.services.map((x) => nameIn(L, x)).join(', ')} · ${plural(L, L.responses, s.responseCount)}</p>
</li>`)
  : // Placeholders the size of the stories to come, so that the page does not jump.
    failed ? '' : Array.from({ length: this.limit }, () => html`<li></li>`)}
</ul>
<div class="a">
${failed ? html`<button part="button" @click=${() => this.load()}>${L.retry}</button>` : ''}
<button part="button" id="tell" @click=${this.openForm}>${L.tell}</button>
${ids[0] ? html`<a href="${this.api}/services/${encodeURIComponent(ids[0])}">${L.all}</a>` : ''}
</div>`}
</div>`
  }
}

if (!customElements.get('heard-stories')) customElements.define('heard-stories', HeardStories)
