/**
 * The "Tell your story" form: the widget's second chunk, loaded (and its integrity checked) when
 * "Tell your story" is first pressed (see `../load-form.ts`). It imports nothing at run time — the
 * entry hands it lit-html and its helpers (`Kit`) — so Lit ships once and the chunk's bytes depend
 * on this folder alone. GOV.UK form patterns: visible labels and hints, an error summary that takes
 * focus, inline errors tied by `aria-describedby`, a character count that never blocks typing.
 * Nothing the author types is stored: it lives in the form until the form is closed.
 */
import type { Failure, Flag, Tag } from '../api.ts'
import type { Form, FormFactory, FormHost, Kit } from '../kit.ts'
import { FORM_STRINGS } from './strings.ts'
import { formStyles } from './styles.ts'

type Place = { id: string; name: string; nameCy?: string | null; depth: number }
type Ids = string | Kit['nothing']

const AGES = ',under-16,16-24,25-34,35-44,45-54,55-64,65-74,75-84,85+'.split(',')
const GROUPS = ['good', 'improve', 'feelings']
const MAX = 7000

// Set from the entry's kit when the chunk is loaded (`createForm`, below).
let html: Kit['html']
let nothing: Kit['nothing']
let call: Kit['call']
let fill: Kit['fill']
let plural: Kit['plural']
let LANGUAGES: ReturnType<typeof languagesOfForm>
const languagesOfForm = (kit: Kit) => kit.languages(FORM_STRINGS)

// Event listeners are arrow functions: lit-html calls them with the element as `this`.
class StoryForm implements Form {
  tags: Tag[] = []
  places?: Place[]
  errors: Record<string, string> = {}
  flags: Flag[] = []
  /** The text the flags' offsets point into. */
  checked = ''
  failure = ''
  sent?: boolean
  busy?: boolean
  count = 0
  /** The character count as last announced to screen readers (after a pause in typing). */
  said = ''
  /** One idempotency key per draft: every retry of the draft reuses it, so it never makes two stories. */
  key?: string
  timer?: ReturnType<typeof setTimeout>
  seq = 0

  /** A new, empty draft, with focus on its heading; the tags and the subtree's services load. */
  constructor(readonly h: FormHost) {
    h.adopt(formStyles)
    h.focusSoon('#fh')
    const { api } = h
    call<{ tags: Tag[] }>(api, 'tags').then((r) => ((this.tags = r.tags), h.update()), Boolean)
    Promise.all(
      h.ids.map((id) =>
        call<{ services: Place[] }>(api, `services?within=${encodeURIComponent(id)}&limit=200`),
      ),
    ).then((r) => ((this.places = r.flatMap((x) => x.services)), h.update()), Boolean)
  }

  get F() {
    return LANGUAGES[+(this.h.L.code == 'cy')]!
  }

  close = () => {
    clearTimeout(this.timer)
    this.h.closeForm()
  }

  countText() {
    const n = this.count
    return plural(this.h.L, n > MAX ? this.F.over : this.F.left, Math.abs(MAX - n))
  }

  onInput = ({ target }: Event) => {
    const area = target as HTMLTextAreaElement
    if (area.name != 'body') return
    this.count = area.value.length
    this.h.update()
    clearTimeout(this.timer)
    this.timer = setTimeout(async () => {
      const text = area.value
      const seq = ++this.seq
      this.said = this.countText()
      try {
        const { flags } = text.trim()
          ? await call<{ flags: Flag[] }>(this.h.api, 'precheck', { text, lang: this.h.L.code })
          : { flags: [] }
        if (seq == this.seq) Object.assign(this, { flags, checked: text })
      } catch {
        // Pre-check hints are a courtesy: without them the form works the same.
      }
      this.h.update()
    }, 600)
  }

  /** The story in the form, as the API takes it, and which questions are answered wrongly. */
  read(form: HTMLFormElement) {
    const data = new FormData(form)
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
      lang: this.h.L.code,
      // The server keeps which widget and site a story came from when the site is one the widget allows.
      widgetId: this.h.getAttribute('widget') || undefined,
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
    return { story, wrong }
  }

  onSubmit = async (e: SubmitEvent) => {
    e.preventDefault()
    if (this.busy) return
    const { F, h } = this
    const { story, wrong } = this.read(e.target as HTMLFormElement)
    this.errors = {}
    for (const [k, bad] of Object.entries(wrong)) if (bad) this.errors[k] = F.errors[k]!
    this.failure = ''
    if (!Object.keys(this.errors)[0]) {
      this.busy = true
      h.update()
      try {
        const { id } = await call<{ id: string }>(h.api, 'stories', story, (this.key ??= crypto.randomUUID()))
        this.key = undefined
        this.sent = true
        h.fire('heard-submitted', { id })
      } catch (x) {
        const { status, issues, retryAfter } = x as Failure
        // `serviceIds.0` and `tags.good.1` are the questions `serviceIds` and `tags.good`.
        for (const { path, message } of issues ?? []) {
          const id = path.replace(/\.\d+$/, '')
          this.errors[id] = F.errors[id] ?? message
        }
        // A 422 without issues: this key already made a story, from an earlier version of this draft.
        if (status == 422 && !issues) this.sent = true
        else if (!issues)
          this.failure = !status ? F.offline : status == 429 ? fill(F.busy, retryAfter) : F.broken
      }
      this.busy = false
    }
    h.focusSoon(this.sent ? '#fh' : '.es')
  }

