import { html, nothing } from 'lit/html.js'
import { call } from './api.ts'
import type { Failure, Flag, Ref, Tag } from './api.ts'
import { HeardElement } from './base.ts'
import { fill, nameIn, plural } from './i18n.ts'
import type { Strings } from './locales/strings.ts'

type Place = { id: string; name: string; nameCy?: string | null; depth: number }
type Ids = string | typeof nothing

const AGES = ',under-16,16-24,25-34,35-44,45-54,55-64,65-74,75-84,85+'.split(',')
const GROUPS = ['good', 'improve', 'feelings']
const MAX = 7000

/**
 * The "Tell your story" form, rendered by `<heard-stories>` in place of its list (it extends this
 * class). GOV.UK form patterns: visible labels and hints, an error summary that takes focus, inline
 * errors tied by `aria-describedby`, a character count that never blocks typing. Nothing the author
 * types is stored: it lives in the form until the form is closed.
 */
export abstract class StoryForm extends HeardElement {
  abstract L: Strings
  abstract api: string
  abstract ids: string[]
  about?: Ref
  // The draft's state, set by openForm(): nothing survives a closed form.
  open?: boolean
  tags: Tag[] = []
  places?: Place[]
  errors!: Record<string, string>
  flags!: Flag[]
  /** The text the flags' offsets point into. */
  checked!: string
  failure?: string
  sent?: boolean
  busy?: boolean
  count!: number
  /** The character count as last announced to screen readers (after a pause in typing). */
  said?: string
  /** One idempotency key per draft: every retry of the draft reuses it, so it never makes two stories. */
  private key?: string
  private timer?: ReturnType<typeof setTimeout>
  private seq!: number

  /** Opens a new, empty draft, with focus on its heading. */
  openForm() {
    Object.assign(this, {
      open: true,
      errors: {},
      flags: [],
      failure: '',
      sent: false,
      count: 0,
      said: '',
      key: undefined,
      seq: 0,
    })
    this.focusSoon('#fh')
    const { api } = this
    call<{ tags: Tag[] }>(api, 'tags').then((r) => ((this.tags = r.tags), this.update()), Boolean)
    Promise.all(
      this.ids.map((id) =>
        call<{ services: Place[] }>(api, `services?within=${encodeURIComponent(id)}&limit=200`),
      ),
    ).then((r) => ((this.places = r.flatMap((x) => x.services)), this.update()), Boolean)
  }

  closeForm() {
    clearTimeout(this.timer)
    this.open = false
    this.focusSoon('#tell')
  }

  countText() {
    const n = this.count
    return plural(this.L, n > MAX ? this.L.over : this.L.left, Math.abs(MAX - n))
  }

  onInput({ target }: Event) {
    const area = target as HTMLTextAreaElement
    if (area.name != 'body') return
    this.count = area.value.length
    this.update()
    clearTimeout(this.timer)
    this.timer = setTimeout(async () => {
      const text = area.value
      const seq = ++this.seq
      this.said = this.countText()
      try {
        const { flags } = text.trim()
          ? await call<{ flags: Flag[] }>(this.api, 'precheck', { text, lang: this.L.code })
          : { flags: [] }
        if (seq == this.seq) Object.assign(this, { flags, checked: text })
      } catch {
        // Pre-check hints are a courtesy: without them the form works the same.
      }
      this.update()
    }, 600)
  }

