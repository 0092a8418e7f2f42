import { html, nothing } from 'lit/html.js'
import { call } from './api.ts'
import { change } from './change.ts'
import type { Failure, Feed, Ref, Stats, Story, WidgetConfig } from './api.ts'
import { HeardElement } from './base.ts'
import { ago, fill, nameIn, strings } from './i18n.ts'
import type { Form, FormHost } from './kit.ts'
import { loadForm } from './load-form.ts'
import type { Strings } from './locales/strings.ts'
import { summary } from './summary.ts'

const SCRIPT_ORIGIN = new URL(import.meta.url).origin

/**
 * `<heard-stories>`: the newest published stories about one or more services, all of them, newest
 * first, with a summary line of the services' figures and who answered each story, and a "Tell your
 * story" form, loaded as a second chunk when it is first opened (`load-form.ts`). The element's own
 * children are the no-JavaScript fallback and are not shown once it runs.
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
 * Parts: `container`, `heading`, `summary`, `list`, `story`, `title`, `meta`, `responders`, `change`,
 * `badge`, `button`, `form`.
 *
 * Custom properties: `--heard-color` (buttons), `--heard-background`, `--heard-text`, `--heard-link`,
 * `--heard-focus`, `--heard-font`, `--heard-radius`.
 */
export class HeardStories extends HeardElement implements FormHost {
  static observedAttributes = ['service', 'limit', 'lang', 'theme', 'api', 'widget']
  /** Undefined while loading. */
  stories?: Story[]
  stats?: Stats
  about?: Ref
  failed?: boolean
  /** The open form, if any. */
  form?: Form
  /** The form chunk could not be loaded (or checked): the widget links to Heard's own form. */
  noForm?: boolean
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

  /** The query that keeps Heard's pages in the widget's language (`?lang=cy`). */
  get q() {
    return this.L.code === 'cy' ? '?lang=cy' : ''
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
      // One request: the stories and the summary line's figures (over all the services, each story once).
      const q = `limit=${this.limit}&summary=true`
      const feed = await call<Feed>(
        this.api,
        ids[1] ? `stories?services=${ids}&${q}` : `services/${ids[0]}/stories?${q}`,
      )
      if (run != this.run) return
      this.about = feed.service
      this.stories = feed.stories
      this.stats = feed.summary
    } catch (e) {
      if (run != this.run) return
      this.failed = true
      this.fire('heard-error', { status: (e as Failure)?.status })
    }
    this.update()
  }

  async openForm() {
    this.noForm = false
    try {
      this.form = new (await loadForm())(this)
    } catch {
      this.noForm = true
    }
    this.update()
  }

  closeForm() {
    this.form = undefined
    this.focusSoon('#tell')
  }

  // Templates ship as written: kept free of deep indentation, so prettier leaves them alone.
  // prettier-ignore
  story(s: Story) {
    const { L } = this
    return html`<li part="story">
<h3 part="title"><a href=${/^https?:/.test(s.url) ? s.url + this.q : nothing}>${s.title}</a></h3>
<p>${s.excerpt}</p>
<p part="meta" class="m">${s.nickname} · ${L.roles[s.authorRole]} · <time datetime=${s.publishedAt}>${ago(s.publishedAt, L)}</time><br />${s.services.map((x) => nameIn(L, x)).join(', ')}</p>
${s.responders[0] ? html`<ul part="responders" class="r">${s.responders.map((r) => html`<li>${L.by} ${r.responderTitle}, ${r.organisationName}${change(L, r)}</li>`)}</ul>` : html`<p part="responders" class="r m">${L.unanswered}</p>`}
</li>`
  }

  // prettier-ignore
  render() {
    const { L, stories, ids, failed, form } = this
    const service = ids[0] && `${this.api}/services/${encodeURIComponent(ids[0])}`
    return html`<div part="container" class="c ${this.getAttribute('theme') ?? this.config?.theme}" lang=${L.code}>
<h2 part="heading">${this.about ? fill(L.about, nameIn(L, this.about)) : L.stories}</h2>
${form ? form.render() : html`<p part="summary">${stories ? summary(L, this.stats) : ''}</p>
<p role="status" class="m">${failed ? L.failed : !stories ? L.loading : stories[0] ? '' : L.empty}</p>
<ul part="list" class="l" aria-hidden=${stories ? nothing : 'true'}>
${stories
  ? stories.map((s) => this.story(s))
  : // Placeholders the size of the stories to come, so that the page does not jump.
    failed ? '' : Array.from({ length: this.limit }, () => html`<li></li>`)}
</ul>
<div class="a">
${failed ? html`<button part="button" @click=${() => this.load()}>${L.retry}</button>` : ''}
<button part="button" id="tell" @click=${this.openForm}>${L.tell}</button>
${service ? html`<a href=${service + this.q}>${L.all}</a>` : ''}
</div>
${this.noForm && service ? html`<p class="m" role="alert"><a href="${service}/tell${this.q}">${L.noForm}</a></p>` : ''}`}
</div>`
  }
}

if (!customElements.get('heard-stories')) customElements.define('heard-stories', HeardStories)