  /** Error summary links move focus to their field (a plain #id link cannot reach into a shadow root). */
  jump = (e: Event) => {
    e.preventDefault()
    this.h.root.getElementById((e.currentTarget as HTMLAnchorElement).hash.slice(1))?.focus()
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
      error ? html`<p class="er" id="${id}-e"><span class="vh">${this.F.error}</span> ${error}</p>` : ''
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

  // prettier-ignore
  summary() {
    const { F, h, errors, failure } = this
    const keys = Object.keys(errors)
    return keys[0] || failure ? html`<div class="es" tabindex="-1">
<h4>${failure ? F.notSent : F.problem}</h4>
${failure
? html`<p>${failure}</p><button part="button">${h.L.retry}</button>`
: html`<ul>${keys.map((id) => html`<li><a href="#${id}" @click=${this.jump}>${errors[id]}</a></li>`)}</ul>`}
</div>` : ''
  }

  // prettier-ignore
  body() {
    const { F, flags } = this
    return this.q('body', F.body, F.bodyHint, (d) => html`<textarea id="body" name="body" rows="8" aria-describedby="${d} body-c${flags[0] ? ' body-p' : ''}"></textarea>
<p class="h ${this.count > MAX ? 'over' : ''}" id="body-c">${this.countText()}</p>
<p class="vh" aria-live="polite">${this.said}</p>
${flags[0] ? html`<div class="pc" id="body-p">
<ul>${flags.map((f) => html`<li><q>${this.checked.slice(f.start, f.end)}</q> ${f.message}</li>`)}</ul>
</div>` : ''}`)
  }

  // Templates ship as written: kept free of deep indentation, so prettier leaves them alone.
  // prettier-ignore
  render() {
    const { F, h } = this
    const L = h.L
    if (this.sent) return html`<div class="ok" part="form">
<h3 id="fh" tabindex="-1">${F.thanks}</h3>
<p>${F.next}</p>
<button part="button" @click=${this.close}>${F.back}</button>
</div>`
    return html`<form part="form" novalidate @submit=${this.onSubmit} @input=${this.onInput}>
<h3 id="fh" tabindex="-1">${L.tell}</h3>
${this.summary()}
${this.q('serviceIds', F.service, undefined, (d) => html`<select id="serviceIds" name="serviceIds" aria-describedby=${d}>
${(this.places ?? h.ids.map((id): Place => ({ id, name: h.about?.name ?? '', depth: 0 }))).map(
// Indented by depth (in tree order): a full path would not fit a narrow select.
(p) => html`<option value=${p.id} ?selected=${p.id == h.ids[0]}>${'\u00a0\u00a0'.repeat(p.depth)}${(L.code == 'cy' && p.nameCy) || p.name}</option>`,
)}
</select>`)}
${this.input('title', F.title)}
${this.body()}
${this.q('authorRole', F.role, undefined, () => this.options('authorRole', Object.entries(L.roles), 'radio'), 1)}
${this.q('ageGroup', F.age, undefined, () => html`<select id="ageGroup" name="ageGroup">
${AGES.map((v, i) => html`<option value=${v}>${i < 2 ? F.ages[i] : i > 8 ? F.ages[2] : v.replace('-', ` ${F.to} `)}</option>`)}
</select>`)}
${GROUPS.map((g) => {
const tags = this.tags.filter((t) => t.group == g)
return tags[0]
  ? this.q(`tags.${g}`, F.groups[g]!, F.optional, () => this.options(`tags.${g}`, tags.map((t) => [t.slug, (L.code == 'cy' && t.labelCy) || t.label])), 1)
  : ''
})}
${this.input('nickname', F.nickname, F.nicknameHint)}
${this.input('email', F.email, F.emailHint, 'email')}
${this.q('agree', F.rulesTitle, F.rules, () => this.options('agree', [['yes', F.agree]]), 1)}
<div class="a">
<button part="button" aria-disabled=${this.busy || nothing}>${this.busy ? F.sending : F.send}</button>
<button part="button" type="button" class="s" @click=${this.close}>${F.cancel}</button>
</div>
</form>`
  }
}

const createForm: FormFactory = (kit) => {
  ;({ html, nothing, call, fill, plural } = kit)
  LANGUAGES = languagesOfForm(kit)
  return StoryForm
}

export default createForm