  async onSubmit(e: SubmitEvent) {
    e.preventDefault()
    if (this.busy) return
    const { L } = this
    const data = new FormData(e.target as HTMLFormElement)
    const v = (k: string) => `${data.get(k) ?? ''}`.trim()
    const [title, body, nickname, email] = ['title', 'body', 'nickname', 'email'].map(v) as string[]
    const story = {
      title,
      body,
      serviceIds: [v('serviceIds')],
      authorRole: v('authorRole'),
      nickname,
      email: email || undefined,
      ageGroup: v('ageGroup') || undefined,
      tags: Object.fromEntries(GROUPS.map((g) => [g, data.getAll(`tags.${g}`)])),
      route: 'widget',
      // The language the author reads the form in: their emails and follow page speak it.
      lang: this.L.code,
      // The server keeps which widget and site a story came from when the site is one the widget allows.
      widgetId: this.getAttribute('widget') || undefined,
      website: '',
    }
    const wrong = {
      serviceIds: !story.serviceIds[0],
      title: !title || title.length > 120,
      body: body.length < 50 || body.length > MAX,
      authorRole: !story.authorRole,
      nickname: !nickname || nickname.length > 40 || /\S@\S/.test(nickname),
      email: email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email),
      agree: !data.get('agree'),
    }
    this.errors = {}
    for (const [k, bad] of Object.entries(wrong)) if (bad) this.errors[k] = L.errors[k]
    this.failure = ''
    if (!Object.keys(this.errors)[0]) {
      this.busy = true
      this.update()
      try {
        const { id } = await call<{ id: string }>(
          this.api,
          'stories',
          story,
          (this.key ??= crypto.randomUUID()),
        )
        this.key = undefined
        this.sent = true
        this.fire('heard-submitted', { id })
      } catch (x) {
        const { status, issues, retryAfter } = x as Failure
        // `serviceIds.0` and `tags.good.1` are the questions `serviceIds` and `tags.good`.
        for (const { path, message } of issues ?? []) {
          const id = path.replace(/\.\d+$/, '')
          this.errors[id] = L.errors[id] ?? message
        }
        // A 422 without issues: this key already made a story, from an earlier version of this draft.
        if (status == 422 && !issues) this.sent = true
        else if (!issues)
          this.failure = !status ? L.offline : status == 429 ? fill(L.busy, retryAfter) : L.broken
      }
      this.busy = false
    }
    this.focusSoon(this.sent ? '#fh' : '.es')
  }

  /** Error summary links move focus to their field (a plain #id link cannot reach into a shadow root). */
  jump(e: Event) {
    e.preventDefault()
    this.root.getElementById((e.currentTarget as HTMLAnchorElement).hash.slice(1))?.focus()
  }

  /**
   * One question: its label (a legend for a group of radios or checkboxes), hint and inline error,
   * then the control, which gets the ids that describe it.
   */
  // prettier-ignore
  q(id: string, label: string, hint: string | undefined, control: (describedBy: Ids) => unknown, group?: 1) {
    const error = this.errors[id]
    const ids = [hint && `${id}-h`, error && `${id}-e`].filter(Boolean).join(' ') || nothing
    const inner = html`${hint ? html`<p class="h" id="${id}-h">${hint}</p>` : ''}${
      error ? html`<p class="er" id="${id}-e"><span class="vh">${this.L.error}</span> ${error}</p>` : ''
    }${control(group ? nothing : ids)}`
    return group
      ? html`<fieldset class="g ${error ? 'x' : ''}" aria-describedby=${ids}><legend>${label}</legend>${inner}</fieldset>`
      : html`<div class="g ${error ? 'x' : ''}"><label for=${id}>${label}</label>${inner}</div>`
  }

  /** Radios or checkboxes; the first gets the group's id so that the error summary can focus it. */
  // prettier-ignore
  options(id: string, options: string[][], type = 'checkbox') {
    return html`<div class="o">${options.map(([value, label], i) =>
      html`<label><input type=${type} name=${id} value=${value} id=${i ? nothing : id}>${label}</label>`)}</div>`
  }

  // prettier-ignore
  input(id: string, label: string, hint?: string, type = 'text') {
    return this.q(id, label, hint, (d) =>
      html`<input id=${id} name=${id} type=${type} autocomplete=${type == 'email' ? 'email' : 'off'} aria-describedby=${d}>`)
  }

  // Templates ship as written: kept free of deep indentation, so prettier leaves them alone.
  // prettier-ignore
  renderForm() {
    const { L, errors, flags, failure } = this
    const keys = Object.keys(errors)
    if (this.sent) return html`<div class="ok" part="form">
<h3 id="fh" tabindex="-1">${L.thanks}</h3>
<p>${L.next}</p>
<button part="button" @click=${this.closeForm}>${L.back}</button>
</div>`
    return html`<form part="form" novalidate @submit=${this.onSubmit} @input=${this.onInput}>
<h3 id="fh" tabindex="-1">${L.tell}</h3>
${keys[0] || failure ? html`<div class="es" tabindex="-1">
<h4>${failure ? L.notSent : L.problem}</h4>
${failure
  ? html`<p>${failure}</p><button part="button">${L.retry}</button>`
  : html`<ul>${keys.map((id) => html`<li><a href="#${id}" @click=${this.jump}>${errors[id]}</a></li>`)}</ul>`}
</div>` : ''}
${this.q('serviceIds', L.service, undefined, (d) => html`<select id="serviceIds" name="serviceIds" aria-describedby=${d}>
${(this.places ?? this.ids.map((id) => ({ id, name: this.about?.name ?? '', depth: 0 }))).map(
  // Indented by depth (in tree order): a full path would not fit a narrow select.
  (p) => html`<option value=${p.id} ?selected=${p.id == this.ids[0]}>${'\u00a0\u00a0'.repeat(p.depth)}${nameIn(this.L, p)}</option>`,
)}
</select>`)}
${this.input('title', L.title)}
${this.q('body', L.body, L.bodyHint, (d) => html`<textarea id="body" name="body" rows="8" aria-describedby="${d} body-c${flags[0] ? ' body-p' : ''}"></textarea>
<p class="h ${this.count > MAX ? 'over' : ''}" id="body-c">${this.countText()}</p>
<p class="vh" aria-live="polite">${this.said}</p>
${flags[0] ? html`<div class="pc" id="body-p">
<ul>${flags.map((f) => html`<li><q>${this.checked.slice(f.start, f.end)}</q> ${f.message}</li>`)}</ul>
</div>` : ''}`)}
${this.q('authorRole', L.role, undefined, () => this.options('authorRole', Object.entries(L.roles), 'radio'), 1)}
${this.q('ageGroup', L.age, undefined, () => html`<select id="ageGroup" name="ageGroup">
${AGES.map((v, i) => html`<option value=${v}>${i < 2 ? L.ages[i] : i > 8 ? L.ages[2] : v.replace('-', ` ${L.to} `)}</option>`)}
</select>`)}
${GROUPS.map((g) => {
  const tags = this.tags.filter((t) => t.group == g)
  return tags[0]
    ? this.q(`tags.${g}`, L.groups[g], L.optional, () => this.options(`tags.${g}`, tags.map((t) => [t.slug, (L.code == 'cy' && t.labelCy) || t.label])), 1)
    : ''
})}
${this.input('nickname', L.nickname, L.nicknameHint)}
${this.input('email', L.email, L.emailHint, 'email')}
${this.q('agree', L.rulesTitle, L.rules, () => this.options('agree', [['yes', L.agree]]), 1)}
<div class="a">
<button part="button" aria-disabled=${this.busy || nothing}>${this.busy ? L.sending : L.send}</button>
<button part="button" type="button" class="s" @click=${this.closeForm}>${L.cancel}</button>
</div>
</form>`
  }
}
